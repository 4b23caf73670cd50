import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { NotificationsEnv } from '../../../config/notifications.env';
import { NotificationRecord } from '../../../notifications/infrastructure/notification.orm-entity';
import { TEMPLATE_RENDERER, type TemplateRenderer } from '../../../templates/template-renderer';
import { EventFeedWriter } from '../../../webhooks/application/event-feed/event-feed.writer';
import { fallbackChannel, fallbackStep, firstSendAt, parseQuietHours, maskRecipient, mayFallBack } from '../../domain/delivery-policy';
import { OrderContactRecord } from '../../infrastructure/pipeline.orm-entities';
import { WEBHOOK_SUBSCRIPTIONS, type WebhookSubscriptions } from '../webhook-subscriptions';
import type { ProviderTry } from './deliver-notification';
import { NotificationMetrics } from './notification.metrics';

const DAY_MS = 86_400_000;

/**
 * Records how a delivery ended, in the transaction of the locked notification: its status, its events
 * (`notifications.notification-sent` / `-failed`, never with the text), metrics, the webhook endpoint's health (a
 * disabled endpoint is announced, to operators and in its owner's feed) and, when a channel failed for good, the
 * buyer's next channel (Zalo → SMS → email; see `fallBack`).
 */
@Injectable()
export class NotificationOutcomes {
  constructor(
    @Inject(WEBHOOK_SUBSCRIPTIONS) private readonly webhooks: WebhookSubscriptions,
    @Inject(TEMPLATE_RENDERER) private readonly templates: TemplateRenderer,
    private readonly metrics: NotificationMetrics,
    private readonly feed: EventFeedWriter,
    private readonly outbox: OutboxWriter,
    private readonly env: NotificationsEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async sent(m: EntityManager, row: NotificationRecord, ok: ProviderTry): Promise<'sent'> {
    const now = this.clock.now();
    const providerMessageId = ok.result.ok ? ok.result.providerMessageId : null;
    Object.assign(row, { status: 'SENT', providerMessageId, sentAt: now, finishedAt: now, leaseUntil: null, nextAttemptAt: null, lastError: null });
    await m.save(row);
    if (row.endpointId) await this.webhooks.markHealthy(m, row.endpointId);
    const latencyMs = Math.max(0, now.getTime() - (row.eventOccurredAt ?? row.createdAt).getTime());
    this.metrics.sent(row.channel, ok.provider, latencyMs);
    await this.outbox.record(m, 'notifications.notification-sent', {
      ...(await this.common(m, row)),
      provider: ok.provider,
      attempt: Math.min(row.attempts, 100),
      providerMessageId: providerMessageId ? providerMessageId.slice(0, 200) : null,
      smsSegments: row.smsSegments,
      latencyMs: Math.min(latencyMs, 2_147_483_647),
      sentAt: now.toISOString(),
    });
    return 'sent';
  }

  async failed(m: EntityManager, row: NotificationRecord, error: string, retryInMs: number | null): Promise<'retrying' | 'failed'> {
    const now = this.clock.now();
    // Every failed webhook counts toward its endpoint's failing streak, the last round's and a refusal (4xx) too.
    const endpointDisabled = await this.endpointGivesUp(m, row, error, now);
    const final = retryInMs === null || endpointDisabled;
    const nextAttemptAt = final ? null : new Date(now.getTime() + (retryInMs as number));
    Object.assign(row, { status: final ? 'FAILED' : 'PENDING', leaseUntil: null, nextAttemptAt, lastError: error.slice(0, 1000), finishedAt: final ? now : null });
    await m.save(row);
    this.metrics.failed(row.channel, row.provider ?? 'none', final);
    await this.outbox.record(m, 'notifications.notification-failed', {
      ...(await this.common(m, row)),
      provider: row.provider ?? 'none',
      attempt: Math.min(Math.max(row.attempts, 1), 100),
      error: error.slice(0, 500) || 'failed',
      final,
      nextAttemptAt: nextAttemptAt?.toISOString() ?? null,
      failedAt: now.toISOString(),
    });
    if (final) await this.fallBack(m, row, now);
    return final ? 'failed' : 'retrying';
  }

  /** A webhook endpoint failing without a success for the configured days is disabled: its messages fail for good. */
  private async endpointGivesUp(m: EntityManager, row: NotificationRecord, error: string, now: Date): Promise<boolean> {
    if (!row.endpointId) return false;
    await this.webhooks.markFailing(m, row.endpointId, now);
    const endpoint = await this.webhooks.endpoint(m, row.endpointId);
    if (!endpoint?.enabled || !endpoint.failingSince) return !endpoint?.enabled;
    if (now.getTime() - endpoint.failingSince.getTime() < this.env.WEBHOOK_DISABLE_AFTER_DAYS * DAY_MS) return false;
    if (!(await this.webhooks.disable(m, row.endpointId))) return true;
    this.metrics.endpointDisabled();
    const url = new URL(endpoint.url);
    const disabled = await this.outbox.record(m, 'notifications.webhook-endpoint-disabled', {
      endpointId: endpoint.id,
      partnerId: endpoint.ownerPartnerId,
      urlHost: url.hostname,
      failingSince: endpoint.failingSince.toISOString(),
      lastError: error.slice(0, 500),
      disabledAt: now.toISOString(),
    });
    // The owner hears of it where it still can: its catch-up feed (its webhooks are what failed).
    await this.feed.append(m, endpoint.ownerPartnerId, { id: disabled.id, type: disabled.type, orderId: null, occurredAt: disabled.occurredAt, data: disabled.data as unknown as Record<string, unknown> });
    await this.outbox.record(m, 'platform.operator-alert-raised', {
      alertId: randomUUID(),
      severity: 'WARNING',
      code: 'WEBHOOK_ENDPOINT_DISABLED',
      message: `Webhook endpoint ${endpoint.id} of partner ${endpoint.ownerPartnerId} (${url.hostname}) was disabled after failing since ${endpoint.failingSince.toISOString()}.`,
      service: 'notifications',
      orderId: null,
      raisedAt: now.toISOString(),
    });
    return true;
  }

  /**
   * The buyer's next channel (Zalo → SMS → email) after `row` failed for good, due at once or after quiet hours
   * (`fallbackStep`): a notification of its own, rendered for that channel (Zalo → SMS); or nothing when that channel
   * already has the message (the email planned beside the SMS) or the buyer muted it (the mute holds). Never for a
   * one-time code (`mayFallBack`).
   */
  private async fallBack(m: EntityManager, row: NotificationRecord, now: Date): Promise<void> {
    if (!mayFallBack({ recipientRole: row.recipientRole, template: row.template, sealed: row.sealedBody !== null }) || !row.orderId || !row.templateData) return;
    const contact = await m.findOneBy(OrderContactRecord, { orderId: row.orderId });
    if (!contact) return;
    const next = fallbackChannel(row.channel, { email: contact.buyerEmail !== null });
    if (!next) return;
    const recipient = next === 'EMAIL' ? (contact.buyerEmail as string) : contact.buyerPhone;
    const existing = await m.findOne(NotificationRecord, { where: { eventId: row.eventId, recipient, channel: next }, lock: { mode: 'pessimistic_write' } });
    if (fallbackStep(existing) !== 'insert') return;
    const { template, ...data } = row.templateData as { template: string } & Record<string, unknown>;
    const content = this.templates.render(template, next as 'SMS' | 'EMAIL', row.language, data);
    await m
      .createQueryBuilder()
      .insert()
      .into(NotificationRecord)
      .values({
        id: randomUUID(),
        eventId: row.eventId,
        eventType: row.eventType,
        orderId: row.orderId,
        marketplaceId: row.marketplaceId,
        recipientRole: 'BUYER',
        recipient,
        channel: next,
        template: content.template,
        language: row.language,
        body: content.text,
        subject: content.subject ?? null,
        html: content.html ?? null,
        smsEncoding: content.sms?.encoding ?? null,
        smsSegments: content.sms?.segments ?? null,
        templateData: row.templateData,
        status: 'PENDING',
        critical: row.critical,
        nextAttemptAt: firstSendAt(now, next, row.critical, parseQuietHours(this.env.NOTIFICATION_QUIET_HOURS)),
        eventOccurredAt: row.eventOccurredAt,
        fallbackOf: row.id,
        createdAt: now,
      } as never)
      .orIgnore()
      .execute();
  }

  /** The fields both events share; the recipient masked (a webhook: its endpoint's host). */
  private async common(m: EntityManager, row: NotificationRecord) {
    const endpoint = row.endpointId ? await this.webhooks.endpoint(m, row.endpointId) : null;
    return {
      notificationId: row.id,
      orderId: row.orderId,
      sourceEventId: row.eventId,
      sourceEventType: row.eventType,
      template: row.template,
      channel: row.channel,
      recipientRole: row.recipientRole,
      recipientMasked: row.channel === 'WEBHOOK' ? (endpoint ? maskRecipient(endpoint.url) : 'webhook/***') : maskRecipient(row.recipient),
    };
  }
}
