import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProblemException } from '@trustcircle/http';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { NotificationRecord } from '../../../notifications/infrastructure/notification.orm-entity';
import { lockOwnedEndpoint } from '../shared/owned-endpoints';
import type { EndpointOwner } from '../shared/webhook-caller';

/** A window of source events: those that occurred at or after `from` and before `to`. */
export interface ReplayWindow {
  from: Date;
  to: Date;
}

/**
 * Re-delivers an endpoint's webhooks whose source event occurred in `[from, to)`: every one that is finished (SENT
 * or FAILED) goes back to PENDING, due now, with its retry schedule restarted (`rounds = 0`) and its id kept (the
 * `webhook-id` stays the same, so receivers dedupe: Standard Webhooks / Svix "resend" semantics). Webhooks still
 * PENDING or SENDING are left as they are. The dispatcher then sends them by sequence number, and its rule that a
 * webhook waits while an earlier one of the same endpoint and order is unfinished keeps each order's webhooks in
 * their original order. Only the owner may replay, and only an ENABLED endpoint (409 otherwise: enable it first).
 *
 * The endpoint row is locked for the update (`FOR UPDATE`, as every endpoint change): a concurrent disable or
 * delete waits, and two replays of one endpoint run one after the other (the second finds the rows PENDING).
 * @throws 404 problem (not the caller's, or deleted), 409 problem (disabled)
 */
@Injectable()
export class ReplayWebhooksUseCase {
  private readonly logger = new Logger('WebhookReplay');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(owner: EndpointOwner, endpointId: string, window: ReplayWindow): Promise<{ replayed: number }> {
    const replayed = await this.dataSource.transaction(async (m) => {
      const endpoint = await lockOwnedEndpoint(m, owner, endpointId);
      if (endpoint.status !== 'ENABLED') throw endpointDisabled(endpointId, endpoint.disabledReason);
      const result = await m
        .createQueryBuilder()
        .update(NotificationRecord)
        .set({ status: 'PENDING', rounds: 0, nextAttemptAt: this.clock.now(), finishedAt: null, leaseUntil: null })
        .where(`"endpoint_id" = :endpointId AND "channel" = 'WEBHOOK' AND "status" IN ('SENT', 'FAILED')`, { endpointId })
        .andWhere(`"event_occurred_at" >= :from AND "event_occurred_at" < :to`, { from: window.from, to: window.to })
        .execute();
      return result.affected ?? 0;
    });
    // The audit trail of who asked: partners' ids and times only (no personal data, no payload).
    this.logger.log(
      `webhook replay: endpoint=${endpointId} owner=${owner.partnerId} ownerKind=${owner.kind} from=${window.from.toISOString()} to=${window.to.toISOString()} replayed=${replayed}`,
    );
    return { replayed };
  }
}

/** 409: a disabled endpoint receives nothing, a replay included. */
function endpointDisabled(endpointId: string, reason: string | null): ProblemException {
  return new ProblemException({
    status: HttpStatus.CONFLICT,
    type: 'webhook-endpoint-disabled',
    title: 'Webhook endpoint disabled',
    detail: `Your endpoint ${endpointId} is disabled${reason ? ` (${reason})` : ''}: enable it first (PATCH {"status":"ENABLED"}), then replay.`,
    extensions: { endpointId, disabledReason: reason },
  });
}
