/**
 * What the outside world saw, read where it lands: the SMS provider's accepted messages (the fake gateway: one
 * per idempotency key, so duplicates are counted at the provider) and the marketplace's webhook receiver (only
 * webhooks whose signature verified count).
 */
import { waitFor } from '@trustcircle/testing';
import type { FakeSmsGateway } from '../../../apps/notifications/src/testing/fake-providers/fake-sms-gateway';
import type { FakeWebhookReceiver } from '../../../apps/notifications/src/testing/fake-providers/fake-webhook-receiver';

/** One text as the provider accepted it. */
export interface Sms {
  to: string;
  text: string;
  /** The provider's idempotency key (the notification's id): two accepted messages never share one. */
  ref: string | undefined;
}

/** Where the provider's accepted messages are read from, in order. */
export type SmsSource = () => readonly Sms[];

/** The messages a fake gateway in this process accepted. */
export function gatewaySms(gateway: FakeSmsGateway): SmsSource {
  return () =>
    gateway.delivered.map((d) => {
      const p = d.payload as { to?: string; text?: string };
      return { to: String(p.to), text: String(p.text), ref: d.idempotencyKey };
    });
}

/** The buyers' phones, as the SMS provider delivered to them. */
export class SmsInbox {
  constructor(private readonly source: SmsSource) {}

  /** Every message accepted, in order. */
  all(): Sms[] {
    return [...this.source()];
  }

  /** The texts sent to `to` (E.164), in the order the provider accepted them. */
  texts(to: string): string[] {
    return this.all()
      .filter((m) => m.to === to)
      .map((m) => m.text);
  }

  count(to: string): number {
    return this.texts(to).length;
  }

  /** The one-time code in the first code message to `to` after its `since`-th message. */
  waitForCode(to: string, since: number, timeoutMs = 30_000): Promise<string> {
    return waitFor(
      () => {
        for (const text of this.texts(to).slice(since)) {
          const code = /(?:là|is) (\d{6})\b/.exec(text)?.[1];
          if (code) return code;
        }
        return undefined;
      },
      { what: `a one-time code texted to ${to.slice(0, 6)}…`, timeoutMs, intervalMs: 50 },
    );
  }

  /** Messages accepted twice for the same notification: must be none (the provider's idempotency key is the notification id). */
  duplicates(): number {
    const refs = this.all().map((m) => m.ref).filter((r): r is string => !!r);
    return refs.length - new Set(refs).size;
  }
}

/** One webhook the marketplace received (signature verified): `{ type, timestamp, eventId, data }`. */
export interface ReceivedEvent {
  webhookId: string;
  type: string;
  /** The order it is about (`data.orderId`). */
  orderId: string;
  eventId: string;
}

/** Where the marketplace's received webhooks are read from. */
export type WebhookSource = () => readonly ReceivedEvent[];

/** The webhooks a verifying receiver in this process got: only those whose signature verified. */
export function receiverWebhooks(receiver: FakeWebhookReceiver): WebhookSource {
  return () =>
    receiver.verified.flatMap((r) => {
      const body = r.request.json as { eventId?: string; type?: string; data?: { orderId?: string } } | undefined;
      return body && r.webhookId ? [{ webhookId: r.webhookId, type: String(body.type), orderId: String(body.data?.orderId), eventId: String(body.eventId) }] : [];
    });
}

/** The marketplace's webhook receiver, read per order. */
export class WebhookLog {
  constructor(private readonly source: WebhookSource) {}

  /** Every webhook, once per webhook id (a retry of one delivery carries the same id). */
  all(): ReceivedEvent[] {
    const byId = new Map<string, ReceivedEvent>();
    for (const e of this.source()) if (!byId.has(e.webhookId)) byId.set(e.webhookId, e);
    return [...byId.values()];
  }

  /** The event types the marketplace received about the order, in arrival order. */
  typesFor(orderId: string): string[] {
    return this.all()
      .filter((e) => e.orderId === orderId)
      .map((e) => e.type);
  }

  /** Events delivered under two webhook ids (the same event sent twice as new messages): must be none. */
  duplicates(): number {
    const ids = this.all().map((e) => e.eventId);
    return ids.length - new Set(ids).size;
  }
}

/**
 * How the texts a buyer got differ from the expected sequence: each pattern must match the next text, with none
 * missing, none extra (a duplicate is an extra) and none out of order. Empty when they agree.
 */
export function smsSequenceProblems(texts: readonly string[], expected: readonly RegExp[]): string[] {
  const problems: string[] = [];
  for (let i = 0; i < Math.max(texts.length, expected.length); i++) {
    const text = texts[i];
    const pattern = expected[i];
    if (text === undefined) problems.push(`text ${i + 1} missing: expected ${pattern}`);
    else if (pattern === undefined) problems.push(`text ${i + 1} not expected: "${text}"`);
    else if (!pattern.test(text)) problems.push(`text ${i + 1} "${text}" does not match ${pattern}`);
  }
  return problems;
}
