import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { ProblemException, type RequestWithPrincipal } from '@trustcircle/http';
import type { BuyerGrant } from '../tokens/buyer-token';
import { JwtError } from '../tokens/ed25519-jwt';
import { BuyerTokenVerifier } from './buyer-token-verifier';
import { SecurityLog } from './security-log';

/** A request a buyer token authenticated: `principal` is `{kind: 'buyer', id: orderId}`, `buyerGrant` the token. */
export type RequestWithBuyer = RequestWithPrincipal & { buyerGrant?: BuyerGrant };

const REALM = 'Bearer realm="trustcircle-buyer"';

/**
 * The guard behind `@BuyerAuth()`: verifies `Authorization: Bearer <buyer token>` and sets `req.principal` to
 * `{ kind: 'buyer', id: orderId }` and `req.buyerGrant`. No token → 401 `authentication-required`; a token that
 * does not verify (expired, forged, another kind of token) → 401 `invalid-credentials`, the reason in the
 * security log only. Whether the token opens the resource asked for is the handler's check (answer 404 if not).
 */
@Injectable()
export class BuyerAuthGuard implements CanActivate {
  constructor(private readonly tokens: BuyerTokenVerifier) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<RequestWithBuyer>();
    const token = buyerBearerOf(req.headers.authorization);
    if (!token) {
      throw new ProblemException({ status: 401, type: 'authentication-required', title: 'Authentication required', detail: 'Send Authorization: Bearer <buyer token>.', headers: { 'WWW-Authenticate': REALM } });
    }
    try {
      const grant = this.tokens.verify(token);
      req.buyerGrant = grant;
      req.principal = { kind: 'buyer', id: grant.orderId };
      return true;
    } catch (e) {
      if (!(e instanceof JwtError)) throw e;
      SecurityLog.refused('buyer-token-refused', req, { reason: e.message });
      throw new ProblemException({
        status: 401,
        type: 'invalid-credentials',
        title: 'Invalid credentials',
        detail: 'The buyer token is not valid; request a new code.',
        headers: { 'WWW-Authenticate': `${REALM}, error="invalid_token"` },
      });
    }
  }
}

/** The token of `Bearer <token>` (as orders always parsed it: any whitespace, any non-space token). */
function buyerBearerOf(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}
