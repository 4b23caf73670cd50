import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { NotificationsEnv } from '../../../config/notifications.env';
import { NotificationRecord } from '../../../notifications/infrastructure/notification.orm-entity';
import { dropStaleEarlyEvents } from '../plan-notifications/early-events';
import { deliverAll } from './deliver-all';
import { DeliverNotification } from './deliver-notification';

/** What one dispatch pass did. */
export interface DispatchResult {
  sent: number;
  retrying: number;
  failed: number;
}

const BATCH = 20;

/**
 * Delivers due notifications: claims them (`FOR UPDATE SKIP LOCKED`, a lease of `NOTIFICATION_LEASE_SECONDS`, so
 * replicas never take the same one and a crashed sender's claim lapses), then sends each outside any transaction
 * (`DeliverNotification`) and records the outcomes that are in together, one savepoint each (`deliverAll`).
 *
 * A message waits while an earlier one under its ordering key (`orderingKeyOf`: the same endpoint and order, or the
 * same person, channel and order; earlier by the event's time) is unfinished, so one order's webhooks and texts
 * arrive in the order things happened, even under retries and when services' events are consumed out of order; a
 * critical message never waits behind a non-critical one. Each pass first drops early events whose order never
 * showed up within 7 days (a warning each). Runs every `NOTIFICATION_DISPATCH_INTERVAL_MS`; tests call
 * `dispatchNow()` after moving the clock.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NotificationDispatcher.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<DispatchResult> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliver: DeliverNotification,
    private readonly env: NotificationsEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.dispatchNow().catch((e: unknown) => this.logger.warn(`dispatch failed: ${String(e)}`)), this.env.NOTIFICATION_DISPATCH_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Sends everything due now (by the clock); concurrent calls in one process share one pass. */
  dispatchNow(): Promise<DispatchResult> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(): Promise<DispatchResult> {
    const result: DispatchResult = { sent: 0, retrying: 0, failed: 0 };
    await this.dropStaleEarlyEvents();
    for (;;) {
      const claimed = await this.claim(this.clock.now());
      if (claimed.length === 0) return result;
      // One delivery that throws (a bug, the database gone) must not stop the others: its row stays claimed until
      // its lease lapses, then it is tried again.
      const outcomes = await deliverAll(claimed, this.deliver, this.dataSource);
      for (const [i, o] of outcomes.entries()) {
        if (o.status === 'fulfilled') result[o.value]++;
        else this.logger.error(`notification ${claimed[i].id}: delivery threw ${(o.reason as Error | undefined)?.name ?? 'an error'}; retried once its lease lapses`);
      }
    }
  }

  /** Early events still waiting after 7 days: their order-placed never came. Logged by ids and type only (no personal data). */
  private async dropStaleEarlyEvents(): Promise<void> {
    try {
      for (const e of await dropStaleEarlyEvents(this.dataSource.manager, this.clock.now())) {
        this.logger.warn(`early event ${e.eventId} (${e.type}) dropped: orders.order-placed for order ${e.orderId} did not arrive within 7 days`);
      }
    } catch (e) {
      this.logger.warn(`dropping stale early events failed: ${(e as Error | undefined)?.name ?? 'an error'}; tried again next pass`);
    }
  }

  private claim(now: Date): Promise<NotificationRecord[]> {
    const lease = new Date(now.getTime() + this.env.NOTIFICATION_LEASE_SECONDS * 1000);
    return this.dataSource.transaction(async (m) => {
      const rows = (await m.query(
        `SELECT n."id" FROM "notifications"."notifications" n
          WHERE n."status" IN ('PENDING', 'SENDING') AND n."next_attempt_at" <= $1
            AND (n."ordering_key" IS NULL OR NOT EXISTS (
              SELECT 1 FROM "notifications"."notifications" e
               WHERE e."ordering_key" = n."ordering_key" AND e."finished_at" IS NULL
                 AND (e."event_occurred_at", e."seq") < (n."event_occurred_at", n."seq")
                 AND NOT (n."critical" AND NOT e."critical")))
          ORDER BY n."next_attempt_at", n."seq" LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, BATCH],
      )) as Array<{ id: string }>;
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      // A claimed row is due again when its lease lapses (a crashed sender): one indexed condition finds both.
      await m.query(`UPDATE "notifications"."notifications" SET "status" = 'SENDING', "lease_until" = $2, "next_attempt_at" = $2 WHERE "id" = ANY($1::uuid[])`, [ids, lease]);
      return m.getRepository(NotificationRecord).findBy(ids.map((id) => ({ id })));
    });
  }
}
