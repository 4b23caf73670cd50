import { accessTokenSeconds, sessionStateAt, type SessionPolicy } from './session-lifetime';

const policy: SessionPolicy = { maxMs: 8 * 3_600_000, idleMs: 30 * 60_000, accessTokenSeconds: 600 };
const signedIn = new Date('2026-03-01T08:00:00.000Z');
const at = (minutes: number) => new Date(signedIn.getTime() + minutes * 60_000);
const session = (lastUsedMinutes = 0, revokedAt: Date | null = null) => ({ expiresAt: at(8 * 60), lastUsedAt: at(lastUsedMinutes), revokedAt });

describe(sessionStateAt.name, () => {
  it('is active until 30 minutes without a refresh, then idle', () => {
    expect(sessionStateAt(session(), at(30), policy.idleMs)).toBe('ACTIVE');
    expect(sessionStateAt(session(), at(30.01), policy.idleMs)).toBe('IDLE');
    expect(sessionStateAt(session(25), at(50), policy.idleMs)).toBe('ACTIVE');
  });

  it('ends at the absolute end however recently refreshed, and when revoked', () => {
    expect(sessionStateAt(session(479), at(479.99), policy.idleMs)).toBe('ACTIVE');
    expect(sessionStateAt(session(479), at(480), policy.idleMs)).toBe('EXPIRED');
    expect(sessionStateAt(session(0, at(1)), at(2), policy.idleMs)).toBe('REVOKED');
  });
});

describe(accessTokenSeconds.name, () => {
  it("is the policy's, cut at the session's end, never below 1 s", () => {
    expect(accessTokenSeconds(at(0), at(480), policy)).toBe(600);
    expect(accessTokenSeconds(at(475), at(480), policy)).toBe(300);
    expect(accessTokenSeconds(at(480), at(480), policy)).toBe(1);
  });
});
