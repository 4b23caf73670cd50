import { statementHash } from './reconcile-statement.use-case';

describe('statementHash', () => {
  const a = { reference: 'T1', kind: 'PAYMENT' as const, amount: 100n };
  const b = { reference: 'T2', kind: 'PAYMENT' as const, amount: 200n };

  it('is the same for the same lines in another order, and differs for another amount, line or date', () => {
    const h = statementHash({ date: '2026-11-28', lines: [a, b] });
    expect(statementHash({ date: '2026-11-28', lines: [b, a] })).toBe(h);
    expect(statementHash({ date: '2026-11-28', lines: [a, { ...b, amount: 201n }] })).not.toBe(h);
    expect(statementHash({ date: '2026-11-28', lines: [a] })).not.toBe(h);
    expect(statementHash({ date: '2026-11-29', lines: [a, b] })).not.toBe(h);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
  });
});
