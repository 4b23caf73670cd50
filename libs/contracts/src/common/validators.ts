// class-transformer's @Type reads design-time type metadata through the Reflect API. Loading the polyfill here,
// where every contract class gets its validators from, makes the contracts usable outside Nest (tools, tests).
import 'reflect-metadata';
import {
  IsBase64,
  IsInt,
  IsISO8601,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidationOptions,
} from 'class-validator';

/**
 * The largest amount, in VND, any single event may carry (10 trillion ₫). It keeps every amount and every sum
 * of a few of them far inside JavaScript's safe-integer range, so no amount is ever rounded.
 */
export const MAX_VND = 10_000_000_000_000;

/**
 * The largest amount, in VND, a marketplace may put on one order or one of its lines (10 billion ₫). Intake
 * bodies enforce it; events keep the wider {@link MAX_VND}.
 */
export const MAX_ORDER_VND = 10_000_000_000;

/** A non-negative whole number of Vietnamese đồng. No fractions, no floats, no other currency. */
export function IsVndAmount(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol): void => {
    IsInt({ ...options, message: `${String(propertyKey)} must be a whole number of VND` })(target, propertyKey);
    Min(0, options)(target, propertyKey);
    Max(MAX_VND, options)(target, propertyKey);
  };
}

/** ISO 4217 currencies the platform accepts. VND only for now. */
export const CURRENCIES = ['VND'] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * Order code format: `TC-` and two groups of four characters, e.g. `TC-7KQ4-M2XD`.
 *
 * WARNING: buyers type it and every SMS carries it. Never change the format.
 */
export const ORDER_CODE = /^TC-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** An instant in UTC, ISO-8601 with a `Z` suffix, e.g. `2025-03-01T08:30:00.000Z`. */
export const UTC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** A valid ISO-8601 instant written in UTC (`…Z`). Every time on an event is one. */
export function IsUtcTimestamp(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol): void => {
    IsISO8601({ strict: true }, options)(target, propertyKey);
    Matches(UTC_TIMESTAMP, { message: `${String(propertyKey)} must be an ISO-8601 UTC instant ending in Z`, ...options })(target, propertyKey);
  };
}

/** An instant with an explicit offset, e.g. `2025-03-01T15:30:00+07:00` or `…Z`: partners' input. */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** A valid ISO-8601 instant with an explicit offset (intake bodies; services store it in UTC). */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol): void => {
    IsISO8601({ strict: true }, options)(target, propertyKey);
    Matches(ISO_INSTANT, { message: `${String(propertyKey)} must be an ISO-8601 instant with an offset`, ...options })(target, propertyKey);
  };
}

/**
 * The field is always present, and `null` means "none". Any other value is checked by the decorators that
 * follow. (Events use nullable fields, never omitted ones, so every producer says explicitly that a value is
 * absent; only intake bodies from partners have optional fields.)
 */
export function IsNullable(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== null, options);
}

/**
 * A masked display value: at least three `*` in a row and never five digits in a row, e.g. `+8490***4567`,
 * `n***@gmail.com`, `******6789`. It cannot hold a whole phone or account number by construction.
 */
export const MASKED = /^(?=[\s\S]*\*{3})(?![\s\S]*\d{5})[^\r\n]{3,320}$/;

/** Personal data masked for display: refuses a value that still holds a whole phone or account number. */
export function IsMasked(options?: ValidationOptions): PropertyDecorator {
  return Matches(MASKED, { message: '$property must be masked (***), never a whole number', ...options });
}

/**
 * How secrets travel on Kafka (one-time codes, webhook secrets, payout account details): sealed with
 * AES-256-GCM under a platform key, written as base64 of `IV (12 bytes) ‖ ciphertext ‖ tag (16 bytes)`. The
 * additional authenticated data is the UTF-8 id of the record the value belongs to (documented on each field),
 * so a ciphertext cannot be moved to another record.
 *
 * WARNING: the layout is part of the wire contract. A new layout is a new event version.
 */
export const SEALED_FORMAT = 'AES-256-GCM, base64(IV[12] ‖ ciphertext ‖ tag[16]), AAD = owning record id';

/** A value sealed as {@link SEALED_FORMAT}: base64, at least one byte of plaintext, at most 6 KiB. */
export function IsSealed(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol): void => {
    IsBase64(undefined, options)(target, propertyKey);
    MinLength(40, options)(target, propertyKey);
    MaxLength(8192, options)(target, propertyKey);
  };
}

/** Id of a platform encryption key (for rotation): lowercase letters, digits and dashes, e.g. `otp-2025-03`. */
export const KEY_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
