import { IsUUID, Matches } from 'class-validator';
import { IsSealed, IsUtcTimestamp, KEY_ID, ORDER_CODE } from '../common/validators';
import { E164_VN } from './order-placed.v1';

/**
 * `orders.buyer-otp-requested` v1: a buyer asked for a one-time code to open an order (order code + phone
 * matched). Notifications sends the code by SMS, the only place it ever appears in clear.
 *
 * WARNING: the code is sealed. Never add a field that carries it in clear: not here, not in a dead letter, log
 * or audit trail.
 */
export class BuyerOtpRequestedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The order code the SMS quotes, e.g. `TC-7KQ4-M2XD`. */
  @Matches(ORDER_CODE)
  code!: string;

  /** The buyer's phone in E.164 (+84…): where the SMS goes. Personal data, masked everywhere else. */
  @Matches(E164_VN)
  phone!: string;

  /**
   * The 6-digit one-time code, sealed with AES-256-GCM under the platform's OTP key (see SEALED_FORMAT; AAD = the
   * order id). Never in clear. Only the SMS sender opens it, just before sending.
   */
  @IsSealed()
  encryptedCode!: string;

  /** Id of the OTP key that sealed `encryptedCode` (rotation). */
  @Matches(KEY_ID)
  otpKeyId!: string;

  /** When the code stops being accepted (ISO-8601 UTC; 5 minutes after the request). The SMS may state it. */
  @IsUtcTimestamp()
  expiresAt!: string;

  /** When the buyer asked (ISO-8601 UTC). */
  @IsUtcTimestamp()
  requestedAt!: string;
}
