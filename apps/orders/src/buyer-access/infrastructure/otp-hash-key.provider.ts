import type { Provider } from '@nestjs/common';
import { ServiceEnv } from '@trustcircle/config';
import { deriveOtpHashKey } from '../domain/otp-hash-key';

/** Injection token of the one-time-code hash key (a `Buffer`), derived once at boot from PLATFORM_ENCRYPTION_KEY. */
export const OTP_HASH_KEY = Symbol.for('trustcircle.orders.otp-hash-key');

export const otpHashKeyProvider: Provider = {
  provide: OTP_HASH_KEY,
  inject: [ServiceEnv],
  useFactory: (env: ServiceEnv): Buffer => deriveOtpHashKey(env.PLATFORM_ENCRYPTION_KEY),
};
