import { randomBytes } from 'node:crypto';
import { Logger, type ExecutionContext } from '@nestjs/common';
import type { ServiceEnv } from '@trustcircle/config';
import { ProblemException } from '@trustcircle/http';
import { ManualClock } from '@trustcircle/kernel';
import { signBuyerToken } from '../tokens/buyer-token';
import { deriveBuyerTokenKeys } from '../tokens/buyer-token-keys';
import { BuyerAuthGuard, type RequestWithBuyer } from './buyer-auth.guard';
import { BuyerTokenVerifier } from './buyer-token-verifier';

describe('BuyerAuthGuard', () => {
  const platformKey = randomBytes(32).toString('base64');
  const keys = deriveBuyerTokenKeys(platformKey);
  const clock = new ManualClock('2026-11-29T14:30:00.000Z');
  const guard = new BuyerAuthGuard(new BuyerTokenVerifier({ PLATFORM_ENCRYPTION_KEY: platformKey } as ServiceEnv, clock));
  const orderId = '3f1c2b9e-5d4a-4b8e-9c7f-0a1b2c3d4e5f';
  const issue = (signingKey = keys.signingKey): string =>
    signBuyerToken({ orderId, orderCode: 'TC-7KQ4-M2XD', now: clock.now(), ttlSeconds: 1800 }, keys.keyId, signingKey).token;

  const requestWith = (authorization?: string): RequestWithBuyer =>
    ({ method: 'GET', path: '/v1/public/orders/TC-7KQ4-M2XD', ip: '203.0.113.7', headers: authorization === undefined ? {} : { authorization } }) as unknown as RequestWithBuyer;
  const contextOf = (req: RequestWithBuyer, type = 'http'): ExecutionContext =>
    ({ getType: () => type, switchToHttp: () => ({ getRequest: () => req }) }) as unknown as ExecutionContext;
  /** The problem the guard throws for `req`. */
  const refusal = (req: RequestWithBuyer): ProblemException => {
    try {
      guard.canActivate(contextOf(req));
    } catch (e) {
      if (e instanceof ProblemException) return e;
      throw e;
    }
    throw new Error('the guard let the request in');
  };

  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('lets a valid buyer token in and sets the buyer principal and the grant', () => {
    const req = requestWith(`Bearer ${issue()}`);
    expect(guard.canActivate(contextOf(req))).toBe(true);
    expect(req.principal).toEqual({ kind: 'buyer', id: orderId });
    expect(req.buyerGrant).toMatchObject({ orderId, orderCode: 'TC-7KQ4-M2XD', expiresAt: new Date(clock.now().getTime() + 1_800_000) });
    expect(warn).not.toHaveBeenCalled();
  });

  it('answers 401 authentication-required without a bearer token, and logs nothing', () => {
    for (const header of [undefined, '', 'Basic dXNlcjpwYXNz', 'Bearer ']) {
      const e = refusal(requestWith(header));
      expect(e.getStatus()).toBe(401);
      expect(e.problem).toMatchObject({ type: 'authentication-required' });
      expect(e.problem.headers).toEqual({ 'WWW-Authenticate': 'Bearer realm="trustcircle-buyer"' });
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('answers 401 invalid-credentials to an expired, forged or foreign token, the reason in the security log only', () => {
    const expired = issue();
    clock.advance(31 * 60_000);
    const other = deriveBuyerTokenKeys(randomBytes(32).toString('base64'));
    for (const token of [expired, issue(other.signingKey), 'not.a.token', `${issue().slice(0, -4)}AAAA`]) {
      const req = requestWith(`Bearer ${token}`);
      const e = refusal(req);
      expect(e.getStatus()).toBe(401);
      expect(e.problem).toMatchObject({ type: 'invalid-credentials', detail: 'The buyer token is not valid; request a new code.' });
      expect(e.problem.headers).toEqual({ 'WWW-Authenticate': 'Bearer realm="trustcircle-buyer", error="invalid_token"' });
      expect(req.principal).toBeUndefined();
      expect(req.buyerGrant).toBeUndefined();
    }
    expect(warn).toHaveBeenCalledTimes(4);
    expect(warn.mock.calls[0][0]).toBe('security: buyer-token-refused reason="expired" method="GET" path="/v1/public/orders/TC-7KQ4-M2XD" ip="203.0.113.7"');
    expect(warn.mock.calls.join('\n')).not.toContain(expired);
  });

  it('lets non-HTTP contexts through', () => {
    expect(guard.canActivate(contextOf(requestWith(), 'rpc'))).toBe(true);
  });
});
