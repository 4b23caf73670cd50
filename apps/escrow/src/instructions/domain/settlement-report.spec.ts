import { decideReport, type RecordedReport, type SettlementAnswer, type SettlementReport } from './settlement-report';

const at = new Date('2026-02-01T10:00:00Z');
const settled: SettlementReport = { status: 'SETTLED', reference: 'FT-1', reason: null, reportedAt: at };
const answer: SettlementAnswer = { instructionId: 'i', kind: 'PAYOUT', status: 'SETTLED', attempt: 1, nextAction: null, nextAttemptAt: null, recordedAt: at.toISOString() };
const recorded: RecordedReport = { ...settled, answer };

describe('decideReport', () => {
  it('applies a first report to a PENDING instruction', () => {
    expect(decideReport({ status: 'PENDING' }, [], settled)).toEqual({ kind: 'apply' });
  });

  it('answers a repeat with the same content as the first', () => {
    expect(decideReport({ status: 'SETTLED' }, [recorded], { ...settled, reportedAt: new Date(at.getTime()) })).toEqual({ kind: 'repeat', answer });
  });

  it('refuses a settlement with another reference, or a failure after settlement', () => {
    expect(decideReport({ status: 'SETTLED' }, [recorded], { ...settled, reference: 'FT-2' }).kind).toBe('conflict');
    expect(decideReport({ status: 'SETTLED' }, [recorded], { ...settled, status: 'FAILED', reason: 'closed' }).kind).toBe('conflict');
  });

  it('refuses reports while a retry waits, after escalation, or before issue', () => {
    for (const status of ['FAILED', 'ESCALATED', 'AWAITING_ACCOUNT'] as const) expect(decideReport({ status }, [], settled).kind).toBe('conflict');
  });

  it('answers a repeat of an earlier attempt’s failure even after the retry was issued', () => {
    const failed: RecordedReport = { status: 'FAILED', reference: 'R-1', reason: 'account closed', reportedAt: at, answer: { ...answer, status: 'FAILED', nextAction: 'RETRY' } };
    expect(decideReport({ status: 'PENDING' }, [failed], { status: 'FAILED', reference: 'R-1', reason: 'account closed', reportedAt: at }).kind).toBe('repeat');
  });
});
