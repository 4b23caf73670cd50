import type { EventEnvelope } from '@trustcircle/contracts';
import { type OrderContact, type PlanContext, planNotifications } from './notification-plan';

const contact: OrderContact = {
  orderId: '11111111-1111-4111-8111-111111111111',
  orderCode: 'TC-7KQ4-M2XD',
  marketplaceId: '22222222-2222-4222-8222-222222222222',
  buyerPhone: '+84901234567',
  buyerEmail: null,
  sellerEmail: null,
  totalAmount: 1_235_000n,
  paymentReference: 'TC7KQ4M2XD',
  paymentExpiresAt: null,
};
const ctx = (over: Partial<PlanContext> = {}): PlanContext => ({
  contact,
  marketplace: { zaloEnabled: false, unaccentedSms: false },
  endpoints: [],
  operatorAlertEmail: null,
  portalUrl: 'https://trustcircle.vn/',
  ...over,
});
const event = (type: string, data: Record<string, unknown> = {}): EventEnvelope =>
  ({ id: 'e1', type, version: 1, occurredAt: '2026-11-28T10:00:00.000Z', data: { orderId: contact.orderId, ...data } }) as unknown as EventEnvelope;
const summary = (intents: ReturnType<typeof planNotifications>) => intents.map((i) => [i.role, i.channel, i.recipient, i.template, i.critical]);

describe('planNotifications', () => {
  it('texts the buyer each milestone with the order code and the portal; critical for money and deadlines', () => {
    const funded = planNotifications(event('escrow.escrow-funded'), ctx());
    expect(summary(funded)).toEqual([['BUYER', 'SMS', '+84901234567', 'escrow-funded', false]]);
    expect(funded[0].data).toMatchObject({ orderCode: 'TC-7KQ4-M2XD', portalUrl: 'https://trustcircle.vn/', totalAmount: 1_235_000 });
    expect(summary(planNotifications(event('escrow.escrow-refunded'), ctx()))).toEqual([['BUYER', 'SMS', '+84901234567', 'refunded', true]]);
    expect(summary(planNotifications(event('escrow.escrow-released'), ctx()))).toEqual([['BUYER', 'SMS', '+84901234567', 'released', true]]);
  });

  it('uses Zalo first where the marketplace enables it, and email too where the buyer gave one', () => {
    const plan = planNotifications(event('escrow.inspection-started'), ctx({ contact: { ...contact, buyerEmail: 'hoa@example.com' }, marketplace: { zaloEnabled: true, unaccentedSms: true } }));
    expect(summary(plan)).toEqual([
      ['BUYER', 'ZALO', '+84901234567', 'delivered', false],
      ['BUYER', 'EMAIL', 'hoa@example.com', 'delivered', false],
    ]);
    expect(plan[0].data.unaccentedSms).toBe(true);
  });

  it('applies conditional rules: outbound first scans only, rejections only, the buyer’s or the merchant’s reminder', () => {
    expect(planNotifications(event('delivery.shipment-first-scanned', { direction: 'RETURN' }), ctx())).toEqual([]);
    expect(summary(planNotifications(event('delivery.shipment-first-scanned', { direction: 'OUTBOUND' }), ctx()))).toEqual([['BUYER', 'SMS', '+84901234567', 'shipped', false]]);
    expect(planNotifications(event('disputes.merchant-responded', { action: 'ACCEPT' }), ctx())).toEqual([]);
    expect(summary(planNotifications(event('disputes.merchant-responded', { action: 'REJECT' }), ctx()))).toEqual([['BUYER', 'SMS', '+84901234567', 'dispute-merchant-rejected', true]]);
    const seller = ctx({ contact: { ...contact, sellerEmail: 'shop@example.com' } });
    expect(summary(planNotifications(event('disputes.deadline-reminder', { recipientRole: 'MERCHANT' }), seller))).toEqual([['SELLER', 'EMAIL', 'shop@example.com', 'marketplace-dispute-deadline', true]]);
    expect(summary(planNotifications(event('disputes.deadline-reminder', { recipientRole: 'BUYER' }), seller))).toEqual([['BUYER', 'SMS', '+84901234567', 'dispute-deadline-reminder', true]]);
  });

  it('sends one webhook per subscribed endpoint, the marketplace’s or the payment partner’s', () => {
    const plan = planNotifications(event('escrow.escrow-paid-out'), ctx({ endpoints: [{ id: 'ep1', ownerPartnerId: contact.marketplaceId }, { id: 'ep2', ownerPartnerId: 'partner' }] }));
    expect(summary(plan)).toEqual([
      ['MARKETPLACE', 'WEBHOOK', 'ep1', null, false],
      ['PAYMENT_PARTNER', 'WEBHOOK', 'ep2', null, false],
    ]);
  });

  it('without the order’s contacts, only webhooks and operators hear of it; operators’ alerts go to their email when set', () => {
    expect(planNotifications(event('escrow.escrow-funded'), ctx({ contact: null }))).toEqual([]);
    const alert = planNotifications(event('platform.operator-alert-raised', { code: 'LEDGER_CHECK_FAILED' }), ctx({ contact: null, operatorAlertEmail: 'ops@trustcircle.vn' }));
    expect(summary(alert)).toEqual([['OPERATOR', 'EMAIL', 'ops@trustcircle.vn', 'operator-alert', true]]);
    expect(planNotifications(event('platform.operator-alert-raised'), ctx({ contact: null }))).toEqual([]);
    const both = planNotifications(event('platform.operator-alert-raised'), ctx({ contact: null, operatorAlertEmail: 'ops@trustcircle.vn', operatorAlertPhone: '+84987654321' }));
    expect(summary(both)).toEqual([
      ['OPERATOR', 'EMAIL', 'ops@trustcircle.vn', 'operator-alert', true],
      ['OPERATOR', 'SMS', '+84987654321', 'operator-alert', true],
    ]);
  });

  describe('cash on delivery', () => {
    const marketplaceHook = { id: 'ep1', ownerPartnerId: contact.marketplaceId };

    it('asks a COD buyer owed a refund for an account: SMS (not critical: quiet hours hold) with the amount and the portal, and the marketplace’s webhook', () => {
      const plan = planNotifications(event('escrow.refund-destination-required', { escrowId: 'esc', amount: 400_000, requestedAt: '2026-11-28T10:00:00.000Z' }), ctx({ endpoints: [marketplaceHook] }));
      expect(summary(plan)).toEqual([
        ['BUYER', 'SMS', '+84901234567', 'refund-destination-required', false],
        ['MARKETPLACE', 'WEBHOOK', 'ep1', null, false],
      ]);
      expect(plan[0].data).toMatchObject({ orderCode: 'TC-7KQ4-M2XD', portalUrl: 'https://trustcircle.vn/', amount: 400_000, totalAmount: 1_235_000 });
    });

    it('tells no buyer nor seller of a remittance line or a collection mismatch: the marketplace’s webhook only', () => {
      const full = ctx({ contact: { ...contact, buyerEmail: 'hoa@example.com', sellerEmail: 'shop@example.com' }, endpoints: [marketplaceHook] });
      for (const type of ['escrow.cod-remitted', 'escrow.cod-collection-mismatch']) {
        expect([type, summary(planNotifications(event(type, { amount: 1_235_000 }), full))]).toEqual([type, [['MARKETPLACE', 'WEBHOOK', 'ep1', null, false]]]);
        expect([type, planNotifications(event(type), ctx())]).toEqual([type, []]);
      }
    });
  });
});
