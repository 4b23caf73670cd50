import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { OrderPlacedV1 } from '@trustcircle/contracts';
import { CLOCK, type Clock, toVnd, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { EscrowRecord } from '../../infrastructure/escrow.orm-entity';

/**
 * Opens the escrow of a newly placed order: a PREPAID order waits for funding until its payment deadline, a
 * COD order waits for delivery. Runs in the consumer's transaction, with its `escrow.escrow-opened` event.
 */
@Injectable()
export class OpenEscrowUseCase {
  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, order: OrderPlacedV1): Promise<EscrowRecord> {
    const existing = await manager.findOneBy(EscrowRecord, { orderId: order.orderId });
    if (existing) return existing; // one escrow per order, however the event arrives
    const now = this.clock.now();
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
      openedAt: now,
      updatedAt: now,
    });
    await manager.insert(EscrowRecord, escrow);
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
    return escrow;
  }
}
