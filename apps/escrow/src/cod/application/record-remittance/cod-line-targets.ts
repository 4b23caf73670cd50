import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { CodParcelRecord } from '../../infrastructure/cod-parcel.orm-entity';

/** A COD parcel a line names, with its escrow, both locked. */
export interface CodLineTarget {
  escrow: EscrowRecord;
  parcel: CodParcelRecord;
}

/** What a batch's tracking numbers name among the remitting courier's parcels. */
export interface CodLineTargets {
  /** COD parcels by tracking number. */
  cod: Map<string, CodLineTarget>;
  /** Tracking numbers of the courier's PREPAID parcels (a line for one is NOT_COD). */
  prepaid: Set<string>;
}

/**
 * Finds the parcels a batch's lines name, among the remitting courier's only (another courier's parcel with the
 * same tracking number is simply not found), and locks their escrows, then their parcels, each in escrow id order:
 * two batches naming the same escrows lock them in the same order and never deadlock, and every escrow use case
 * takes the escrow's lock before its parcel's.
 */
@Injectable()
export class CodLineTargetsFinder {
  async lock(m: EntityManager, courierId: string, trackingNumbers: readonly string[]): Promise<CodLineTargets> {
    const named = (await m.query(
      `SELECT "escrow_id", "tracking_number" FROM "escrow"."cod_parcels" WHERE "courier_id" = $1 AND "tracking_number" = ANY($2)`,
      [courierId, trackingNumbers],
    )) as Array<{ escrow_id: string; tracking_number: string }>;
    const prepaid = (await m.query(
      `SELECT "outbound_tracking_number" AS "tracking_number" FROM "escrow"."escrows"
        WHERE "outbound_courier_id" = $1 AND "outbound_tracking_number" = ANY($2) AND "payment_method" = 'PREPAID'`,
      [courierId, trackingNumbers],
    )) as Array<{ tracking_number: string }>;
    const cod = new Map<string, CodLineTarget>();
    const ids = [...new Set(named.map((n) => n.escrow_id))].sort();
    if (ids.length > 0) {
      const escrows = await m.find(EscrowRecord, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const parcels = await m.find(CodParcelRecord, { where: { escrowId: In(ids) }, order: { escrowId: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const escrowById = new Map(escrows.map((e) => [e.id, e]));
      for (const parcel of parcels) {
        const escrow = escrowById.get(parcel.escrowId);
        // Re-checked under the lock: the tracking number is set once and never changes.
        if (escrow && parcel.trackingNumber && parcel.courierId === courierId) cod.set(parcel.trackingNumber, { escrow, parcel });
      }
    }
    return { cod, prepaid: new Set(prepaid.map((p) => p.tracking_number)) };
  }
}
