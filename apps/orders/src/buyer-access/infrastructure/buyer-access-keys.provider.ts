import type { Provider } from '@nestjs/common';
import { ServiceEnv } from '@trustcircle/config';
import { type BuyerAccessKeys, deriveBuyerAccessKeys } from '../domain/buyer-access-keys';

/** Injection token of the {@link BuyerAccessKeys}, derived once at boot from PLATFORM_ENCRYPTION_KEY. */
export const BUYER_ACCESS_KEYS = Symbol.for('trustcircle.orders.buyer-access-keys');

export const buyerAccessKeysProvider: Provider = {
  provide: BUYER_ACCESS_KEYS,
  inject: [ServiceEnv],
  useFactory: (env: ServiceEnv): BuyerAccessKeys => deriveBuyerAccessKeys(env.PLATFORM_ENCRYPTION_KEY),
};
