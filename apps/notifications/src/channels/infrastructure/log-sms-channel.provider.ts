import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Clock } from '@trustcircle/kernel';
import type { DataSource } from 'typeorm';
import type { ChannelProvider, OutboundMessage, SendResult } from '../channel-provider';
import { scrubProviderText } from '../domain/provider-failure';
import { logFailure } from './provider-outcome';

/**
 * The development SMS provider (`sms-log`): stores each message in `notifications.sms_log` instead of sending it,
 * one row per idempotency key (a retried send answers the first row's id), so people and tests can read what a
 * buyer would have received. Never for production: nothing reaches a phone.
 */
export class LogSmsChannelProvider implements ChannelProvider {
  readonly name = 'sms-log';
  readonly channel = 'SMS' as const;
  private readonly logger = new Logger('SmsLog');

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async send(message: OutboundMessage): Promise<SendResult> {
    try {
      const rows = (await this.dataSource.query(
        `WITH inserted AS (
           INSERT INTO "notifications"."sms_log" (id, to_phone, body, idempotency_key, created_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (idempotency_key) DO NOTHING RETURNING id
         )
         SELECT id FROM inserted UNION ALL SELECT id FROM "notifications"."sms_log" WHERE idempotency_key = $4 LIMIT 1`,
        [randomUUID(), message.to, message.text, message.idempotencyKey, this.clock.now()],
      )) as Array<{ id: string }>;
      // A concurrent first insert of the same key commits after this statement's snapshot: read it afresh.
      const id = rows[0]?.id ?? (await this.existingId(message.idempotencyKey));
      if (!id) return { ok: false, retryable: true, error: 'sms_log row neither inserted nor found' };
      return { ok: true, providerMessageId: id };
    } catch (error) {
      const failure: SendResult = {
        ok: false,
        retryable: true,
        error: `database error: ${scrubProviderText(String((error as { message?: unknown } | null)?.message ?? error), message)}`,
      };
      logFailure(this.logger, this.name, message, failure);
      return failure;
    }
  }

  private async existingId(idempotencyKey: string): Promise<string | undefined> {
    const rows = (await this.dataSource.query(`SELECT id FROM "notifications"."sms_log" WHERE idempotency_key = $1`, [idempotencyKey])) as Array<{ id: string }>;
    return rows[0]?.id;
  }
}
