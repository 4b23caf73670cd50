import { type CanActivate, type ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { RequestWithPrincipal } from '@trustcircle/http';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { PartnerDirectory } from '../directory/partner-directory';
import { JwtError } from '../tokens/ed25519-jwt';
import { impliedRoles, type OperatorIdentity, roleRank, verifyOperatorToken } from '../tokens/operator-token';
import { API_KEY_AUTH_METADATA, type ApiKeyAuthMetadata, OPERATOR_AUTH_METADATA, type OperatorAuthMetadata } from './auth-metadata';
import { authenticationRequired, insufficientPermissions, invalidCredentials } from './auth-problems';
import { bearerTokenOf, looksLikeApiKey } from './bearer-token';
import { OPERATOR_KEY_SOURCE, type OperatorKeySource } from './operator-key-source';
import { principalKindOf } from './partner-principal-kind';
import { SecurityLog } from './security-log';

/**
 * The guard behind `@ApiKeyAuth()` and `@OperatorAuth()`: authenticates `Authorization: Bearer <token>` (an API
 * key `tc_…`, or an operator JWT) and sets `req.principal`. When both decorators apply, either credential passes.
 *
 * - No credentials → 401 `authentication-required`.
 * - Credentials that do not authenticate (unknown, wrong, expired, revoked, partner disabled, bad token) → 401
 *   `invalid-credentials`, with `WWW-Authenticate: Bearer … error="invalid_token"`. The reason goes to the
 *   security log only.
 * - Credentials that authenticate but are not accepted here (a courier's key on a marketplace endpoint, a
 *   viewer on an admin endpoint, a partner key on an operator endpoint) → 403 `insufficient-permissions`: the
 *   caller is known, and retrying with the same credentials would not help.
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  private readonly authenticated = new WeakSet<object>();

  constructor(
    private readonly reflector: Reflector,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() private readonly directory?: PartnerDirectory,
    @Optional() @Inject(OPERATOR_KEY_SOURCE) private readonly operatorKeys?: OperatorKeySource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<RequestWithPrincipal>();
    if (this.authenticated.has(req)) return true; // the guard is attached once per decorator
    const targets = [context.getHandler(), context.getClass()];
    const partnerKinds = this.reflector.getAllAndOverride<ApiKeyAuthMetadata | undefined>(API_KEY_AUTH_METADATA, targets);
    const operatorRoles = this.reflector.getAllAndOverride<OperatorAuthMetadata | undefined>(OPERATOR_AUTH_METADATA, targets);
    const token = bearerTokenOf(req);
    if (!token) throw authenticationRequired();
    if (looksLikeApiKey(token)) await this.authenticatePartner(req, token, partnerKinds);
    else await this.authenticateOperator(req, token, operatorRoles);
    this.authenticated.add(req);
    return true;
  }

  private async authenticatePartner(req: RequestWithPrincipal, token: string, kinds: ApiKeyAuthMetadata | undefined): Promise<void> {
    if (!this.directory) {
      if (kinds) throw new Error('@ApiKeyAuth() needs PartnerDirectoryModule in the app');
      SecurityLog.refused('api-key-not-accepted-here', req, {});
      throw invalidCredentials('This endpoint takes an operator token.');
    }
    const result = await this.directory.authenticateApiKey(token);
    if (!result.ok) {
      SecurityLog.refused('api-key-refused', req, { reason: result.reason, keyId: result.keyId });
      throw invalidCredentials();
    }
    const kind = principalKindOf(result.partner.kind);
    if (!kinds || !kinds.includes(kind)) {
      SecurityLog.refused('api-key-wrong-kind', req, { keyId: result.keyId, partnerId: result.partner.partnerId, kind });
      throw insufficientPermissions(kinds ? `This endpoint is for ${kinds.join(' or ')} API keys, not a ${kind}'s.` : 'This endpoint takes an operator token.');
    }
    req.principal = { kind, id: result.partner.partnerId, partnerId: result.partner.partnerId };
  }

  private async authenticateOperator(req: RequestWithPrincipal, token: string, roles: OperatorAuthMetadata | undefined): Promise<void> {
    if (!this.operatorKeys) {
      if (roles) throw new Error('@OperatorAuth() needs PartnerDirectoryModule or OperatorAuthModule in the app');
      SecurityLog.refused('operator-token-not-accepted-here', req, {});
      throw invalidCredentials('This endpoint takes an API key.');
    }
    let identity: OperatorIdentity;
    try {
      identity = await verifyOperatorToken(token, (kid) => (this.operatorKeys as OperatorKeySource).operatorKey(kid), this.clock.now());
      if (this.operatorKeys.operatorActive && !(await this.operatorKeys.operatorActive(identity.operatorId))) throw new JwtError('operator not active');
    } catch (e) {
      if (!(e instanceof JwtError)) throw e;
      SecurityLog.refused('operator-token-refused', req, { reason: e.message });
      throw invalidCredentials();
    }
    if (!roles) {
      SecurityLog.refused('operator-token-not-accepted-here', req, { operatorId: identity.operatorId });
      throw insufficientPermissions('This endpoint takes a partner API key.');
    }
    const minimum = roles.length === 0 ? 0 : Math.min(...roles.map(roleRank));
    if (roleRank(identity.role) < minimum) {
      SecurityLog.refused('operator-role-insufficient', req, { operatorId: identity.operatorId, role: identity.role });
      throw insufficientPermissions(`This endpoint needs the ${roles.slice().sort((a, b) => roleRank(a) - roleRank(b))[0]} role or higher.`);
    }
    req.principal = { kind: 'operator', id: identity.operatorId, roles: impliedRoles(identity.role) };
  }
}
