import { Injectable } from '@nestjs/common';
import type { CodRemittedV1 } from '@trustcircle/contracts';
import type { EntityManager } from 'typeorm';
import { ShipmentRecord } from '../../../shipments/infrastructure/shipment.orm-entity';
import { vnDayOf } from '../../domain/trust-day';

/** What became of a remittance line. */
export type CodRemittanceTrustResult = 'recorded' | 'already-recorded' | 'no-collection-time';

/**
 * A courier's COD remittance line (`escrow.cod-remitted`) joins its trust: the line's age, from the cash collected
 * at the door (`collectedAt`, else the shipment's delivery as delivery tracking saw it) to the courier's transfer
 * (`transferredAt`), in whole minutes, counted on the Vietnam day of the transfer. One row per courier and
 * tracking number, so a line replayed (even under a new event id) counts once; a line with no known collection
 * time is not counted.
 */
@Injectable()
export class RecordCodRemittanceUseCase {
  async execute(
    m: EntityManager,
    line: Pick<CodRemittedV1, 'courierId' | 'trackingNumber' | 'collectedAt' | 'transferredAt'>,
  ): Promise<CodRemittanceTrustResult> {
    const collectedAt = line.collectedAt !== null ? new Date(line.collectedAt) : await this.deliveredAt(m, line.courierId, line.trackingNumber);
    if (collectedAt === null) return 'no-collection-time';
    const transferredAt = new Date(line.transferredAt);
    const ageMinutes = Math.max(0, Math.floor((transferredAt.getTime() - collectedAt.getTime()) / 60_000));
    const inserted = (await m.query(
      `INSERT INTO "delivery"."courier_trust_cod_remittances" ("courier_id", "tracking_number", "day", "age_minutes") VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING "tracking_number"`,
      [line.courierId, line.trackingNumber, vnDayOf(transferredAt), ageMinutes],
    )) as unknown[];
    return inserted.length === 1 ? 'recorded' : 'already-recorded';
  }

  private async deliveredAt(m: EntityManager, courierId: string, trackingNumber: string): Promise<Date | null> {
    const shipment = await m.findOne(ShipmentRecord, {
      where: { courierId, trackingNumber },
      select: { id: true, deliveredAt: true },
    });
    return shipment?.deliveredAt ?? null;
  }
}
