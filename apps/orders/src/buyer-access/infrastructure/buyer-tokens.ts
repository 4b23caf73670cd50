import type { KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ServiceEnv } from '@trustcircle/config';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { deriveBuyerTokenKeys, signBuyerToken } from '@trustcircle/security';
import { BUYER_TOKEN_TTL_SECONDS } from '../domain/buyer-access-policy';

/**
 * Issues buyer tokens with the Ed25519 key derived from `PLATFORM_ENCRYPTION_KEY` and the injected clock. Any
 * service verifies them with `@BuyerAuth()` (`BuyerAuthModule` of `@trustcircle/security`).
 */
@Injectable()
export class BuyerTokens {
  private readonly keyId: string;
  private readonly signingKey: KeyObject;

  constructor(env: ServiceEnv, @Inject(CLOCK) private readonly clock: Clock) {
    const keys = deriveBuyerTokenKeys(env.PLATFORM_ENCRYPTION_KEY);
    this.keyId = keys.keyId;
    this.signingKey = keys.signingKey;
  }

  /** A token for one order, valid {@link BUYER_TOKEN_TTL_SECONDS} seconds. */
  issue(orderId: string, orderCode: string): { token: string; expiresAt: Date } {
    return signBuyerToken({ orderId, orderCode, now: this.clock.now(), ttlSeconds: BUYER_TOKEN_TTL_SECONDS }, this.keyId, this.signingKey);
  }
}
