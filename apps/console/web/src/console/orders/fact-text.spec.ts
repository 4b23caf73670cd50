import { disputesOf, FACT_SENTENCES, factSentence, serviceLabel } from './fact-text';

describe(factSentence.name, () => {
  it('tells the facts of an order’s life in plain English, amounts in VND and times in Vietnam time', () => {
    expect(factSentence('orders.order-placed', { code: 'TC-7KQ4-M2XD', totalAmount: 1_235_000, paymentMethod: 'COD', paymentExpiresAt: null })).toBe(
      'Order TC-7KQ4-M2XD placed: 1.235.000 ₫, cash on delivery',
    );
    expect(factSentence('orders.order-placed', { code: 'TC-1', totalAmount: 450_000, paymentMethod: 'PREPAID', paymentExpiresAt: '2026-11-30T14:30:00.000Z' })).toBe(
      'Order TC-1 placed: 450.000 ₫, prepaid, to be paid by 21:30 30/11/2026',
    );
    expect(factSentence('orders.order-status-changed', { status: 'PARTIALLY_REFUNDED', previousStatus: 'DISPUTED' })).toBe('Status changed to partially refunded (was disputed)');
    expect(factSentence('escrow.escrow-funded', { heldAmount: 450_000, source: 'PREPAID', excessAmount: 0 })).toBe('Escrow funded: 450.000 ₫ held');
    expect(factSentence('escrow.escrow-released', { amount: 500_000, feeAmount: 10_000, sellerAmount: 490_000, reason: 'OPERATOR' })).toBe(
      '500.000 ₫ released to the seller (490.000 ₫ after a 10.000 ₫ fee), reason: operator',
    );
    expect(factSentence('delivery.shipment-status-changed', { status: 'EXCEPTION', late: true, flagged: false, codAmount: null })).toBe('Courier checkpoint: exception (late)');
    expect(factSentence('disputes.dispute-escalated', { escalatedBy: 'BUYER', priority: true, mediatorDueAt: '2026-11-29T14:30:00Z' })).toBe(
      'Escalated to mediation by the buyer (priority); the mediator must decide by 21:30 29/11/2026',
    );
    expect(factSentence('disputes.dispute-decided', { outcome: 'REFUND_PARTIAL', amount: 300_000, onTime: false })).toBe('The mediator decided: a partial refund of 300.000 ₫ (after the deadline)');
    expect(factSentence('disputes.dispute-opened', { reason: 'DAMAGED', requestedOutcome: 'REFUND_FULL', vulnerable: true, merchantResponseDueAt: '2026-11-29T14:30:00Z' })).toBe(
      'Dispute opened: damaged, the buyer asks for a full refund (vulnerable consumer); the merchant must answer by 21:30 29/11/2026',
    );
    expect(factSentence('notifications.notification-failed', { channel: 'ZALO', recipientRole: 'BUYER', attempt: 2, final: false, nextAttemptAt: '2026-11-29T14:35:00Z' })).toBe(
      'Zalo to the buyer failed (attempt 2); retrying at 21:35 29/11/2026',
    );
    expect(factSentence('notifications.notification-sent', { channel: 'SMS', recipientRole: 'BUYER', recipientMasked: '+8490***0000', template: 'order-placed.sms.vi@3' })).toBe(
      'SMS sent to the buyer (+8490***0000), template order-placed.sms.vi@3',
    );
  });

  it('still makes a sentence when the detail lacks fields, and names an unknown fact by its type', () => {
    for (const [type, sentence] of Object.entries(FACT_SENTENCES)) {
      const text = sentence === FACT_SENTENCES[type] ? factSentence(type, {}) : '';
      expect([type, text.length > 0, /undefined|null|NaN/.test(text)]).toEqual([type, true, false]);
    }
    expect(factSentence('console.dead-letter-replayed', {})).toBe('Dead letter replayed');
  });
});

describe('the timeline’s helpers', () => {
  it('names services as operators do and finds the disputes an order’s facts mention', () => {
    expect(['orders', 'escrow', 'delivery-tracking', 'disputes', 'notifications', 'console'].map(serviceLabel)).toEqual([
      'Orders',
      'Escrow',
      'Delivery',
      'Disputes',
      'Notifications',
      'Console',
    ]);
    expect(disputesOf([{ detail: { disputeId: 'd-1' } }, { detail: {} }, { detail: { disputeId: 'd-2' } }, { detail: { disputeId: 'd-1' } }, { detail: { disputeId: null } }])).toEqual(['d-1', 'd-2']);
  });
});
