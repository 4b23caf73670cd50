import { accountRuleViolation, balanceViews, moveTotals, ZERO_TOTALS } from './ledger-balance';
import { LedgerError } from './ledger-error';

describe('two-phase totals (moveTotals) and the balance views', () => {
  // A seller payable of 1,000 posted, then a payout of 700 in flight.
  const payable = moveTotals(ZERO_TOTALS, 'POST', 0n, 1_000n);
  const inFlight = moveTotals(payable, 'PEND', 700n, 0n);

  it('puts a pending transaction in the pending totals: available = posted − in flight, pending = posted − in flight', () => {
    expect(inFlight).toEqual({ postedDebits: 0n, postedCredits: 1_000n, pendingDebits: 700n, pendingCredits: 0n });
    expect(balanceViews('SELLER_PAYABLE', inFlight)).toEqual({ posted: 1_000n, pending: 300n, available: 300n });
  });

  it('shows money pending into a debit-normal clearing account on its pending view only', () => {
    const clearing = moveTotals(moveTotals(ZERO_TOTALS, 'POST', 1_000n, 0n), 'PEND', 0n, 700n);
    expect(balanceViews('PARTNER_CLEARING', clearing)).toEqual({ posted: 1_000n, pending: 300n, available: 300n });
    const incoming = moveTotals(ZERO_TOTALS, 'PEND', 0n, 500n);
    expect(balanceViews('HELD_FUNDS', incoming)).toEqual({ posted: 0n, pending: 500n, available: 0n });
  });

  it('posts a pending transaction for good: the amounts move from pending to posted', () => {
    const posted = moveTotals(inFlight, 'POST_PENDING', 700n, 0n);
    expect(posted).toEqual({ postedDebits: 700n, postedCredits: 1_000n, pendingDebits: 0n, pendingCredits: 0n });
    expect(balanceViews('SELLER_PAYABLE', posted)).toEqual({ posted: 300n, pending: 300n, available: 300n });
  });

  it('voids a pending transaction: the amounts leave the pending totals, nothing is posted', () => {
    const voided = moveTotals(inFlight, 'VOID_PENDING', 700n, 0n);
    expect(voided).toEqual(payable);
    expect(balanceViews('SELLER_PAYABLE', voided)).toEqual({ posted: 1_000n, pending: 1_000n, available: 1_000n });
  });

  it('refuses to resolve more than is pending', () => {
    expect(() => moveTotals(inFlight, 'VOID_PENDING', 701n, 0n)).toThrow(LedgerError);
    expect(() => moveTotals(inFlight, 'POST_PENDING', 0n, 1n)).toThrow(/PENDING_UNDERFLOW/);
  });

  it('counts money pending out of held funds or suspense against them (a pending overdraft breaks the rule)', () => {
    const held = moveTotals(ZERO_TOTALS, 'POST', 0n, 100n);
    expect(accountRuleViolation('HELD_FUNDS', moveTotals(held, 'PEND', 100n, 0n))).toBeNull();
    expect(accountRuleViolation('HELD_FUNDS', moveTotals(held, 'PEND', 101n, 0n))).toBe('HELD_FUNDS_NEGATIVE');
    expect(accountRuleViolation('SUSPENSE', moveTotals(held, 'PEND', 101n, 0n))).toBe('SUSPENSE_NEGATIVE');
    // Money pending in does not make an overdraft spendable.
    expect(accountRuleViolation('HELD_FUNDS', moveTotals(moveTotals(held, 'PEND', 0n, 50n), 'POST', 120n, 0n))).toBe('HELD_FUNDS_NEGATIVE');
  });
});
