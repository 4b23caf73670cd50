import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { PartnerDirectory } from '@trustcircle/security';
import { type EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { NotificationsEnv } from '../../../config/notifications.env';
import { NotificationRecord } from '../../../notifications/infrastructure/notification.orm-entity';
import { EventFeedWriter } from '../../../webhooks/application/event-feed/event-feed.writer';
import { mayReceive } from '../../../webhooks/domain/webhook-event-types';
import { type RenderedMessage, TEMPLATE_RENDERER, type TemplateRenderer } from '../../../templates/template-renderer';
import { firstSendAt, parseQuietHours, MUTED_BY_RECIPIENT, orderingKeyOf } from '../../domain/delivery-policy';
import { type NotificationIntent, type OrderContact, planNotifications } from '../../domain/notification-plan';
import { EarlyEventRecord } from '../../infrastructure/early-event.orm-entity';
import { OrderContactRecord, RecipientPreferenceRecord } from '../../infrastructure/pipeline.orm-entities';
import { WEBHOOK_SUBSCRIPTIONS, type WebhookSubscriptions } from '../webhook-subscriptions';
import { lockOrderEarlyEvents, waitsForOrderContact } from './early-events';
import { webhookBody } from './webhook-body';

/** `<eventId>:<channel>:<first 16 hex of sha256(recipient)>`: the provider idempotency key of one message. */
export function idempotencyKeyOf(eventId: string, channel: string, recipient: string): string {
  return `${eventId}:${channel}:${createHash('sha256').update(recipient).digest('hex').slice(0, 16)}`;
}

/**
 * Who hears of an event by webhook and in their feed: the order's marketplace for the types a marketplace may
 * receive, the payment partner named in the event for the types a partner may receive.
 */
export function ownersOf(eventType: string, marketplaceId: string | null, partnerId: string | null): string[] {
  const owners: string[] = [];
  if (marketplaceId && mayReceive('MARKETPLACE', eventType)) owners.push(marketplaceId);
  if (partnerId && partnerId !== marketplaceId && mayReceive('PAYMENT_PARTNER', eventType)) owners.push(partnerId);
  return owners;
}

/**
 * Turns an event into its notifications, in the consumer's transaction: plans them (`planNotifications`), renders
 * each in the recipient's language, and stores each once (`ON CONFLICT (event_id, recipient, channel) DO NOTHING`:
 * a redelivered event adds nothing), due at once or after quiet hours; a non-critical message to a channel the
 * recipient muted is stored CANCELLED; the event joins its marketplace's (or payment partner's) feed. The
 * dispatcher delivers them.
 *
 * An event about an order notifications has no contact for yet (consumed before that order's `orders.order-placed`:
 * topics are not ordered between them) is not planned but kept whole in `early_events` (once per event id);
 * `planEarlyEvents` plans them, in arrival order and by the clock of then (quiet hours hold), once the order is known.
 */
@Injectable()
export class PlanNotificationsUseCase {
  private readonly logger = new Logger(PlanNotificationsUseCase.name);

  constructor(
    @Inject(TEMPLATE_RENDERER) private readonly templates: TemplateRenderer,
    @Inject(WEBHOOK_SUBSCRIPTIONS) private readonly webhooks: WebhookSubscriptions,
    private readonly feed: EventFeedWriter,
    private readonly directory: PartnerDirectory,
    private readonly env: NotificationsEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Plans `event` (answers how many messages it stored), or keeps it for later if its order is not known yet (0). */
  async execute(m: EntityManager, event: EventEnvelope): Promise<number> {
    const data = event.data as { orderId?: string | null; partnerId?: string };
    let contactRow = data.orderId ? await m.findOneBy(OrderContactRecord, { orderId: data.orderId }) : null;
    if (!contactRow && typeof data.orderId === 'string' && waitsForOrderContact(event.type)) {
      await lockOrderEarlyEvents(m, data.orderId);
      contactRow = await m.findOneBy(OrderContactRecord, { orderId: data.orderId }); // its order-placed may have committed meanwhile
      if (!contactRow) return this.keepEarly(m, event, data.orderId);
    }
    const contact: OrderContact | null = contactRow;
    const marketplace = contact ? await this.directory.get(contact.marketplaceId) : undefined;
    const owners = ownersOf(event.type, contact?.marketplaceId ?? null, typeof data.partnerId === 'string' ? data.partnerId : null);
    const endpoints = (await Promise.all(owners.map((o) => this.webhooks.subscribedTo(m, o, event.type)))).flat();
    const intents = planNotifications(event, {
      contact,
      marketplace: { zaloEnabled: marketplace?.settings.zaloEnabled ?? false, unaccentedSms: marketplace?.settings.unaccentedSms ?? false },
      endpoints,
      operatorAlertEmail: this.env.OPERATOR_ALERT_EMAIL || null,
      operatorAlertPhone: this.env.OPERATOR_ALERT_PHONE || null,
      portalUrl: this.env.PUBLIC_PORTAL_URL,
    });
    let stored = 0;
    for (const intent of intents) if (await this.store(m, event, contact, intent)) stored++;
    // Last: the feed's per-owner lock is then held only until this transaction commits, not through the rendering.
    await this.feed.appendToOwners(m, owners, { id: event.id, type: event.type, orderId: contact?.orderId ?? data.orderId ?? null, occurredAt: event.occurredAt, data: event.data as Record<string, unknown> });
    return stored;
  }

  /**
   * Plans every early event of `orderId` in arrival order and deletes them, in the caller's transaction (the one that
   * recorded the order's contact); answers how many messages they stored.
   */
  async planEarlyEvents(m: EntityManager, orderId: string): Promise<number> {
    await lockOrderEarlyEvents(m, orderId);
    const early = await m.find(EarlyEventRecord, { where: { orderId }, order: { seq: 'ASC' } });
    let stored = 0;
    for (const e of early) stored += await this.execute(m, e.envelope);
    if (early.length > 0) await m.delete(EarlyEventRecord, { eventId: In(early.map((e) => e.eventId)) });
    return stored;
  }

  /** Keeps the whole envelope until its order's `orders.order-placed` (a redelivery keeps nothing more). */
  private async keepEarly(m: EntityManager, event: EventEnvelope, orderId: string): Promise<number> {
    await m
      .createQueryBuilder()
      .insert()
      .into(EarlyEventRecord)
      .values({ eventId: event.id, orderId, type: event.type, envelope: event as never, receivedAt: this.clock.now() })
      .orIgnore()
      .execute();
    this.logger.log(`event ${event.id} (${event.type}) kept until order ${orderId} is placed`);
    return 0;
  }

  private async store(m: EntityManager, event: EventEnvelope, contact: OrderContact | null, intent: NotificationIntent): Promise<boolean> {
    const now = this.clock.now();
    const prefs = intent.channel === 'WEBHOOK' ? null : await m.findOneBy(RecipientPreferenceRecord, { recipient: intent.recipient });
    const language = prefs?.language ?? 'vi';
    const muted = !intent.critical && (prefs?.mutedChannels ?? []).includes(intent.channel);
    const content = this.renderOrRefuse(event, intent, language);
    const row: Partial<NotificationRecord> = {
      id: randomUUID(),
      eventId: event.id,
      eventType: event.type,
      orderId: contact?.orderId ?? null,
      marketplaceId: contact?.marketplaceId ?? null,
      recipientRole: intent.role,
      recipient: intent.recipient,
      channel: intent.channel,
      template: content.template,
      language,
      body: content.text,
      subject: content.subject ?? null,
      smsEncoding: content.sms?.encoding ?? null,
      smsSegments: content.sms?.segments ?? null,
      templateData: intent.channel === 'WEBHOOK' ? null : { template: intent.template, ...intent.data },
      html: content.html ?? null,
      status: content.refused ? 'FAILED' : muted ? 'CANCELLED' : 'PENDING',
      critical: intent.critical,
      nextAttemptAt: muted || content.refused ? null : firstSendAt(now, intent.channel, intent.critical, parseQuietHours(this.env.NOTIFICATION_QUIET_HOURS)),
      orderingKey: orderingKeyOf(intent, contact?.orderId ?? null),
      endpointId: intent.endpointId ?? null,
      eventOccurredAt: new Date(event.occurredAt),
      lastError: content.refused ?? (muted ? MUTED_BY_RECIPIENT : null),
      finishedAt: muted || content.refused ? now : null,
      createdAt: now,
    };
    const inserted = (await m
      .createQueryBuilder()
      .insert()
      .into(NotificationRecord)
      .values(row as QueryDeepPartialEntity<NotificationRecord>)
      .orIgnore()
      .returning(['id'])
      .execute()) as { raw: unknown[] };
    return inserted.raw.length > 0;
  }

  /**
   * The message's content; a template that cannot be rendered from this event (a bug: a variable the event does not
   * carry) fails this one message, stored FAILED with the reason and logged, never the whole event: the other
   * recipients, the webhooks and the feed still get it.
   */
  private renderOrRefuse(event: EventEnvelope, intent: NotificationIntent, language: 'vi' | 'en'): RenderedMessage & { refused?: string } {
    try {
      return this.content(event, intent, language);
    } catch (e) {
      const reason = `cannot render ${intent.template ?? 'the message'}: ${e instanceof Error ? e.message : String(e)}`.slice(0, 1000);
      this.logger.error(`event ${event.id} (${event.type}), ${intent.role} ${intent.channel}: ${reason}`);
      return { template: `${intent.template ?? 'unknown'}@0`, text: '', refused: reason };
    }
  }

  private content(event: EventEnvelope, intent: NotificationIntent, language: 'vi' | 'en'): RenderedMessage {
    if (intent.channel === 'WEBHOOK') return { template: `webhook.${event.type.replace(/[^a-z0-9.-]/g, '-')}@${event.version}`, text: webhookBody(event) };
    return this.templates.render(intent.template as string, intent.channel, language, intent.data);
  }
}
