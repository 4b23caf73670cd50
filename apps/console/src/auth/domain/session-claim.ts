/**
 * The session id (`sid` claim) of the operator token in an `Authorization: Bearer` header, or undefined (no bearer,
 * not a JWT, a token without a session: one the admin CLI issued). It only decodes: call it on a request whose
 * token the operator guard has verified.
 */
export function sessionIdOfBearer(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$/i.exec(authorization?.trim() ?? '');
  if (!match) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(match[2], 'base64url').toString('utf8')) as { sid?: unknown };
    return typeof claims.sid === 'string' && /^[0-9a-f-]{36}$/i.test(claims.sid) ? claims.sid : undefined;
  } catch {
    return undefined;
  }
}
