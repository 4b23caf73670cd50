import { afterFailure, MAX_RETRY_DELAY_MS } from './instruction-retry-policy';

const now = new Date('2026-01-01T00:00:00Z');

describe('afterFailure', () => {
  it('retries with an exponential backoff while attempts are left', () => {
    expect(afterFailure(1, 3, 60_000, now)).toEqual({ nextAction: 'RETRY', nextAttemptAt: new Date(now.getTime() + 60_000) });
    expect(afterFailure(2, 3, 60_000, now)).toEqual({ nextAction: 'RETRY', nextAttemptAt: new Date(now.getTime() + 120_000) });
  });

  it('escalates the last attempt', () => {
    expect(afterFailure(3, 3, 60_000, now)).toEqual({ nextAction: 'ESCALATED', nextAttemptAt: null });
    expect(afterFailure(1, 1, 60_000, now).nextAction).toBe('ESCALATED');
  });

  it('never waits more than a day', () => {
    expect(afterFailure(30, 100, 3_600_000, now).nextAttemptAt).toEqual(new Date(now.getTime() + MAX_RETRY_DELAY_MS));
  });
});
