import { Injectable } from '@nestjs/common';
import { NotificationsEnv } from '../../../config/notifications.env';
import { checkSubscription, type WebhookOwnerKind } from '../../domain/webhook-event-types';
import { checkWebhookUrl } from '../../domain/webhook-url-rules';
import { webhookProblems } from './webhook-problems';

/** The rules on an endpoint's URL and event types, as configured; each refusal is a 400 naming the field. */
@Injectable()
export class EndpointInputRules {
  constructor(private readonly env: NotificationsEnv) {}

  /** The normalised URL. @throws 400 problem naming `url` */
  url(raw: string): string {
    const check = checkWebhookUrl(raw, { allowInsecure: this.env.WEBHOOK_ALLOW_INSECURE_URLS });
    if (!check.ok) throw webhookProblems.field('url', 'webhookUrl', check.message);
    return check.url;
  }

  /** The event types without duplicates (`["*"]` when `*` is among them). @throws 400 problem naming `events.<i>` */
  events(kind: WebhookOwnerKind, events: readonly string[]): string[] {
    const check = checkSubscription(kind, events);
    if (!check.ok) throw webhookProblems.field(check.index < 0 ? 'events' : `events.${check.index}`, 'webhookEventType', check.message);
    return check.events;
  }
}
