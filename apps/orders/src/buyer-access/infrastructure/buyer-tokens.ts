import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { BuyerAccessKeys } from '../domain/buyer-access-keys';
import { BUYER_TOKEN_TTL_SECONDS } from '../domain/buyer-access-policy';
import { type BuyerGrant, signBuyerToken, verifyBuyerToken } from '../domain/buyer-token';
import { BUYER_ACCESS_KEYS } from './buyer-access-keys.provider';

/** Issues and verifies buyer tokens with the derived Ed25519 key and the injected clock. */
@Injectable()
export class BuyerTokens {
  constructor(
    @Inject(BUYER_ACCESS_KEYS) private readonly keys: BuyerAccessKeys,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A token for one order, valid {@link BUYER_TOKEN_TTL_SECONDS} seconds. */
  issue(orderId: string, orderCode: string): { token: string; expiresAt: Date } {
    return signBuyerToken({ orderId, orderCode, now: this.clock.now(), ttlSeconds: BUYER_TOKEN_TTL_SECONDS }, this.keys.tokenKeyId, this.keys.tokenSigningKey);
  }

  /** The grant of a valid token. @throws JwtError */
  verify(token: string): BuyerGrant {
    return verifyBuyerToken(token, this.keys.tokenKeyId, this.keys.tokenVerificationKey, this.clock.now());
  }
}
