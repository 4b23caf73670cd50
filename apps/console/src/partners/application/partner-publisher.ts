import { Injectable } from '@nestjs/common';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { RegistryProblems } from '../domain/registry-problems';
import { partnerSnapshot } from '../infrastructure/partner-snapshot';
import { PartnerRecord } from '../infrastructure/partner.orm-entity';

/**
 * Every change to a partner ends here, inside the change's transaction: the partner gets its next revision, and
 * its `partners.partner-upserted` goes to the outbox with it, so the registry and what services learn never
 * disagree.
 */
@Injectable()
export class PartnerPublisher {
  constructor(private readonly outbox: OutboxWriter) {}

  /** Locks a partner for a change (concurrent changes to one partner queue up). @throws 404 problem */
  async lock(manager: EntityManager, partnerId: string): Promise<PartnerRecord> {
    const partner = UUID.test(partnerId) ? await manager.findOne(PartnerRecord, { where: { id: partnerId }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!partner) throw RegistryProblems.partnerNotFound(partnerId);
    return partner;
  }

  /** Saves the partner as its next revision and records the event. */
  async publish(manager: EntityManager, partner: PartnerRecord, now: Date): Promise<void> {
    partner.revision += 1;
    partner.updatedAt = now;
    await manager.save(PartnerRecord, partner);
    await this.outbox.record(manager, 'partners.partner-upserted', await partnerSnapshot(manager, partner, now), { occurredAt: now });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
