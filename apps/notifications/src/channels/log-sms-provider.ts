import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { SmsLogRecord } from '../notifications/infrastructure/sms-log.orm-entity';
import type { SmsProvider } from './sms-provider';

/** Development SMS provider: stores each message in `sms_log` (one per idempotency key) instead of sending it. */
@Injectable()
export class LogSmsProvider implements SmsProvider {
  readonly name = 'log';

  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async send(message: { to: string; body: string; idempotencyKey: string }, manager: EntityManager): Promise<{ providerMessageId: string }> {
    const inserted = (await manager.query(
      `INSERT INTO "notifications"."sms_log" (id, to_phone, body, idempotency_key, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [randomUUID(), message.to, message.body, message.idempotencyKey, this.clock.now()],
    )) as Array<{ id: string }>;
    if (inserted.length > 0) return { providerMessageId: inserted[0].id };
    const existing = await manager.findOneByOrFail(SmsLogRecord, { idempotencyKey: message.idempotencyKey });
    return { providerMessageId: existing.id };
  }
}
