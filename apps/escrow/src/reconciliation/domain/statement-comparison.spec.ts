import type { LineKind, OurLine, TheirLine } from './reconciliation-line';
import { compareStatement } from './statement-comparison';

const at = new Date('2026-11-28T03:00:00.000Z');

function ours(kind: LineKind, reference: string, amount: bigint, partnerReference: string | null = null): OurLine {
  return { kind, id: `id-${reference}`, reference, partnerReference, originalPartnerTxnId: null, orderId: null, amount, occurredAt: at };
}

function theirs(lines: Array<[LineKind, string, bigint]>): TheirLine[] {
  return lines.map(([kind, reference, amount], index) => ({ index, kind, reference, amount }));
}

describe('compareStatement', () => {
  it('is balanced when both sides have the same lines in any order', () => {
    const c = compareStatement([ours('PAYMENT', 'T1', 100n), ours('PAYMENT', 'T2', 200n)], theirs([['PAYMENT', 'T2', 200n], ['PAYMENT', 'T1', 100n]]));
    expect(c.balanced).toBe(true);
    expect(c.matched.map((m) => [m.reference, m.theirs.index])).toEqual([['T2', 0], ['T1', 1]]);
    expect([c.oursOnly, c.theirsOnly, c.amountMismatches]).toEqual([[], [], []]);
  });

  it('sorts lines into matched, ours only, theirs only and amount mismatches (with both amounts)', () => {
    const c = compareStatement(
      [ours('PAYMENT', 'T1', 100n), ours('PAYMENT', 'T2', 200n), ours('PAYMENT', 'T3', 300n)],
      theirs([['PAYMENT', 'T1', 100n], ['PAYMENT', 'T2', 250n], ['PAYMENT', 'T9', 900n]]),
    );
    expect(c.balanced).toBe(false);
    expect(c.matched.map((m) => m.reference)).toEqual(['T1']);
    expect(c.amountMismatches).toEqual([expect.objectContaining({ reference: 'T2', ourAmount: 200n, theirAmount: 250n })]);
    expect(c.oursOnly.map((l) => l.reference)).toEqual(['T3']);
    expect(c.theirsOnly).toEqual([{ line: { index: 2, kind: 'PAYMENT', reference: 'T9', amount: 900n }, duplicate: false }]);
  });

  it('takes a statement line repeated as theirs only, flagged duplicate, and our line matched once', () => {
    const c = compareStatement([ours('PAYMENT', 'T1', 100n)], theirs([['PAYMENT', 'T1', 100n], ['PAYMENT', 'T1', 100n], ['PAYMENT', 'X', 5n], ['PAYMENT', 'X', 5n]]));
    expect(c.matched).toHaveLength(1);
    expect(c.theirsOnly.map((t) => [t.line.index, t.duplicate])).toEqual([[1, true], [2, false], [3, true]]);
    expect(c.balanced).toBe(false);
  });

  it('matches an instruction by its id (any case) or by the partner reference it was settled with', () => {
    const payout = ours('PAYOUT', '0b6f7c1e-1111-4a2b-9c3d-aaaaaaaaaaaa', 500n, 'BANK-REF-1');
    const refund = ours('REFUND', '0b6f7c1e-2222-4a2b-9c3d-bbbbbbbbbbbb', 70n, 'BANK-REF-2');
    const c = compareStatement([payout, refund], theirs([['PAYOUT', '0B6F7C1E-1111-4A2B-9C3D-AAAAAAAAAAAA', 500n], ['REFUND', 'BANK-REF-2', 70n]]));
    expect(c.balanced).toBe(true);
    expect(c.matched.map((m) => m.ours)).toEqual([payout, refund]);
  });

  it('never matches across kinds, nor a payment by case-folded reference', () => {
    const c = compareStatement(
      [ours('PAYOUT', '0b6f7c1e-1111-4a2b-9c3d-aaaaaaaaaaaa', 500n), ours('PAYMENT', 'abc', 10n)],
      theirs([['REFUND', '0b6f7c1e-1111-4a2b-9c3d-aaaaaaaaaaaa', 500n], ['PAYMENT', 'ABC', 10n]]),
    );
    expect(c.matched).toEqual([]);
    expect(c.oursOnly).toHaveLength(2);
    expect(c.theirsOnly).toHaveLength(2);
  });

  it('is balanced for an empty day on both sides, and lists every line of ours for an empty statement', () => {
    expect(compareStatement([], []).balanced).toBe(true);
    const c = compareStatement([ours('PAYMENT', 'T1', 1n)], []);
    expect(c.oursOnly).toHaveLength(1);
    expect(c.balanced).toBe(false);
  });
});
