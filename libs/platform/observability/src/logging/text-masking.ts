import { maskPhone } from './phone-mask';

/**
 * A one-time code written next to its name in free text: "OTP 493817", "otp=493817", "mã OTP: 493817",
 * "mã xác thực 493817", "verification code 493817".
 */
const OTP_IN_TEXT = /(\botp\b|one-time (?:code|password)|verification code|mã (?:otp|xác thực|xác nhận))(\D{0,12}?)\d{4,8}(?!\d)/giu;

/**
 * What a log message may say of `text`: phone numbers masked ({@link maskPhone}) and one-time codes named in
 * the text replaced by `******`. Structured fields are redacted by key instead (see `sanitizeForLog`).
 */
export function maskSecretsInText(text: string): string {
  return maskPhone(text).replace(OTP_IN_TEXT, (_match, name: string, between: string) => `${name}${between}******`);
}
