import { dropPartnerDirectoryTablesV1, partnerDirectoryTablesV1 } from '@trustcircle/security';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** This service's own copy of the partner directory (learned from the compacted partners topic). */
export class PartnerDirectory1795876443891 implements MigrationInterface {
  name = 'PartnerDirectory1795876443891';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of partnerDirectoryTablesV1('orders')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of dropPartnerDirectoryTablesV1('orders')) await q.query(sql);
  }
}
