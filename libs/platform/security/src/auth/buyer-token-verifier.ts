import type { KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ServiceEnv } from '@trustcircle/config';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { type BuyerGrant, verifyBuyerToken } from '../tokens/buyer-token';
import { deriveBuyerTokenKeys } from '../tokens/buyer-token-keys';

/**
 * Verifies buyer tokens in any service: the verification key is derived once from `PLATFORM_ENCRYPTION_KEY`
 * (only its public half is kept), and time comes from the injected `CLOCK`. Provided by `BuyerAuthModule`.
 */
@Injectable()
export class BuyerTokenVerifier {
  private readonly keyId: string;
  private readonly key: KeyObject;

  constructor(env: ServiceEnv, @Inject(CLOCK) private readonly clock: Clock) {
    const keys = deriveBuyerTokenKeys(env.PLATFORM_ENCRYPTION_KEY);
    this.keyId = keys.keyId;
    this.key = keys.verificationKey;
  }

  /** The grant of a valid buyer token. @throws JwtError with a log-safe reason. */
  verify(token: string): BuyerGrant {
    return verifyBuyerToken(token, this.keyId, this.key, this.clock.now());
  }
}
