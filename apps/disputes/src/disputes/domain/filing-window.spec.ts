import { DISPUTE_REASONS, type DisputeReason } from '@trustcircle/contracts';
import fc from 'fast-check';
import { type FilingDecision, filingWindow, type OrderFilingFacts } from './filing-window';

const d = (day: number, hour = 0): Date => new Date(Date.UTC(2026, 10, day, hour));
const N = 7;

const paid: OrderFilingFacts = { fundedAt: d(1), inspectionEndsAt: null, receiptConfirmedAt: null, expectedDeliveryAt: d(5), deliveredAt: null };
const delivered: OrderFilingFacts = { ...paid, deliveredAt: d(4), inspectionEndsAt: d(7) };
const deliveredLate: OrderFilingFacts = { ...paid, deliveredAt: d(14), inspectionEndsAt: d(17) };

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
  ])('%s', (_name, facts, reason, now, expected) => {
    expect(filingWindow(facts, reason, now, N)).toEqual(expected);
  });

  it('allows a filing exactly when now is before closesAt, and a refusal names a passed deadline', () => {
    const date = fc.integer({ min: 0, max: 60 }).map((h) => new Date(Date.UTC(2026, 10, 1) + h * 12 * 3_600_000));
    const facts = fc.record({
      fundedAt: fc.option(date, { nil: null }),
      inspectionEndsAt: fc.option(date, { nil: null }),
      receiptConfirmedAt: fc.option(date, { nil: null }),
      expectedDeliveryAt: fc.option(date, { nil: null }),
      deliveredAt: fc.option(date, { nil: null }),
    });
    fc.assert(
      fc.property(facts, fc.constantFrom(...DISPUTE_REASONS), date, fc.integer({ min: 0, max: 30 }), (f, reason, now, days) => {
        const r = filingWindow(f, reason, now, days);
        if (r.allowed) {
          expect(f.fundedAt && f.fundedAt <= now).toBeTruthy();
          if (r.closesAt) expect(now < r.closesAt).toBe(true);
        } else if (r.passedAt) {
          expect(r.passedAt <= now).toBe(true);
        }
      }),
    );
  });
});
