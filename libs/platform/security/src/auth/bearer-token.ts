import type { IncomingMessage } from 'node:http';

/** The token of an `Authorization: Bearer <token>` header; undefined when absent or not Bearer. */
export function bearerTokenOf(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const m = /^Bearer[ ]+([\x21-\x7e]+)[ ]*$/i.exec(header);
  return m?.[1];
}

/** Whether a bearer token has the shape of a partner API key (`tc_…`) rather than a JWT. */
export function looksLikeApiKey(token: string): boolean {
  return token.startsWith('tc_');
}
