import { Injectable } from '@nestjs/common';
import type { PartnerKind } from '@trustcircle/contracts';
import type { EntityManager } from 'typeorm';
import { codCollectionRefusal } from '../domain/partner-settings';
import { RegistryProblems } from '../domain/registry-problems';
import { PartnerRecord } from '../infrastructure/partner.orm-entity';

/**
 * Checks a courier's `codCollectionPartnerId` against the registry, inside a caller's transaction: it must name a
 * payment partner (partners are never deleted and never change kind, so the answer holds once committed).
 */
@Injectable()
export class CodCollectionPartner {
  /** Passes when the value may be set on a partner of `kind` (left out or null: always). @throws 400 / 422 problems */
  async check(manager: EntityManager, kind: PartnerKind, codCollectionPartnerId: string | null | undefined): Promise<void> {
    const named = typeof codCollectionPartnerId === 'string' && UUID.test(codCollectionPartnerId) ? await manager.findOneBy(PartnerRecord, { id: codCollectionPartnerId }) : null;
    const refusal = codCollectionRefusal(kind, codCollectionPartnerId, named);
    if (refusal === 'ONLY_FOR_COURIERS') throw RegistryProblems.codCollectionOnlyForCouriers();
    if (refusal === 'NOT_A_PAYMENT_PARTNER') throw RegistryProblems.codCollectionPartnerUnknown(String(codCollectionPartnerId));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
