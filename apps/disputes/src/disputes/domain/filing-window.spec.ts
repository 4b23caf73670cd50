import { DISPUTE_REASONS, type DisputeReason } from '@trustcircle/contracts';
import fc from 'fast-check';
import { type FilingDecision, filingWindow, type OrderFilingFacts, paidAt } from './filing-window';

const d = (day: number, hour = 0): Date => new Date(Date.UTC(2026, 10, day, hour));
const N = 7;

const paid: OrderFilingFacts = { paymentMethod: 'PREPAID', fundedAt: d(1), inspectionEndsAt: null, receiptConfirmedAt: null, expectedDeliveryAt: d(5), deliveredAt: null };
const delivered: OrderFilingFacts = { ...paid, deliveredAt: d(4), inspectionEndsAt: d(7) };
const deliveredLate: OrderFilingFacts = { ...paid, deliveredAt: d(14), inspectionEndsAt: d(17) };
/** A COD order: nothing paid until the courier delivers (and collects) it. */
const cod: OrderFilingFacts = { ...paid, paymentMethod: 'COD', fundedAt: null };
const codDelivered: OrderFilingFacts = { ...cod, deliveredAt: d(4), inspectionEndsAt: d(7) };

describe('filingWindow', () => {
  it.each<[string, OrderFilingFacts, DisputeReason, Date, FilingDecision]>([
    ['before payment', { ...paid, fundedAt: null }, 'DAMAGED', d(1), { allowed: false, code: 'ORDER_NOT_PAID', passedAt: null }],
    ['before the funding instant', paid, 'DAMAGED', d(0, 23), { allowed: false, code: 'ORDER_NOT_PAID', passedAt: null }],
    ['at payment', paid, 'DAMAGED', d(1), { allowed: true, closesAt: null }],
    ['paid, not delivered yet', paid, 'WRONG_ITEM', d(20), { allowed: true, closesAt: null }],
    ['in the inspection window', delivered, 'DAMAGED', d(6, 23), { allowed: true, closesAt: d(7) }],
    ['at the end of the inspection window', delivered, 'DAMAGED', d(7), { allowed: false, code: 'INSPECTION_WINDOW_ENDED', passedAt: d(7) }],
    ['after the inspection window', delivered, 'COUNTERFEIT', d(9), { allowed: false, code: 'INSPECTION_WINDOW_ENDED', passedAt: d(7) }],
    ['after the buyer confirmed receipt', { ...delivered, receiptConfirmedAt: d(5) }, 'DAMAGED', d(6), { allowed: false, code: 'RECEIPT_CONFIRMED', passedAt: d(5) }],
    ['NOT_RECEIVED after confirming receipt', { ...delivered, receiptConfirmedAt: d(5) }, 'NOT_RECEIVED', d(6), { allowed: false, code: 'RECEIPT_CONFIRMED', passedAt: d(5) }],
    ['NOT_RECEIVED, parcel late, within N days', paid, 'NOT_RECEIVED', d(11, 23), { allowed: true, closesAt: d(12) }],
    ['NOT_RECEIVED, parcel late, N days passed', paid, 'NOT_RECEIVED', d(12), { allowed: false, code: 'NOT_RECEIVED_WINDOW_ENDED', passedAt: d(12) }],
    ['NOT_RECEIVED, marked delivered, after inspection but within N days', delivered, 'NOT_RECEIVED', d(10), { allowed: true, closesAt: d(12) }],
    ['NOT_RECEIVED, delivered late: the inspection window is longer', deliveredLate, 'NOT_RECEIVED', d(15), { allowed: true, closesAt: d(17) }],
    ['NOT_RECEIVED, delivered late, inspection window over', deliveredLate, 'NOT_RECEIVED', d(17), { allowed: false, code: 'INSPECTION_WINDOW_ENDED', passedAt: d(17) }],
    ['NOT_RECEIVED with no expected delivery follows the inspection window', { ...delivered, expectedDeliveryAt: null }, 'NOT_RECEIVED', d(8), { allowed: false, code: 'INSPECTION_WINDOW_ENDED', passedAt: d(7) }],
    ['another reason ignores the NOT_RECEIVED extension', delivered, 'MISSING_PARTS', d(10), { allowed: false, code: 'INSPECTION_WINDOW_ENDED', passedAt: d(7) }],
    ['an unknown payment method reads as prepaid', { ...paid, paymentMethod: null }, 'DAMAGED', d(2), { allowed: true, closesAt: null }],
    ['COD, not delivered yet', cod, 'DAMAGED', d(3), { allowed: false, code: 'ORDER_NOT_PAID', passedAt: null }],
    ['COD, not delivered, NOT_RECEIVED past the expected delivery: nothing paid', cod, 'NOT_RECEIVED', d(8), { allowed: false, code: 'ORDER_NOT_PAID', passedAt: null }],
    ['COD: the delivery, not a remittance, is the payment instant when both are known', { ...cod, fundedAt: d(1), deliveredAt: d(4) }, 'DAMAGED', d(3), { allowed: false, code: 'ORDER_NOT_PAID', passedAt: null }],
    ['COD, just before the delivery instant', codDelivered, 'DAMAGED', d(3, 23), { allowed: false, code: 'ORDER_NOT_PAID', passedAt: null }],
    ['COD, at delivery (paid at the door)', codDelivered, 'DAMAGED', d(4), { allowed: true, closesAt: d(7) }],
    ['COD, delivered, not remitted: in the inspection window', codDelivered, 'WRONG_ITEM', d(6), { allowed: true, closesAt: d(7) }],
    ['COD, delivered and remitted: in the inspection window', { ...codDelivered, fundedAt: d(5) }, 'DAMAGED', d(6), { allowed: true, closesAt: d(7) }],
    ['COD, inspection window over', codDelivered, 'DAMAGED', d(7), { allowed: false, code: 'INSPECTION_WINDOW_ENDED', passedAt: d(7) }],
    ['COD, receipt confirmed', { ...codDelivered, receiptConfirmedAt: d(5) }, 'DAMAGED', d(6), { allowed: false, code: 'RECEIPT_CONFIRMED', passedAt: d(5) }],
    ['COD, marked delivered, NOT_RECEIVED within N days of the expected delivery', codDelivered, 'NOT_RECEIVED', d(10), { allowed: true, closesAt: d(12) }],
    ['COD, remitted before disputes learnt of the delivery: the remittance proves payment', { ...cod, fundedAt: d(5) }, 'DAMAGED', d(6), { allowed: true, closesAt: null }],
  ])('%s', (_name, facts, reason, now, expected) => {
    expect(filingWindow(facts, reason, now, N)).toEqual(expected);
  });

  it('allows a filing exactly when now is before closesAt, and a refusal names a passed deadline', () => {
    const date = fc.integer({ min: 0, max: 60 }).map((h) => new Date(Date.UTC(2026, 10, 1) + h * 12 * 3_600_000));
    const facts = fc.record({
      paymentMethod: fc.constantFrom('PREPAID' as const, 'COD' as const, null),
      fundedAt: fc.option(date, { nil: null }),
      inspectionEndsAt: fc.option(date, { nil: null }),
      receiptConfirmedAt: fc.option(date, { nil: null }),
      expectedDeliveryAt: fc.option(date, { nil: null }),
      deliveredAt: fc.option(date, { nil: null }),
    });
    fc.assert(
      fc.property(facts, fc.constantFrom(...DISPUTE_REASONS), date, fc.integer({ min: 0, max: 30 }), (f, reason, now, days) => {
        const r = filingWindow(f, reason, now, days);
        const paid = f.paymentMethod === 'COD' ? (f.deliveredAt ?? f.fundedAt) : f.fundedAt;
        if (!paid || now < paid) expect(r).toEqual({ allowed: false, code: 'ORDER_NOT_PAID', passedAt: null });
        if (r.allowed) {
          expect(paid && paid <= now).toBeTruthy();
          if (f.paymentMethod === 'COD') expect(f.deliveredAt === null || f.deliveredAt <= now).toBe(true);
          if (r.closesAt) expect(now < r.closesAt).toBe(true);
        } else if (r.passedAt) {
          expect(r.passedAt <= now).toBe(true);
        }
      }),
    );
  });

  describe('paidAt', () => {
    it.each<[string, Pick<OrderFilingFacts, 'paymentMethod' | 'fundedAt' | 'deliveredAt'>, Date | null]>([
      ['prepaid: when funded', { paymentMethod: 'PREPAID', fundedAt: d(1), deliveredAt: d(4) }, d(1)],
      ['prepaid, delivered but not funded: not paid', { paymentMethod: 'PREPAID', fundedAt: null, deliveredAt: d(4) }, null],
      ['unknown method: as prepaid', { paymentMethod: null, fundedAt: d(1), deliveredAt: null }, d(1)],
      ['COD: at delivery, not at remittance', { paymentMethod: 'COD', fundedAt: d(6), deliveredAt: d(4) }, d(4)],
      ['COD, not delivered nor remitted: not paid', { paymentMethod: 'COD', fundedAt: null, deliveredAt: null }, null],
      ['COD, remitted before the delivery was learnt', { paymentMethod: 'COD', fundedAt: d(6), deliveredAt: null }, d(6)],
    ])('%s', (_name, facts, expected) => {
      expect(paidAt(facts)).toEqual(expected);
    });
  });
});
