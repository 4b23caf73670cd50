import { Injectable } from '@nestjs/common';
import { ConsoleEnv } from '../../config/console.env';
import { derivePhoneSearchKey, maskedPhone, normaliseVnPhone, phoneDigest } from '../domain/buyer-phone';
import type { PhoneProtection } from '../domain/changes-of-event';

/**
 * The read model's only use of buyer phones: masked for display, and digested with a key derived from the platform
 * key (HMAC-SHA256) so the order explorer can find a phone without storing it. The same digest of what an operator
 * types finds it again.
 */
@Injectable()
export class BuyerPhoneProtection implements PhoneProtection {
  private readonly key: Buffer;

  constructor(env: ConsoleEnv) {
    this.key = derivePhoneSearchKey(env.PLATFORM_ENCRYPTION_KEY);
  }

  mask(e164: string): string {
    return maskedPhone(e164);
  }

  digest(e164: string): string {
    return phoneDigest(this.key, e164);
  }

  /** The E.164 form of what an operator typed, or undefined when it is not a Vietnamese phone. */
  normalise(typed: string): string | undefined {
    return normaliseVnPhone(typed);
  }
}
