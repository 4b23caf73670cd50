import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OrderPlacedV1 } from '@trustcircle/contracts';
import { CLOCK, type Clock, toVnd, vndToWire } from '@trustcircle/kernel';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import { OutboxWriter } from '@trustcircle/messaging';
import { PartnerDirectory } from '@trustcircle/security';
import type { EntityManager } from 'typeorm';
import { CodParcels } from '../../../cod/application/shared/cod-parcels';
import { MatchParkedPaymentsUseCase } from '../../../funding/application/match-parked-payments/match-parked-payments.use-case';
import { ESCROW_DEADLINES } from '../../domain/escrow-deadlines';
import { EscrowRecord } from '../../infrastructure/escrow.orm-entity';
import { RouteEscrowEvent } from '../route-escrow-event/route-escrow-event';
import { EscrowLookup } from '../shared/escrow-lookup';

/**
 * Opens the escrow of a newly placed order: a PREPAID order waits for funding until its payment deadline (the
 * funding-expiry deadline is scheduled), a COD order waits for delivery (its COD parcel is inserted: the order total
 * is what the courier should collect and remit). The seller, their payout account and the
 * marketplace's fee rate are fixed here, so a later settings change never alters an open escrow. Payments parked
 * because they arrived before the order are then matched, and the events that overtook the order (a scan, a
 * hold request…) are applied in the order they arrived. Runs in the consumer's transaction, with its
 * `escrow.escrow-opened` event.
 */
@Injectable()
export class OpenEscrowUseCase {
  private readonly logger = new Logger(OpenEscrowUseCase.name);

  constructor(
    private readonly outbox: OutboxWriter,
    private readonly directory: PartnerDirectory,
    private readonly deadlines: DeadlineScheduler,
    private readonly matchParked: MatchParkedPaymentsUseCase,
    private readonly lookup: EscrowLookup,
    private readonly route: RouteEscrowEvent,
    private readonly parcels: CodParcels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, order: OrderPlacedV1): Promise<EscrowRecord> {
    const existing = await manager.findOneBy(EscrowRecord, { orderId: order.orderId });
    if (existing) return existing; // one escrow per order, however the event arrives
    const now = this.clock.now();
    const settings = await this.directory.settingsOf(order.marketplaceId);
    if (!settings) this.logger.warn(`marketplace ${order.marketplaceId} is not in escrow's partner directory: escrow of order ${order.orderId} opens with no platform fee`);
    const escrow = manager.create(EscrowRecord, {
      id: randomUUID(),
      orderId: order.orderId,
      marketplaceId: order.marketplaceId,
      orderCode: order.code,
      state: order.paymentMethod === 'PREPAID' ? 'AWAITING_FUNDING' : 'AWAITING_DELIVERY',
      paymentMethod: order.paymentMethod,
      expectedAmount: toVnd(order.totalAmount),
      currency: 'VND',
      paymentReference: order.paymentReference,
      fundingDeadline: order.paymentExpiresAt ? new Date(order.paymentExpiresAt) : null,
      inspectionDays: order.inspectionDays,
      shipByDays: order.shipByDays,
      sellerId: order.seller.id,
      sellerPayoutAccount: order.seller.payoutAccount ?? null,
      feeBps: settings?.platformFeeBps ?? 0,
      openedAt: now,
      updatedAt: now,
    });
    await manager.insert(EscrowRecord, escrow);
    await this.parcels.open(manager, escrow);
    if (escrow.state === 'AWAITING_FUNDING' && escrow.fundingDeadline) {
      await this.deadlines.schedule(manager, ESCROW_DEADLINES.FUNDING_EXPIRY, escrow.id, escrow.fundingDeadline);
    }
    await this.outbox.record(manager, 'escrow.escrow-opened', {
      orderId: escrow.orderId,
      escrowId: escrow.id,
      marketplaceId: escrow.marketplaceId,
      state: escrow.state === 'AWAITING_DELIVERY' ? 'AWAITING_DELIVERY' : 'AWAITING_FUNDING',
      paymentMethod: escrow.paymentMethod,
      expectedAmount: vndToWire(escrow.expectedAmount),
      paymentReference: escrow.paymentReference,
      fundingDeadline: escrow.fundingDeadline?.toISOString() ?? null,
      openedAt: now.toISOString(),
    });
    await this.matchParked.execute(manager, escrow); // payments that arrived before the order
    for (const early of await this.lookup.takeWaiting(manager, escrow.orderId)) await this.route.apply(manager, early); // and events
    return escrow;
  }
}
