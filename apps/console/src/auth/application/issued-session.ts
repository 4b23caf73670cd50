import type { OperatorRole } from '@trustcircle/security';

/** What a sign-in or a refresh hands to the operator. */
export interface IssuedSession {
  sessionId: string;
  /** When these tokens were issued (the app clock). */
  issuedAt: Date;
  /** The operator token (EdDSA JWT, with the session as `sid`). */
  accessToken: string;
  accessTokenExpiresAt: Date;
  /** Opaque, single-use: a refresh answers a new one. */
  refreshToken: string;
  /** The session's absolute end. */
  sessionExpiresAt: Date;
  operator: { id: string; name: string; role: OperatorRole };
}
