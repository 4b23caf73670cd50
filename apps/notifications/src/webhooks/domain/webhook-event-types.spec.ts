import { EVENT_CATALOGUE } from '@trustcircle/contracts';
import { checkSubscription, endpointReceives, MARKETPLACE_WEBHOOK_EVENTS, PAYMENT_PARTNER_WEBHOOK_EVENTS } from './webhook-event-types';

describe('webhook event types', () => {
  it('lists only events the notifications service consumes (it can route nothing else)', () => {
    const notConsumed = [...MARKETPLACE_WEBHOOK_EVENTS, ...PAYMENT_PARTNER_WEBHOOK_EVENTS].filter(
      (t) => !(EVENT_CATALOGUE[t].consumers as readonly string[]).includes('notifications'),
    );
    expect(notConsumed).toEqual([]);
  });

  it('keeps one-time codes and operator-only events out of every list', () => {
    const all: string[] = [...MARKETPLACE_WEBHOOK_EVENTS, ...PAYMENT_PARTNER_WEBHOOK_EVENTS];
    expect(all.filter((t) => ['orders.buyer-otp-requested', 'platform.operator-alert-raised', 'escrow.manual-action-proposed', 'partners.partner-upserted'].includes(t))).toEqual([]);
  });

  it('accepts the owner kind’s own types and *, without duplicates', () => {
    expect(checkSubscription('MARKETPLACE', ['disputes.dispute-opened', 'escrow.escrow-released', 'disputes.dispute-opened'])).toEqual({
      ok: true,
      events: ['disputes.dispute-opened', 'escrow.escrow-released'],
    });
    expect(checkSubscription('PAYMENT_PARTNER', ['escrow.payout-instruction-issued', '*'])).toEqual({ ok: true, events: ['*'] });
  });

  it('names the first refused item: unknown, or another kind’s', () => {
    expect(checkSubscription('MARKETPLACE', ['disputes.dispute-opened', 'orders.nope'])).toEqual({
      ok: false,
      index: 1,
      message: 'events.1 is not an event type a marketplace can receive (see GET /docs for the catalogue)',
    });
    expect(checkSubscription('PAYMENT_PARTNER', ['disputes.dispute-opened'])).toEqual({
      ok: false,
      index: 0,
      message: 'events.0 is not an event type a payment partner can receive (see GET /docs for the catalogue)',
    });
    expect(checkSubscription('MARKETPLACE', [])).toEqual({ ok: false, index: -1, message: 'events must name at least one event type, or "*"' });
  });

  it('* covers only what the owner kind may receive', () => {
    expect(endpointReceives('MARKETPLACE', ['*'], 'disputes.dispute-decided')).toBe(true);
    expect(endpointReceives('MARKETPLACE', ['*'], 'escrow.payout-instruction-issued')).toBe(false);
    expect(endpointReceives('PAYMENT_PARTNER', ['*'], 'escrow.payout-instruction-issued')).toBe(true);
    expect(endpointReceives('MARKETPLACE', ['disputes.dispute-opened'], 'disputes.dispute-decided')).toBe(false);
  });
});
