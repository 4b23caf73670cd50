import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { PlatformKeyring } from '@trustcircle/security';
import { DataSource, type EntityManager } from 'typeorm';
import { ProviderChain } from '../../../channels/application/provider-chain';
import type { OutboundMessage, SendResult } from '../../../channels/channel-provider';
import { NotificationsEnv } from '../../../config/notifications.env';
import { NotificationRecord } from '../../../notifications/infrastructure/notification.orm-entity';
import { nextRetryDelayMs } from '../../domain/delivery-policy';
import { NotificationAttemptRecord } from '../../infrastructure/pipeline.orm-entities';
import { idempotencyKeyOf } from '../plan-notifications/plan-notifications.use-case';
import { WEBHOOK_SUBSCRIPTIONS, type WebhookSubscriptions } from '../webhook-subscriptions';
import { NotificationOutcomes } from './notification-outcomes';

/** One provider's try. */
export interface ProviderTry {
  provider: string;
  result: SendResult;
  latencyMs: number;
  startedAt: Date;
}

/** What became of one delivery round. */
export type DeliveryOutcome = 'sent' | 'retrying' | 'failed';

/** One round's sending, before it is recorded: the providers' tries, or why the message cannot be sent at all. */
export interface DeliveryAttempt {
  tries: ProviderTry[];
  unsendable: string | null;
}

const MAX_STORED = 1000;
const cut = (s: string | undefined | null): string | null => (s ? s.slice(0, MAX_STORED) : null);

/**
 * Delivers one claimed notification, outside any transaction while the providers are called (`attempt`): its
 * channel's providers in order (primary, then the next on a retryable failure: failover), each try recorded as an
 * attempt; then, on the locked row (`record`, in a transaction of its own or a savepoint of the dispatcher's), the outcome: SENT; or the next retry on the schedule; or FAILED for good (the
 * next channel of the buyer's fallback chain gets the message, see `NotificationOutcomes`, and a webhook endpoint
 * failing for `WEBHOOK_DISABLE_AFTER_DAYS` is disabled). A row whose claim was taken over meanwhile is left alone.
 */
@Injectable()
export class DeliverNotification {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly chain: ProviderChain,
    @Inject(WEBHOOK_SUBSCRIPTIONS) private readonly webhooks: WebhookSubscriptions,
    private readonly keyring: PlatformKeyring,
    private readonly outcomes: NotificationOutcomes,
    private readonly env: NotificationsEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Sends the notification, then records the outcome in a transaction of its own. */
  async execute(n: NotificationRecord): Promise<DeliveryOutcome> {
    const attempt = await this.attempt(n);
    return this.dataSource.transaction((m) => this.record(m, n, attempt));
  }

  /** Builds and sends the message, outside any transaction: the providers' tries, or why it cannot be sent at all. */
  async attempt(n: NotificationRecord): Promise<DeliveryAttempt> {
    const message = await this.message(n);
    const sent = typeof message === 'string' ? message : await this.send(message);
    return typeof sent === 'string' ? { tries: [], unsendable: sent } : { tries: sent, unsendable: null };
  }

  /**
   * Records an attempt's outcome through `m` (a transaction, or a savepoint of one) on the locked row: SENT, the
   * next retry, or FAILED for good. 'retrying' without a change when the claim was taken over meanwhile.
   */
  async record(m: EntityManager, n: NotificationRecord, { tries, unsendable }: DeliveryAttempt): Promise<DeliveryOutcome> {
    const row = await m.findOne(NotificationRecord, { where: { id: n.id }, lock: { mode: 'pessimistic_write' } });
    if (!row || row.status !== 'SENDING' || row.leaseUntil?.getTime() !== n.leaseUntil?.getTime()) return 'retrying';
    await this.recordTries(m, row, tries);
    row.rounds += 1;
    const ok = tries.find((t) => t.result.ok);
    if (ok) return this.outcomes.sent(m, row, ok);
    const last = tries.at(-1);
    const retryable = !unsendable && tries.some((t) => !t.result.ok && t.result.retryable);
    const delay = retryable ? nextRetryDelayMs(this.env.NOTIFICATION_RETRY_SCHEDULE_SECONDS, row.rounds) : null;
    const error = unsendable ?? (last && !last.result.ok ? last.result.error : 'no provider answered');
    return this.outcomes.failed(m, row, error, delay);
  }

  /** The message to send, or why it cannot be sent at all (then it fails for good: a code past its expiry too). */
  private async message(n: NotificationRecord): Promise<OutboundMessage | string> {
    if (n.expiresAt && n.expiresAt.getTime() <= this.clock.now().getTime()) return 'the one-time code expired';
    const base = { notificationId: n.id, idempotencyKey: idempotencyKeyOf(n.eventId, n.channel, n.recipient), channel: n.channel, text: n.body };
    if (n.channel === 'WEBHOOK') {
      const endpoint = n.endpointId ? await this.webhooks.endpoint(this.dataSource.manager, n.endpointId) : null;
      if (!endpoint) return 'the webhook endpoint no longer exists';
      if (!endpoint.enabled) return 'the webhook endpoint is disabled';
      if (endpoint.secrets.length === 0) return 'the webhook endpoint has no valid signing secret';
      return { ...base, idempotencyKey: n.id, to: endpoint.url, webhookSecrets: endpoint.secrets, eventType: n.eventType };
    }
    const text = n.sealedBody && n.sealedKeyId ? this.keyring.openText({ ciphertext: n.sealedBody, keyId: n.sealedKeyId }, n.id) : n.body;
    const zaloTemplateId = n.channel === 'ZALO' ? this.env.ZALO_ZNS_TEMPLATE_IDS[templateName(n.template)] : undefined;
    if (n.channel === 'ZALO' && !zaloTemplateId) return `no Zalo ZNS template registered for ${templateName(n.template)}`;
    const zaloTemplate = zaloTemplateId ? { templateId: zaloTemplateId, params: stringParams(n.templateData) } : undefined;
    return { ...base, to: n.recipient, text, subject: n.subject ?? undefined, html: n.html ?? undefined, zaloTemplate };
  }

  /** The channel's providers in order (`ProviderChain`: failover on a retryable failure). */
  private async send(message: OutboundMessage): Promise<ProviderTry[] | string> {
    const startedAt = this.clock.now();
    const outcome = await this.chain.sendWithFailover(message);
    if (outcome.attempts.length === 0 && !outcome.result.ok) return outcome.result.error;
    return outcome.attempts.map((a) => ({ ...a, startedAt }));
  }

  private async recordTries(m: EntityManager, row: NotificationRecord, tries: ProviderTry[]): Promise<void> {
    for (const t of tries) {
      row.attempts += 1;
      await m.insert(NotificationAttemptRecord, {
        id: randomUUID(),
        notificationId: row.id,
        attempt: row.attempts,
        provider: t.provider,
        outcome: t.result.ok ? 'SENT' : 'FAILED',
        retryable: t.result.ok ? null : t.result.retryable,
        statusCode: t.result.statusCode ?? null,
        providerMessageId: t.result.ok ? t.result.providerMessageId : null,
        response: cut(t.result.response),
        error: t.result.ok ? null : cut(t.result.error),
        latencyMs: t.latencyMs,
        startedAt: t.startedAt,
      });
      row.provider = t.provider;
    }
    if (tries.length === 0) row.attempts += 1;
  }
}

/** `released@1` → `released`. */
function templateName(template: string): string {
  return template.split('@')[0];
}

/** Zalo template parameters are strings. */
function stringParams(data: Record<string, unknown> | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data ?? {})) if (v !== null && v !== undefined && typeof v !== 'object') out[k] = String(v);
  return out;
}
