import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RegistryProblems } from '../domain/registry-problems';
import { PartnerMarketplaceRecord } from '../infrastructure/partner-marketplace.orm-entity';
import { PartnerRecord } from '../infrastructure/partner.orm-entity';

/** Payment partner ↔ marketplace bindings, inside a caller's transaction. */
@Injectable()
export class MarketplaceBindings {
  /** Binds (idempotent). Returns whether a binding was added. @throws 404 / 409 problems */
  async bind(manager: EntityManager, paymentPartnerId: string, marketplaceId: string, now: Date): Promise<boolean> {
    const marketplace = UUID.test(marketplaceId) ? await manager.findOneBy(PartnerRecord, { id: marketplaceId }) : null;
    if (!marketplace) throw RegistryProblems.partnerNotFound(marketplaceId);
    if (marketplace.kind !== 'MARKETPLACE') throw RegistryProblems.notAMarketplace(marketplaceId);
    const rows = (await manager.query(
      `INSERT INTO "console"."partner_marketplaces" (payment_partner_id, marketplace_id, created_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING marketplace_id`,
      [paymentPartnerId, marketplaceId, now],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Unbinds (idempotent). Returns whether a binding was removed. */
  async unbind(manager: EntityManager, paymentPartnerId: string, marketplaceId: string): Promise<boolean> {
    if (!UUID.test(marketplaceId)) return false;
    const result = await manager.delete(PartnerMarketplaceRecord, { paymentPartnerId, marketplaceId });
    return (result.affected ?? 0) > 0;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
