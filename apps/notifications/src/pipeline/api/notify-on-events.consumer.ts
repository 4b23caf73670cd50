import { Injectable } from '@nestjs/common';
import type { EventType } from '@trustcircle/contracts';
import { type EventHandler, type EventOfAny, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { MARKETPLACE_WEBHOOK_EVENTS, PAYMENT_PARTNER_WEBHOOK_EVENTS } from '../../webhooks/domain/webhook-event-types';
import { PlanNotificationsUseCase } from '../application/plan-notifications/plan-notifications.use-case';
import { RecordOrderContactUseCase } from '../application/record-order-contact/record-order-contact.use-case';
import { BUYER_RULES, SELLER_RULES } from '../domain/notification-plan';

/**
 * The events people and partners hear about: buyers' milestones and sellers' emails (the planner's rules), every
 * event type a marketplace or a payment partner may receive by webhook and in its feed, and operators' alerts. Never
 * `orders.buyer-otp-requested` (the one-time code has its own path and never leaves the SMS).
 */
export const NOTIFIED_EVENTS = [
  ...new Set<EventType>([
    'orders.order-placed',
    ...MARKETPLACE_WEBHOOK_EVENTS,
    ...PAYMENT_PARTNER_WEBHOOK_EVENTS,
    ...(Object.keys(BUYER_RULES) as EventType[]),
    ...(Object.keys(SELLER_RULES) as EventType[]),
    'platform.operator-alert-raised',
  ]),
].filter((t) => t !== 'orders.buyer-otp-requested') as [EventType, ...EventType[]];

type NotifiedEvent = EventType;

/**
 * Plans each notified event's messages in the consumer's transaction (the inbox runs each event once). An order's
 * `orders.order-placed` first records its contact, then plans its own messages, then those of the order's events
 * that arrived before it (kept in `early_events` meanwhile).
 */
@Injectable()
@HandlesEvent(...NOTIFIED_EVENTS)
export class NotifyOnEvents implements EventHandler<NotifiedEvent> {
  constructor(
    private readonly contacts: RecordOrderContactUseCase,
    private readonly plan: PlanNotificationsUseCase,
  ) {}

  async handle(event: EventOfAny<NotifiedEvent>, ctx: HandlerContext): Promise<void> {
    if (event.type !== 'orders.order-placed') {
      await this.plan.execute(ctx.manager, event);
      return;
    }
    await this.contacts.execute(ctx.manager, event);
    await this.plan.execute(ctx.manager, event);
    // The order's events consumed before it (other topics, no order between them): planned now, after its own.
    await this.plan.planEarlyEvents(ctx.manager, event.data.orderId);
  }
}
