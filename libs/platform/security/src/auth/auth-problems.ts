import { ProblemException } from '@trustcircle/http';

const REALM = 'Bearer realm="trustcircle"';

/** 401: no credentials where some are required. */
export function authenticationRequired(detail = 'Send an Authorization: Bearer header.'): ProblemException {
  return new ProblemException({ status: 401, type: 'authentication-required', title: 'Authentication required', detail, headers: { 'WWW-Authenticate': REALM } });
}

/** 401: the credentials do not authenticate (unknown, wrong, expired, revoked, disabled: never which). */
export function invalidCredentials(detail = 'The credentials are not valid.'): ProblemException {
  return new ProblemException({
    status: 401,
    type: 'invalid-credentials',
    title: 'Invalid credentials',
    detail,
    headers: { 'WWW-Authenticate': `${REALM}, error="invalid_token"` },
  });
}

/** 403: authenticated, but this principal may not use this endpoint. */
export function insufficientPermissions(detail: string): ProblemException {
  return new ProblemException({
    status: 403,
    type: 'insufficient-permissions',
    title: 'Not allowed',
    detail,
    headers: { 'WWW-Authenticate': `${REALM}, error="insufficient_scope"` },
  });
}

/** 401: a webhook whose signature, partner or timestamp does not check out. */
export function invalidWebhookSignature(detail = 'The webhook signature does not verify.'): ProblemException {
  return new ProblemException({ status: 401, type: 'invalid-webhook-signature', title: 'Invalid webhook signature', detail });
}
