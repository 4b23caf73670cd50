import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock, type Vnd } from '@trustcircle/kernel';
import { type EntityManager, IsNull } from 'typeorm';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { CodParcelRecord, type LateCodMoney, type PendingCodOutcome } from '../../infrastructure/cod-parcel.orm-entity';

/** The outbound shipment a delivery event names. */
export interface OutboundShipment {
  courierId: string;
  shipmentId: string;
  trackingNumber: string;
}

/**
 * The COD parcel of a COD escrow (`escrow.cod_parcels`): what should be collected, what the courier says it
 * collected, what it remitted, and how the escrow's money decision applies to cash still to come. Every method
 * runs in the caller's transaction, under the escrow's lock (the order every escrow use case takes: escrow, then
 * parcel), and does nothing for a PREPAID escrow.
 */
@Injectable()
export class CodParcels {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /** Inserts the parcel of a newly opened COD escrow: the order total is what should be collected. */
  async open(m: EntityManager, escrow: EscrowRecord): Promise<void> {
    if (escrow.paymentMethod !== 'COD') return;
    const now = this.clock.now();
    await m
      .createQueryBuilder()
      .insert()
      .into(CodParcelRecord)
      .values({
        escrowId: escrow.id,
        orderId: escrow.orderId,
        marketplaceId: escrow.marketplaceId,
        orderCode: escrow.orderCode,
        expectedAmount: escrow.expectedAmount,
        courierId: null,
        shipmentId: null,
        trackingNumber: null,
        collectedAmount: null,
        deliveredAt: null,
        refusedAt: null,
        remittedAmount: 0n,
        firstRemittedAt: null,
        lastRemittedAt: null,
        overdueAlertedAt: null,
        pendingOutcome: null,
        lateMoney: null,
        createdAt: now,
        updatedAt: now,
      })
      .orIgnore()
      .execute();
  }

  /** The COD escrow's parcel, locked (inserted first for an escrow opened before parcels existed); null for PREPAID. */
  async lock(m: EntityManager, escrow: EscrowRecord): Promise<CodParcelRecord | null> {
    if (escrow.paymentMethod !== 'COD') return null;
    await this.open(m, escrow);
    return m.findOne(CodParcelRecord, { where: { escrowId: escrow.id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * The outbound parcel's courier, shipment and tracking number, from the first delivery event that names them
   * (the first one wins). A tracking number this courier already has on another COD parcel is not taken (it
   * would make remittance lines ambiguous; delivery-tracking never registers one twice).
   */
  async learnShipment(m: EntityManager, escrow: EscrowRecord, s: OutboundShipment): Promise<void> {
    if (escrow.paymentMethod !== 'COD') return;
    await this.open(m, escrow);
    await m.query(
      `UPDATE "escrow"."cod_parcels" p SET "courier_id" = $2, "shipment_id" = $3, "tracking_number" = $4, "updated_at" = $5
        WHERE p."escrow_id" = $1 AND p."tracking_number" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "escrow"."cod_parcels" o WHERE o."courier_id" = $2 AND o."tracking_number" = $4)`,
      [escrow.id, s.courierId, s.shipmentId, s.trackingNumber, this.clock.now()],
    );
  }

  /**
   * Records the outbound delivery (the cash collected, as the courier says, or null when it did not say), once.
   * Answers the parcel when this call recorded it, null when it was recorded before (or the escrow is PREPAID).
   */
  async recordDelivery(m: EntityManager, escrow: EscrowRecord, deliveredAt: Date, collected: Vnd | null): Promise<CodParcelRecord | null> {
    const parcel = await this.lock(m, escrow);
    if (!parcel || parcel.deliveredAt) return null;
    return this.patch(m, parcel, { deliveredAt, collectedAmount: collected });
  }

  /** The parcel came back undelivered (refused at the door): nothing will be collected. */
  async refused(m: EntityManager, escrow: EscrowRecord, refusedAt: Date): Promise<void> {
    const parcel = await this.lock(m, escrow);
    if (parcel && !parcel.refusedAt) await this.patch(m, parcel, { refusedAt });
  }

  /** `amount` of the parcel's cash was remitted (a funded remittance line). */
  async remitted(m: EntityManager, parcel: CodParcelRecord, amount: Vnd): Promise<CodParcelRecord> {
    const now = this.clock.now();
    return this.patch(m, parcel, { remittedAmount: parcel.remittedAmount + amount, firstRemittedAt: parcel.firstRemittedAt ?? now, lastRemittedAt: now });
  }

  /** Records how late cash follows the escrow's money decision; the first decision is kept. */
  async decided(m: EntityManager, escrow: EscrowRecord, rule: LateCodMoney): Promise<void> {
    if (escrow.paymentMethod !== 'COD') return;
    await m.update(CodParcelRecord, { escrowId: escrow.id, lateMoney: IsNull() }, { lateMoney: rule, updatedAt: this.clock.now() });
  }

  /** Replaces the late-cash rule (after a late line refunded part of what was due). */
  async setLateMoney(m: EntityManager, parcel: CodParcelRecord, rule: LateCodMoney): Promise<void> {
    await this.patch(m, parcel, { lateMoney: rule });
  }

  /** Stores a dispute outcome decided before any cash arrived; answers false when one is stored already (kept). */
  async storePendingOutcome(m: EntityManager, parcel: CodParcelRecord, outcome: PendingCodOutcome): Promise<boolean> {
    if (parcel.pendingOutcome) return false;
    await this.patch(m, parcel, { pendingOutcome: outcome });
    return true;
  }

  /** The pending outcome was applied to the cash that arrived. */
  async clearPendingOutcome(m: EntityManager, parcel: CodParcelRecord): Promise<void> {
    await this.patch(m, parcel, { pendingOutcome: null });
  }

  private async patch(m: EntityManager, parcel: CodParcelRecord, patch: Partial<CodParcelRecord>): Promise<CodParcelRecord> {
    const now = this.clock.now();
    Object.assign(parcel, patch, { updatedAt: now });
    await m.update(CodParcelRecord, { escrowId: parcel.escrowId }, { ...patch, updatedAt: now });
    return parcel;
  }
}
