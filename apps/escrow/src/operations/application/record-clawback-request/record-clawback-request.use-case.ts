import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ClawbackRequestedV1 } from '@trustcircle/contracts';
import { CLOCK, type Clock, toVnd } from '@trustcircle/kernel';
import { OutboxWriter, PermanentEventError } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { ClawbackRequestRecord } from '../../infrastructure/clawback-request.orm-entity';

/** The alert code operators route claw-back requests on. */
export const CLAWBACK_REQUESTED_ALERT = 'CLAWBACK_REQUESTED';

/**
 * Records a claw-back disputes asked for (a refund decided after the money was released) as an OPEN request for
 * operators, once per cause event, and raises `platform.operator-alert-raised` (CLAWBACK_REQUESTED). Operators
 * then propose a CLAWBACK manual action with the dispute's id, which a second admin approves. An order escrow
 * does not know can never apply: `PermanentEventError` (dead-lettered).
 */
@Injectable()
export class RecordClawbackRequestUseCase {
  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Answers whether this call recorded it (false: a repeat of the cause event). */
  async execute(m: EntityManager, request: ClawbackRequestedV1): Promise<boolean> {
    const escrow = await m.findOneBy(EscrowRecord, { orderId: request.orderId });
    if (!escrow) throw new PermanentEventError(`claw-back requested for order ${request.orderId}, which escrow does not know`);
    const now = this.clock.now();
    const inserted = await m
      .createQueryBuilder()
      .insert()
      .into(ClawbackRequestRecord)
      .values({
        id: request.causeEventId,
        orderId: escrow.orderId,
        escrowId: escrow.id,
        disputeId: request.disputeId,
        amount: toVnd(request.amount),
        status: 'OPEN',
        actionId: null,
        requestedAt: new Date(request.requestedAt),
        createdAt: now,
        updatedAt: now,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return false;
    await this.outbox.record(m, 'platform.operator-alert-raised', {
      alertId: randomUUID(),
      severity: 'WARNING',
      code: CLAWBACK_REQUESTED_ALERT,
      message: `Dispute ${request.disputeId} ended in a refund of ${request.amount} VND after the money was released (escrow ${escrow.state}). Propose a CLAWBACK manual action for a second admin to approve.`,
      service: 'escrow',
      orderId: escrow.orderId,
      raisedAt: now.toISOString(),
    });
    return true;
  }
}
