/**
 * Coverage of the planner against the catalogue and the real templates: for every event type notifications consumes
 * (NOTIFIED_EVENTS), with the variants that change who hears of it, a catalogue-valid sample is planned with a full
 * context (Zalo on, buyer and seller emails, the marketplace's and the payment partner's endpoints subscribed to
 * everything, an operator email), and every planned message is rendered by the real renderer in Vietnamese and English
 * for its channel and the channels it may fall back to. A template needing a variable its event does not carry would
 * make the consumer throw and dead-letter the event: here it fails a unit test instead.
 */
import { EVENT_CATALOGUE, type EventEnvelope, type EventType, type PayloadOf, SAMPLE, buildEvent, sampleEvent, validateEventPayload } from '@trustcircle/contracts';
import type { NotificationChannel } from '../../channels/channel-provider';
import { HandlebarsTemplateRenderer } from '../../templates/handlebars-template-renderer';
import type { TemplateLocale } from '../../templates/template-renderer';
import { MARKETPLACE_WEBHOOK_EVENTS, PAYMENT_PARTNER_WEBHOOK_EVENTS } from '../../webhooks/domain/webhook-event-types';
import { NOTIFIED_EVENTS } from '../api/notify-on-events.consumer';
import { ownersOf } from '../application/plan-notifications/plan-notifications.use-case';
import { fallbackChannel } from './delivery-policy';
import { type NotificationIntent, type OrderContact, type PlanContext, planNotifications } from './notification-plan';

const PORTAL = 'https://trustcircle.vn';
const BUYER_PHONE = '+84901234567';
const BUYER_EMAIL = 'hoa@example.vn';
const SELLER_EMAIL = 'shop@example.vn';
const OPERATOR_EMAIL = 'ops@trustcircle.vn';
const OTHER_PARTNER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const contactOf = (over: Partial<OrderContact> = {}): OrderContact => ({
  orderId: SAMPLE.orderId,
  orderCode: SAMPLE.code,
  marketplaceId: SAMPLE.marketplaceId,
  buyerPhone: BUYER_PHONE,
  buyerEmail: BUYER_EMAIL,
  sellerEmail: SELLER_EMAIL,
  totalAmount: BigInt(SAMPLE.total),
  paymentReference: SAMPLE.paymentReference,
  paymentExpiresAt: new Date('2025-03-02T08:00:00.000Z'),
  ...over,
});

/** One event of the table: a label for its variant and a catalogue-valid payload. */
interface Variant {
  type: EventType;
  variant: string;
  event: EventEnvelope;
}

function variant<T extends EventType>(type: T, label: string, overrides: Partial<PayloadOf<T>> = {}, omit: string[] = []): Variant {
  const data = sampleEvent(type, overrides) as PayloadOf<T> & Record<string, unknown>;
  for (const key of omit) delete data[key];
  const owner: string = EVENT_CATALOGUE[type].owner;
  const event = buildEvent(type, data, {
    id: `evt-${type}-${label}`,
    occurredAt: '2025-03-04T10:00:00.000Z',
    correlationId: 'corr',
    causationId: null,
    producer: (owner === 'any-service' ? 'escrow' : owner) as never,
  });
  return { type, variant: label, event };
}

/** The variants that matter (who hears of it, or which branch of a template): the sample otherwise. */
const VARIANTS: Partial<Record<EventType, Variant[]>> = {
  'orders.order-placed': [
    variant('orders.order-placed', 'PREPAID'),
    variant('orders.order-placed', 'COD', { paymentMethod: 'COD', paymentExpiresAt: null }),
    variant('orders.order-placed', 'COD, no expiry key', { paymentMethod: 'COD' }, ['paymentExpiresAt']),
    variant('orders.order-placed', 'no buyer email', { buyer: { name: 'Nguyễn Thị Hoa', phone: BUYER_PHONE } }),
  ],
  'escrow.escrow-funded': [variant('escrow.escrow-funded', 'PREPAID'), variant('escrow.escrow-funded', 'COD_REMITTANCE', { source: 'COD_REMITTANCE' })],
  'escrow.escrow-released': [variant('escrow.escrow-released', 'WHOLE'), variant('escrow.escrow-released', 'REST AFTER PARTIAL REFUND', { afterPartialRefund: true })],
  'escrow.escrow-refunded': [variant('escrow.escrow-refunded', 'FULL'), variant('escrow.escrow-refunded', 'PARTIAL', { refundType: 'PARTIAL', amount: 450_000 })],
  'delivery.shipment-first-scanned': [variant('delivery.shipment-first-scanned', 'OUTBOUND'), variant('delivery.shipment-first-scanned', 'RETURN', { direction: 'RETURN' })],
  'delivery.shipment-delivered': [variant('delivery.shipment-delivered', 'OUTBOUND'), variant('delivery.shipment-delivered', 'RETURN', { direction: 'RETURN' })],
  'disputes.dispute-opened': [
    variant('disputes.dispute-opened', 'REFUND_PARTIAL'),
    variant('disputes.dispute-opened', 'REFUND_FULL', { requestedOutcome: 'REFUND_FULL', requestedAmount: null, vulnerable: false, vulnerableCategory: null }),
  ],
  'disputes.merchant-responded': [
    variant('disputes.merchant-responded', 'ACCEPT', { action: 'ACCEPT', amount: null, buyerDueAt: null }),
    variant('disputes.merchant-responded', 'REJECT', { action: 'REJECT', amount: null }),
    variant('disputes.merchant-responded', 'OFFER_PARTIAL'),
  ],
  'disputes.dispute-decided': [
    variant('disputes.dispute-decided', 'REFUND_FULL', { outcome: 'REFUND_FULL', amount: null }),
    variant('disputes.dispute-decided', 'REFUND_PARTIAL'),
    variant('disputes.dispute-decided', 'RELEASE_TO_SELLER', { outcome: 'RELEASE_TO_SELLER', amount: null }),
    variant('disputes.dispute-decided', 'RETURN_AND_REFUND', { outcome: 'RETURN_AND_REFUND', amount: null }),
  ],
  'disputes.dispute-resolved': [
    variant('disputes.dispute-resolved', 'REFUND_FULL', { outcome: 'REFUND_FULL', refundAmount: SAMPLE.total, resolvedBy: 'MERCHANT_ACCEPTED' }),
    variant('disputes.dispute-resolved', 'REFUND_PARTIAL', { resolvedBy: 'OFFER_ACCEPTED' }),
    variant('disputes.dispute-resolved', 'RELEASE_TO_SELLER', { outcome: 'RELEASE_TO_SELLER', refundAmount: 0, resolvedBy: 'BUYER_DID_NOT_ESCALATE' }),
    variant('disputes.dispute-resolved', 'RETURN_AND_REFUND', { outcome: 'RETURN_AND_REFUND', refundAmount: SAMPLE.total, resolvedBy: 'MERCHANT_ACCEPTED' }),
    variant('disputes.dispute-resolved', 'MEDIATOR_DECISION', { outcome: 'REFUND_FULL', refundAmount: SAMPLE.total, resolvedBy: 'MEDIATOR_DECISION' }),
  ],
  'disputes.deadline-reminder': [
    variant('disputes.deadline-reminder', 'BUYER BUYER_ESCALATION', { recipientRole: 'BUYER', deadline: 'BUYER_ESCALATION' }),
    variant('disputes.deadline-reminder', 'BUYER BUYER_OFFER_RESPONSE', { recipientRole: 'BUYER', deadline: 'BUYER_OFFER_RESPONSE' }),
    variant('disputes.deadline-reminder', 'BUYER RETURN_SHIPMENT', { recipientRole: 'BUYER', deadline: 'RETURN_SHIPMENT' }),
    variant('disputes.deadline-reminder', 'MERCHANT', { recipientRole: 'MERCHANT', deadline: 'MERCHANT_RESPONSE' }),
    variant('disputes.deadline-reminder', 'MEDIATOR', { recipientRole: 'MEDIATOR', deadline: 'MEDIATOR_DECISION' }),
  ],
  'escrow.refund-instruction-issued': [
    variant('escrow.refund-instruction-issued', 'of an order'),
    variant('escrow.refund-instruction-issued', 'parked, no order', { orderId: null, escrowId: null }),
  ],
  'platform.operator-alert-raised': [variant('platform.operator-alert-raised', 'no order'), variant('platform.operator-alert-raised', 'of an order', { orderId: SAMPLE.orderId })],
};

const ALL: Variant[] = NOTIFIED_EVENTS.flatMap((type) => VARIANTS[type] ?? [variant(type, '')]);

/** The contact copy notifications keeps (from orders.order-placed), as the consumer finds it for the event. */
function contactFor(v: Variant, over: Partial<OrderContact> = {}): OrderContact | null {
  const data = v.event.data as { orderId?: string | null; buyer?: { email?: string } };
  if (!data.orderId) return null;
  if (v.type === 'orders.order-placed') return contactOf({ buyerEmail: data.buyer?.email ?? null, ...over });
  return contactOf(over);
}

/** The endpoints the use case passes: one per owner (`ownersOf`), each subscribed to everything it may receive. */
function endpointsFor(v: Variant, contact: OrderContact | null): PlanContext['endpoints'] {
  const data = v.event.data as { partnerId?: unknown };
  const owners = ownersOf(v.type, contact?.marketplaceId ?? null, typeof data.partnerId === 'string' ? data.partnerId : null);
  return owners.map((ownerPartnerId) => ({ id: `endpoint-of-${ownerPartnerId}`, ownerPartnerId }));
}

function plan(v: Variant, opts: { zalo: boolean; contact?: Partial<OrderContact>; operatorEmail?: string | null } = { zalo: true }): NotificationIntent[] {
  const contact = contactFor(v, opts.contact);
  return planNotifications(v.event, {
    contact,
    marketplace: { zaloEnabled: opts.zalo, unaccentedSms: false },
    endpoints: endpointsFor(v, contact),
    operatorAlertEmail: opts.operatorEmail === undefined ? OPERATOR_EMAIL : opts.operatorEmail,
    portalUrl: PORTAL,
  });
}

/** A table cell: `template(channels)`, `*` when critical; webhooks by role. */
function cells(intents: NotificationIntent[]): { buyer: string; seller: string; webhooks: string; operator: string } {
  const of = (role: string) => intents.filter((i) => i.role === role);
  const cell = (list: NotificationIntent[]): string => {
    if (list.length === 0) return '-';
    const templates = [...new Set(list.map((i) => `${i.template}${i.critical ? '*' : ''}`))];
    return `${templates.join('+')} (${list.map((i) => i.channel).join(',')})`;
  };
  const hooks = intents.filter((i) => i.channel === 'WEBHOOK').map((i) => i.role);
  return { buyer: cell(of('BUYER')), seller: cell(of('SELLER')), webhooks: hooks.length ? hooks.join(',') : '-', operator: cell(of('OPERATOR')) };
}

function table(rows: Variant[]): string {
  const line = (cols: string[]) => [cols[0].padEnd(55), cols[1].padEnd(40), cols[2].padEnd(37), cols[3].padEnd(15), cols[4]].join(' | ').trimEnd();
  const header = line(['event [variant]', 'buyer', 'seller', 'webhooks', 'operators']);
  const body = rows.map((v) => {
    const c = cells(plan(v));
    return line([`${v.type}${v.variant ? ` [${v.variant}]` : ''}`, c.buyer, c.seller, c.webhooks, c.operator]);
  });
  return [header, '-'.repeat(header.length), ...body].join('\n');
}

/**
 * WHO GETS WHAT, with the full context: Zalo enabled (the buyer's first channel; SMS is its fallback), a buyer email
 * and a seller email on the order, the marketplace and the payment partner each with an endpoint subscribed to `*`,
 * and OPERATOR_ALERT_EMAIL set. `*` marks a critical message (ignores mutes and quiet hours). Columns: event [variant]
 * | buyer | seller | webhooks | operators.
 */
const WHO_GETS_WHAT = `
event [variant]                                         | buyer                                    | seller                                | webhooks        | operators
------------------------------------------------------------------------------------------------------------------------------------------------------------------------
orders.order-placed [PREPAID]                           | order-placed* (ZALO,EMAIL)               | -                                     | MARKETPLACE     | -
orders.order-placed [COD]                               | order-placed* (ZALO,EMAIL)               | -                                     | MARKETPLACE     | -
orders.order-placed [COD, no expiry key]                | order-placed* (ZALO,EMAIL)               | -                                     | MARKETPLACE     | -
orders.order-placed [no buyer email]                    | order-placed* (ZALO)                     | -                                     | MARKETPLACE     | -
orders.order-status-changed                             | -                                        | -                                     | MARKETPLACE     | -
escrow.escrow-funded [PREPAID]                          | escrow-funded (ZALO,EMAIL)               | -                                     | MARKETPLACE     | -
escrow.escrow-funded [COD_REMITTANCE]                   | escrow-funded (ZALO,EMAIL)               | -                                     | MARKETPLACE     | -
escrow.escrow-underpaid                                 | -                                        | -                                     | MARKETPLACE     | -
escrow.escrow-expired                                   | -                                        | -                                     | MARKETPLACE     | -
escrow.inspection-started                               | delivered (ZALO,EMAIL)                   | -                                     | MARKETPLACE     | -
escrow.inspection-ended                                 | -                                        | -                                     | MARKETPLACE     | -
escrow.escrow-released [WHOLE]                          | released* (ZALO,EMAIL)                   | marketplace-released* (EMAIL)         | MARKETPLACE     | -
escrow.escrow-released [REST AFTER PARTIAL REFUND]      | -                                        | marketplace-released* (EMAIL)         | MARKETPLACE     | -
escrow.escrow-refunded [FULL]                           | refunded* (ZALO,EMAIL)                   | -                                     | MARKETPLACE     | -
escrow.escrow-refunded [PARTIAL]                        | refunded* (ZALO,EMAIL)                   | -                                     | MARKETPLACE     | -
escrow.escrow-paid-out                                  | -                                        | marketplace-paid-out (EMAIL)          | MARKETPLACE     | -
escrow.cancellation-accepted                            | -                                        | -                                     | MARKETPLACE     | -
escrow.cancellation-refused                             | -                                        | -                                     | MARKETPLACE     | -
escrow.payout-account-missing                           | -                                        | -                                     | MARKETPLACE     | -
escrow.refund-destination-required                      | refund-destination-required (ZALO,EMAIL) | -                                     | MARKETPLACE     | -
escrow.cod-collection-mismatch                          | -                                        | -                                     | MARKETPLACE     | -
escrow.cod-remitted                                     | -                                        | -                                     | MARKETPLACE     | -
escrow.clawback-recorded                                | -                                        | -                                     | MARKETPLACE     | -
delivery.shipment-first-scanned [OUTBOUND]              | shipped (ZALO,EMAIL)                     | -                                     | MARKETPLACE     | -
delivery.shipment-first-scanned [RETURN]                | -                                        | -                                     | MARKETPLACE     | -
delivery.shipment-delivered [OUTBOUND]                  | -                                        | -                                     | MARKETPLACE     | -
delivery.shipment-delivered [RETURN]                    | -                                        | -                                     | MARKETPLACE     | -
delivery.shipment-delivery-failed-finally               | -                                        | -                                     | MARKETPLACE     | -
delivery.shipment-returned                              | -                                        | -                                     | MARKETPLACE     | -
delivery.shipment-lost                                  | -                                        | -                                     | MARKETPLACE     | -
disputes.dispute-opened [REFUND_PARTIAL]                | dispute-opened (ZALO,EMAIL)              | marketplace-dispute-opened (EMAIL)    | MARKETPLACE     | -
disputes.dispute-opened [REFUND_FULL]                   | dispute-opened (ZALO,EMAIL)              | marketplace-dispute-opened (EMAIL)    | MARKETPLACE     | -
disputes.hold-outcome-recorded                          | -                                        | -                                     | MARKETPLACE     | -
disputes.merchant-responded [ACCEPT]                    | -                                        | -                                     | MARKETPLACE     | -
disputes.merchant-responded [REJECT]                    | dispute-merchant-rejected* (ZALO,EMAIL)  | -                                     | MARKETPLACE     | -
disputes.merchant-responded [OFFER_PARTIAL]             | -                                        | -                                     | MARKETPLACE     | -
disputes.offer-made                                     | dispute-offer-made* (ZALO,EMAIL)         | -                                     | MARKETPLACE     | -
disputes.offer-accepted                                 | -                                        | -                                     | MARKETPLACE     | -
disputes.offer-declined                                 | -                                        | -                                     | MARKETPLACE     | -
disputes.dispute-escalated                              | dispute-escalated (ZALO,EMAIL)           | -                                     | MARKETPLACE     | -
disputes.dispute-decided [REFUND_FULL]                  | dispute-decided* (ZALO,EMAIL)            | marketplace-dispute-decided* (EMAIL)  | MARKETPLACE     | -
disputes.dispute-decided [REFUND_PARTIAL]               | dispute-decided* (ZALO,EMAIL)            | marketplace-dispute-decided* (EMAIL)  | MARKETPLACE     | -
disputes.dispute-decided [RELEASE_TO_SELLER]            | dispute-decided* (ZALO,EMAIL)            | marketplace-dispute-decided* (EMAIL)  | MARKETPLACE     | -
disputes.dispute-decided [RETURN_AND_REFUND]            | dispute-decided* (ZALO,EMAIL)            | marketplace-dispute-decided* (EMAIL)  | MARKETPLACE     | -
disputes.dispute-resolved [REFUND_FULL]                 | dispute-resolved* (ZALO,EMAIL)           | -                                     | MARKETPLACE     | -
disputes.dispute-resolved [REFUND_PARTIAL]              | dispute-resolved* (ZALO,EMAIL)           | -                                     | MARKETPLACE     | -
disputes.dispute-resolved [RELEASE_TO_SELLER]           | dispute-resolved* (ZALO,EMAIL)           | -                                     | MARKETPLACE     | -
disputes.dispute-resolved [RETURN_AND_REFUND]           | dispute-resolved* (ZALO,EMAIL)           | -                                     | MARKETPLACE     | -
disputes.dispute-resolved [MEDIATOR_DECISION]           | -                                        | -                                     | MARKETPLACE     | -
disputes.dispute-withdrawn                              | -                                        | -                                     | MARKETPLACE     | -
disputes.return-deadline-passed                         | -                                        | -                                     | MARKETPLACE     | -
disputes.deadline-reminder [BUYER BUYER_ESCALATION]     | dispute-deadline-reminder* (ZALO,EMAIL)  | -                                     | MARKETPLACE     | -
disputes.deadline-reminder [BUYER BUYER_OFFER_RESPONSE] | dispute-deadline-reminder* (ZALO,EMAIL)  | -                                     | MARKETPLACE     | -
disputes.deadline-reminder [BUYER RETURN_SHIPMENT]      | dispute-deadline-reminder* (ZALO,EMAIL)  | -                                     | MARKETPLACE     | -
disputes.deadline-reminder [MERCHANT]                   | -                                        | marketplace-dispute-deadline* (EMAIL) | MARKETPLACE     | -
disputes.deadline-reminder [MEDIATOR]                   | -                                        | -                                     | MARKETPLACE     | -
escrow.payment-received                                 | -                                        | -                                     | PAYMENT_PARTNER | -
escrow.payout-instruction-issued                        | -                                        | -                                     | PAYMENT_PARTNER | -
escrow.refund-instruction-issued [of an order]          | -                                        | -                                     | PAYMENT_PARTNER | -
escrow.refund-instruction-issued [parked, no order]     | -                                        | -                                     | PAYMENT_PARTNER | -
escrow.instruction-settled                              | -                                        | -                                     | PAYMENT_PARTNER | -
escrow.instruction-failed                               | -                                        | -                                     | PAYMENT_PARTNER | -
escrow.partner-settlement-closed                        | -                                        | -                                     | PAYMENT_PARTNER | -
platform.operator-alert-raised [no order]               | -                                        | -                                     | -               | operator-alert* (EMAIL)
platform.operator-alert-raised [of an order]            | -                                        | -                                     | -               | operator-alert* (EMAIL)
`.trim();

describe('who gets what: every notified event type', () => {
  it('plans exactly the table above', () => {
    expect(`\n${table(ALL)}\n`).toBe(`\n${WHO_GETS_WHAT}\n`);
  });

  it('uses only catalogue-valid samples, covering every type of NOTIFIED_EVENTS', () => {
    const invalid = ALL.map((v) => [v.type, v.variant, validateEventPayload(v.type, v.event.data)] as const).filter(([, , r]) => !r.ok);
    expect(invalid).toEqual([]);
    expect(new Set(ALL.map((v) => v.type))).toEqual(new Set(NOTIFIED_EVENTS));
  });

  it('agrees with the catalogue: every notified type lists notifications among its consumers, the COD events included', () => {
    const listed = (t: EventType) => (EVENT_CATALOGUE[t].consumers as readonly string[]).includes('notifications');
    expect(NOTIFIED_EVENTS.filter((t) => !listed(t))).toEqual([]);
    const cod: EventType[] = ['escrow.refund-destination-required', 'escrow.cod-collection-mismatch', 'escrow.cod-remitted'];
    expect(cod.filter((t) => !listed(t) || !NOTIFIED_EVENTS.includes(t))).toEqual([]);
  });

  it('without Zalo, buyer email, seller email, endpoints or operator email: the buyer’s SMS alone', () => {
    for (const v of ALL) {
      const full = plan(v);
      const minimal = planNotifications(v.event, {
        contact: contactFor(v, { buyerEmail: null, sellerEmail: null }),
        marketplace: { zaloEnabled: false, unaccentedSms: false },
        endpoints: [],
        operatorAlertEmail: null,
        portalUrl: PORTAL,
      });
      const buyer = full.find((i) => i.role === 'BUYER');
      expect([v.type, v.variant, minimal.map((i) => [i.role, i.channel, i.recipient, i.template])]).toEqual([
        v.type,
        v.variant,
        buyer ? [['BUYER', 'SMS', BUYER_PHONE, buyer.template]] : [],
      ]);
    }
  });
});

describe('every planned message renders, in Vietnamese and English, on its channel and its fallbacks', () => {
  const renderer = new HandlebarsTemplateRenderer();

  /** Renders an intent as the pipeline would: from the data stored as JSON (jsonb), on the channel and each fallback. */
  function renderAll(intent: NotificationIntent, hasEmail: boolean): Array<{ channel: NotificationChannel; locale: TemplateLocale; text: string; subject?: string }> {
    const stored = JSON.parse(JSON.stringify(intent.data)) as Record<string, unknown>;
    const out: Array<{ channel: NotificationChannel; locale: TemplateLocale; text: string; subject?: string }> = [];
    let channel: NotificationChannel | null = intent.channel;
    while (channel) {
      for (const locale of ['vi', 'en'] as const) {
        const r = renderer.render(intent.template as string, channel as 'SMS' | 'ZALO' | 'EMAIL', locale, stored);
        out.push({ channel, locale, text: r.text, subject: r.subject });
        if (channel === 'SMS') {
          const unaccented = renderer.render(intent.template as string, 'SMS', locale, { ...stored, unaccentedSms: true });
          expect(unaccented.sms?.encoding).toBe('GSM-7');
        }
      }
      channel = intent.role === 'BUYER' ? fallbackChannel(channel, { email: hasEmail }) : null;
    }
    return out;
  }

  it.each(ALL.map((v) => [`${v.type}${v.variant ? ` [${v.variant}]` : ''}`, v] as const))('%s', (_label, v) => {
    for (const zalo of [true, false]) {
      for (const buyerEmail of [BUYER_EMAIL, null]) {
        for (const intent of plan(v, { zalo, contact: { buyerEmail } })) {
          if (intent.channel === 'WEBHOOK') {
            expect(intent.template).toBeNull();
            continue;
          }
          const rendered = renderAll(intent, buyerEmail !== null);
          expect(rendered.length).toBeGreaterThan(0);
          for (const r of rendered) {
            if (intent.role !== 'OPERATOR') expect(`${r.subject ?? ''} ${r.text}`).toContain(SAMPLE.code);
            if (intent.role === 'BUYER') expect(r.text).toContain(`${PORTAL}/tra-cuu`);
            expect(r.text).not.toMatch(/undefined|null|NaN|\[object/);
          }
        }
      }
    }
  });
});

describe('webhook routing', () => {
  it('every type a marketplace or a payment partner may receive is consumed', () => {
    const notified = new Set<string>(NOTIFIED_EVENTS);
    expect([...MARKETPLACE_WEBHOOK_EVENTS, ...PAYMENT_PARTNER_WEBHOOK_EVENTS].filter((t) => !notified.has(t))).toEqual([]);
  });

  it('payment partner events reach the partner named in the event, never the marketplace', () => {
    for (const type of PAYMENT_PARTNER_WEBHOOK_EVENTS) {
      const v = variant(type, 'other partner', { partnerId: OTHER_PARTNER } as never);
      const hooks = plan(v).filter((i) => i.channel === 'WEBHOOK');
      expect([type, hooks.map((i) => [i.role, i.endpointId])]).toEqual([type, [['PAYMENT_PARTNER', `endpoint-of-${OTHER_PARTNER}`]]]);
    }
  });

  it('marketplace events reach the order’s marketplace only, even when they name a payment partner', () => {
    const paidOut = plan(variant('escrow.escrow-paid-out', ''));
    expect(paidOut.filter((i) => i.channel === 'WEBHOOK').map((i) => [i.role, i.endpointId])).toEqual([['MARKETPLACE', `endpoint-of-${SAMPLE.marketplaceId}`]]);
    expect(ownersOf('escrow.payout-instruction-issued', SAMPLE.marketplaceId, SAMPLE.paymentPartnerId)).toEqual([SAMPLE.paymentPartnerId]);
    expect(ownersOf('disputes.dispute-opened', SAMPLE.marketplaceId, null)).toEqual([SAMPLE.marketplaceId]);
    expect(ownersOf('platform.operator-alert-raised', SAMPLE.marketplaceId, SAMPLE.paymentPartnerId)).toEqual([]);
    expect(ownersOf('orders.buyer-otp-requested', SAMPLE.marketplaceId, null)).toEqual([]);
  });
});
