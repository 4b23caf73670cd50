import { ProblemException } from '@trustcircle/http';

const REALM = 'Bearer realm="trustcircle"';

/** The problems of operator sign-in and sessions: one per situation, saying nothing an attacker could use. */
export const AuthProblems = {
  /** Wrong name, password or code, a code used already, a disabled or unenrolled operator: never which. */
  signInFailed: () =>
    new ProblemException({ status: 401, type: 'sign-in-failed', title: 'Sign-in failed', detail: 'The name, password or code is not right. Check them and try again with a new code.' }),
  /** An unknown, used, expired or revoked refresh token (or none). */
  refreshRefused: () =>
    new ProblemException({ status: 401, type: 'session-ended', title: 'Session ended', detail: 'The session has ended or the refresh token is not valid. Sign in again.' }),
  /** An access token of a session that has ended (signed out, revoked, past its end). */
  sessionEnded: () =>
    new ProblemException({
      status: 401,
      type: 'invalid-credentials',
      title: 'Invalid credentials',
      detail: 'The credentials are not valid.',
      headers: { 'WWW-Authenticate': `${REALM}, error="invalid_token"` },
    }),
  /** Signing out with a token that belongs to no session (one the admin CLI issued). */
  notASession: () =>
    new ProblemException({ status: 400, type: 'not-a-session-token', title: 'Not a session token', detail: 'This operator token was not issued by a sign-in: there is no session to end.' }),
} as const;
