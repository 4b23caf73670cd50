import { type CanActivate, type ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { type RequestWithPrincipal, ProblemException } from '@trustcircle/http';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { BuyerTokenVerifier, JwtError, OPERATOR_KEY_SOURCE, type OperatorKeySource, PartnerDirectory, principalKindOf, SecurityLog, verifyOperatorToken } from '@trustcircle/security';

const REALM = 'Bearer realm="trustcircle"';

const unauthenticated = (type: 'authentication-required' | 'invalid-credentials', detail: string): ProblemException =>
  new ProblemException({
    status: 401,
    type,
    title: type === 'authentication-required' ? 'Authentication required' : 'Invalid credentials',
    detail,
    headers: { 'WWW-Authenticate': type === 'authentication-required' ? REALM : `${REALM}, error="invalid_token"` },
  });

/**
 * Lets in whoever may read documents and sets `req.principal`: a buyer token (buyer portal; `{kind: 'buyer', id:
 * orderId}`), a partner API key (`tc_…`; any partner kind, the handler decides what it sees) or an operator token
 * (any role). `@ApiKeyAuth()`/`@OperatorAuth()` and `@BuyerAuth()` each refuse the others' tokens, so documents,
 * which all three read, have this guard. Missing credentials or credentials that do not authenticate: 401.
 */
@Injectable()
export class DocumentReaderGuard implements CanActivate {
  constructor(
    private readonly buyerTokens: BuyerTokenVerifier,
    private readonly directory: PartnerDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(OPERATOR_KEY_SOURCE) private readonly operatorKeys?: OperatorKeySource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const header = req.headers.authorization;
    const token = typeof header === 'string' ? /^Bearer[ ]+([\x21-\x7e]+)[ ]*$/i.exec(header)?.[1] : undefined;
    if (!token) throw unauthenticated('authentication-required', 'Send Authorization: Bearer <API key, operator token or buyer token>.');
    if (token.startsWith('tc_')) {
      const result = await this.directory.authenticateApiKey(token);
      if (!result.ok) return this.refuse(req, 'api-key-refused', { reason: result.reason });
      req.principal = { kind: principalKindOf(result.partner.kind), id: result.partner.partnerId, partnerId: result.partner.partnerId };
      return true;
    }
    try {
      const grant = this.buyerTokens.verify(token);
      req.principal = { kind: 'buyer', id: grant.orderId };
      return true;
    } catch (e) {
      if (!(e instanceof JwtError)) throw e; // not a buyer token: an operator's?
    }
    try {
      const keys = this.operatorKeys;
      if (!keys) throw new JwtError('no operator keys here');
      const identity = await verifyOperatorToken(token, (kid) => keys.operatorKey(kid), this.clock.now());
      if (keys.operatorActive && !(await keys.operatorActive(identity.operatorId))) throw new JwtError('operator not active');
      req.principal = { kind: 'operator', id: identity.operatorId, roles: [identity.role] };
      return true;
    } catch (e) {
      if (!(e instanceof JwtError)) throw e;
      return this.refuse(req, 'document-reader-token-refused', { reason: e.message });
    }
  }

  private refuse(req: RequestWithPrincipal, event: string, detail: Record<string, string | undefined>): never {
    SecurityLog.refused(event, req, detail);
    throw unauthenticated('invalid-credentials', 'The credentials are not valid.');
  }
}
