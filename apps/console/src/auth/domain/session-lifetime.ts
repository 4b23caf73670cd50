/** How long sessions and their access tokens live. */
export interface SessionPolicy {
  /** Absolute lifetime from sign-in. */
  maxMs: number;
  /** A session not refreshed for this long has ended. */
  idleMs: number;
  /** Access token lifetime, in seconds. */
  accessTokenSeconds: number;
}

/** The state of a session at an instant. */
export type SessionState = 'ACTIVE' | 'REVOKED' | 'EXPIRED' | 'IDLE';

/** What {@link sessionStateAt} needs of a session. */
export interface SessionTimes {
  expiresAt: Date;
  lastUsedAt: Date;
  revokedAt: Date | null;
}

/** Whether a session may still be refreshed at `now`: not revoked, before its absolute end, refreshed recently enough. */
export function sessionStateAt(session: SessionTimes, now: Date, idleMs: number): SessionState {
  if (session.revokedAt) return 'REVOKED';
  if (now.getTime() >= session.expiresAt.getTime()) return 'EXPIRED';
  if (now.getTime() - session.lastUsedAt.getTime() > idleMs) return 'IDLE';
  return 'ACTIVE';
}

/** The lifetime of an access token issued at `now`: the policy's, cut at the session's end (at least 1 s). */
export function accessTokenSeconds(now: Date, sessionEnd: Date, policy: SessionPolicy): number {
  const left = Math.floor((sessionEnd.getTime() - now.getTime()) / 1000);
  return Math.max(1, Math.min(policy.accessTokenSeconds, left));
}
