import { decideReplay, type WebhookReplayRecord } from './webhook-replay-record';

describe(decideReplay.name, () => {
  const now = 1_000_000;
  const base = { bodySha256: 'h1', firstSeenAt: '2030-01-01T00:00:00Z' };
  const completed: WebhookReplayRecord = { ...base, state: 'completed', status: 201, headers: {}, body: '{"ok":true}' };

  it('treats an unseen id as new (its timestamp is judged)', () => {
    expect(decideReplay(undefined, 'h1', now)).toEqual({ kind: 'new' });
  });

  it('replays an answered message, whatever its timestamp', () => {
    expect(decideReplay(completed, 'h1', now)).toEqual({ kind: 'replay', record: completed });
  });

  it('refuses the same id with another body', () => {
    expect(decideReplay(completed, 'h2', now)).toEqual({ kind: 'id-reused' });
    expect(decideReplay({ ...base, state: 'failed' }, 'h2', now)).toEqual({ kind: 'id-reused' });
  });

  it('answers 409 while another attempt holds the lock, and lets a retry take over an abandoned one', () => {
    const processing = { ...base, state: 'processing' as const, owner: 'o', lockedUntil: now + 1 };
    expect(decideReplay(processing, 'h1', now)).toEqual({ kind: 'in-progress' });
    expect(decideReplay({ ...processing, lockedUntil: now }, 'h1', now)).toEqual({ kind: 'retry-accepted' });
  });

  it('processes a retry of a failed (5xx) message again without judging its timestamp', () => {
    expect(decideReplay({ ...base, state: 'failed' }, 'h1', now)).toEqual({ kind: 'retry-accepted' });
  });
});
