import { randomUUID } from 'node:crypto';
import { LEDGER_RULES, validateEventPayload } from '@trustcircle/contracts';
import type { LedgerCheckReport } from '../ledger-check-report';
import { failureCountsByRule, ledgerCheckAlert, ledgerCheckFailedEvent, ledgerCheckFailures, MAX_REPORTED_FAILURES } from './ledger-check-failures';

function sound(overrides: Partial<LedgerCheckReport> = {}): LedgerCheckReport {
  return {
    ok: true,
    transactions: 10,
    unbalancedTransactions: [],
    driftedAccounts: [],
    trialBalance: { debits: 500n, credits: 500n },
    heldTotal: 300n,
    heldInOpenEscrows: 300n,
    heldOutsideOpenEscrows: [],
    conservationBroken: [],
    negativeBalances: [],
    orderIds: {},
    ...overrides,
  };
}

describe('ledgerCheckFailures', () => {
  it('finds nothing in a sound ledger', () => {
    expect(ledgerCheckFailures(sound())).toEqual([]);
    expect(failureCountsByRule([])).toEqual({ ENTRY_UNBALANCED: 0, CONSERVATION_BROKEN: 0, HELD_TOTAL_MISMATCH: 0, NEGATIVE_BALANCE: 0 });
  });

  it('names each broken rule with its order and entry, platform-wide findings with null ids', () => {
    const [txId, entryId, orderId, escrowId, closed, closedOrder] = Array.from({ length: 6 }, () => randomUUID());
    const failures = ledgerCheckFailures(
      sound({
        ok: false,
        unbalancedTransactions: [{ id: txId, idempotencyKey: 'k:FUND', net: 5n, entries: 1, orderId, firstEntryId: entryId }],
        trialBalance: { debits: 500n, credits: 505n },
        conservationBroken: [{ escrowId, orderId, funded: 100n, clawedBack: 0n, released: 120n, refunded: 0n, held: 0n }],
        driftedAccounts: [{ id: randomUUID(), code: 'platform_fee_revenue', phase: 'POSTED', storedDebits: 0n, storedCredits: 10n, entryDebits: 0n, entryCredits: 9n }],
        heldOutsideOpenEscrows: [{ escrowId: closed, state: 'CANCELLED', held: 42n }],
        heldTotal: 342n,
        heldInOpenEscrows: 300n,
        negativeBalances: [{ id: randomUUID(), code: `seller_payable:${escrowId}`, type: 'SELLER_PAYABLE', escrowId, orderId, balance: -20n }],
        orderIds: { [escrowId]: orderId, [closed]: closedOrder },
      }),
    );
    expect(failures).toEqual([
      { rule: 'ENTRY_UNBALANCED', orderId, entryId, detail: expect.stringContaining(`transaction ${txId} (k:FUND) nets 5 VND over 1 entries`) },
      { rule: 'ENTRY_UNBALANCED', orderId: null, entryId: null, detail: expect.stringContaining('posted debits 500 VND ≠ posted credits 505 VND') },
      { rule: 'CONSERVATION_BROKEN', orderId, entryId: null, detail: `escrow ${escrowId}: funded 100 ≠ released 120 + refunded 0 + held 0 (VND)` },
      { rule: 'CONSERVATION_BROKEN', orderId: null, entryId: null, detail: expect.stringContaining('account platform_fee_revenue: stored posted debits/credits 0/10') },
      { rule: 'HELD_TOTAL_MISMATCH', orderId: closedOrder, entryId: null, detail: `escrow ${closed} (CANCELLED) still holds 42 VND` },
      { rule: 'HELD_TOTAL_MISMATCH', orderId: null, entryId: null, detail: 'held total 342 VND ≠ held by open escrows 300 VND' },
      { rule: 'NEGATIVE_BALANCE', orderId, entryId: null, detail: `account seller_payable:${escrowId} (SELLER_PAYABLE) is at -20 VND` },
    ]);
    expect(failureCountsByRule(failures)).toEqual({ ENTRY_UNBALANCED: 2, CONSERVATION_BROKEN: 2, HELD_TOTAL_MISMATCH: 2, NEGATIVE_BALANCE: 1 });
  });

  it('mentions claw-backs in a conservation failure only when there are some, and an unknown escrow as such', () => {
    const escrowId = randomUUID();
    const [conservation, held] = ledgerCheckFailures(
      sound({
        conservationBroken: [{ escrowId, orderId: null, funded: 100n, clawedBack: 30n, released: 100n, refunded: 0n, held: 0n }],
        heldOutsideOpenEscrows: [{ escrowId, state: null, held: 1n }],
        heldTotal: 301n,
        heldInOpenEscrows: 300n,
      }),
    );
    expect(conservation.detail).toBe(`escrow ${escrowId}: funded 100 + clawed back 30 ≠ released 100 + refunded 0 + held 0 (VND)`);
    expect(held).toMatchObject({ rule: 'HELD_TOTAL_MISMATCH', orderId: null, detail: `escrow ${escrowId} (unknown) still holds 1 VND` });
  });
});

describe('ledgerCheckFailedEvent and ledgerCheckAlert', () => {
  const checkedAt = new Date('2026-11-05T10:00:00.000Z');
  const many = Array.from({ length: 250 }, (_, i) => ({ rule: LEDGER_RULES[i % 4], orderId: null, entryId: null, detail: `failure ${i}` }));

  it('keeps the first 100 failures and counts all, as a valid escrow.ledger-check-failed', () => {
    const checkId = randomUUID();
    const event = ledgerCheckFailedEvent({ checkId, trigger: 'SCHEDULED', checkedAt, failures: many });
    expect(event).toMatchObject({ checkId, trigger: 'SCHEDULED', failureCount: 250, checkedAt: '2026-11-05T10:00:00.000Z' });
    expect(event.failures).toHaveLength(MAX_REPORTED_FAILURES);
    expect(event.failures[99].detail).toBe('failure 99');
    expect(validateEventPayload('escrow.ledger-check-failed', event)).toMatchObject({ ok: true });
  });

  it('truncates a detail to the contract’s 500 characters', () => {
    const escrowId = randomUUID();
    const [f] = ledgerCheckFailures(sound({ heldOutsideOpenEscrows: [{ escrowId, state: 'X'.repeat(600), held: 1n }], heldTotal: 301n }));
    expect(f.detail).toHaveLength(500);
    expect(validateEventPayload('escrow.ledger-check-failed', ledgerCheckFailedEvent({ checkId: randomUUID(), trigger: 'ON_DEMAND', checkedAt, failures: [f] }))).toMatchObject({ ok: true });
  });

  it('raises a CRITICAL LEDGER_CHECK_FAILED alert with counts per rule and no order', () => {
    const checkId = randomUUID();
    const alert = ledgerCheckAlert({ alertId: randomUUID(), checkId, trigger: 'ON_DEMAND', checkedAt, failures: many.slice(0, 5) });
    expect(alert).toMatchObject({ severity: 'CRITICAL', code: 'LEDGER_CHECK_FAILED', service: 'escrow', orderId: null, raisedAt: '2026-11-05T10:00:00.000Z' });
    expect(alert.message).toContain(`on-demand ledger check ${checkId} found 5 broken rule(s): ENTRY_UNBALANCED ×2, CONSERVATION_BROKEN ×1, HELD_TOTAL_MISMATCH ×1, NEGATIVE_BALANCE ×1`);
    expect(validateEventPayload('platform.operator-alert-raised', alert)).toMatchObject({ ok: true });
  });
});
