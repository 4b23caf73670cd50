import { messagingTablesV1, dropMessagingTablesV1 } from '@trustcircle/messaging';
import { deadlinesTableV1, dropDeadlinesTableV1 } from '@trustcircle/deadlines';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox, inbox, dead-letter record and deadlines tables of the escrow schema. */
export class MessagingAndDeadlines1795875712924 implements MigrationInterface {
  name = 'MessagingAndDeadlines1795875712924';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of [...messagingTablesV1('escrow'), ...deadlinesTableV1('escrow')]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of [...dropDeadlinesTableV1('escrow'), ...dropMessagingTablesV1('escrow')]) await q.query(sql);
  }
}
