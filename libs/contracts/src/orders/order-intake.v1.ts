import {
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsPhoneNumber,
  IsString,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { PayoutAccountV1 } from '../common/payout-account.v1';
import { IsNestedArray, IsNestedObject } from '../common/composite-validators';
import { CURRENCIES, type Currency, IsVndAmount, MAX_ORDER_VND } from '../common/validators';
import { PAYMENT_METHODS, type PaymentMethod } from './order-placed.v1';

// The order intake message and its nested classes. See OrderIntakeV1.

/** The buyer as the marketplace gives them. */
export class OrderIntakeBuyerV1 {
  /** Full name (1–200 characters); stored NFC-normalised. */
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  /** A Vietnamese phone number in any usual form (`0901234567`, `+84901234567`); orders stores it as E.164. */
  @IsString() @MaxLength(20) @IsPhoneNumber('VN')
  phone!: string;

  /** Optional email for email notifications. */
  @IsOptional() @IsEmail() @MaxLength(320)
  email?: string;
}

/** The seller: one per order (marketplaces split carts per shop). */
export class OrderIntakeSellerV1 {
  /** The marketplace's own seller id (1–100 characters). */
  @IsString() @IsNotEmpty() @MaxLength(100)
  id!: string;

  /** Shop or seller name (1–200 characters). */
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  /** Optional Vietnamese phone number in any usual form. */
  @IsOptional() @IsString() @MaxLength(20) @IsPhoneNumber('VN')
  phone?: string;

  /** Optional email. */
  @IsOptional() @IsEmail() @MaxLength(320)
  email?: string;

  /** Optional payout account for this order's payout, in clear (orders seals it before it leaves). */
  @IsOptional() @IsNestedObject(() => PayoutAccountV1)
  payoutAccount?: PayoutAccountV1;
}

/** One line of the order. */
export class OrderIntakeItemV1 {
  /** Stock-keeping unit (1–100 characters). */
  @IsString() @IsNotEmpty() @MaxLength(100)
  sku!: string;

  /** Item name as shown to the buyer (1–500 characters). */
  @IsString() @IsNotEmpty() @MaxLength(500)
  name!: string;

  /** How many, 1 to 100,000. */
  @IsInt() @Min(1) @Max(100_000)
  quantity!: number;

  /** Price of one unit, whole VND, at most 10,000,000,000. */
  @IsVndAmount() @Max(MAX_ORDER_VND)
  unitPrice!: number;
}

/** `totalAmount` equals Σ quantity × unitPrice + shippingFee, computed exactly (BigInt). */
function IsTotalOfItemsAndShipping(): PropertyDecorator {
  return (target: object, propertyKey: string | symbol): void => {
    registerDecorator({
      name: 'isTotalOfItemsAndShipping',
      target: target.constructor,
      propertyName: String(propertyKey),
      options: { message: `${String(propertyKey)} must equal the items (quantity × unitPrice) plus shippingFee` },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const o = args.object as Partial<OrderIntakeV1>;
          const lines = Array.isArray(o.items) ? o.items : [];
          const ints = [value, o.shippingFee, ...lines.flatMap((l) => [l?.quantity, l?.unitPrice])];
          if (!ints.every((n) => Number.isSafeInteger(n)) || lines.length === 0) return true; // reported elsewhere
          const sum = lines.reduce((s, l) => s + BigInt(l.quantity) * BigInt(l.unitPrice), BigInt(o.shippingFee as number));
          return sum === BigInt(value as number);
        },
      },
    });
  };
}

/**
 * The order intake body: `POST /v1/orders`, and the value of a message on the order intake topic
 * (`orders.intake.v1`). It is a message shape from marketplaces, not an event of a service, so it has no
 * envelope: the marketplace's partner id travels in the Kafka header `tc-partner-id` (INTAKE_HEADERS.partnerId),
 * and the message key is `<marketplace id>:<externalId>`. A valid message behaves exactly like the HTTP call,
 * idempotency included; an invalid one is dead-lettered with the reason.
 *
 * On Kafka, each record is signed by the marketplace with one of its webhook signing secrets (Standard Webhooks headers
 * `webhook-id`, `webhook-timestamp`, `webhook-signature` over the exact value bytes; see INTAKE_HEADERS): Kafka
 * ACLs cannot bind the header to the producer, the signature does. An unsigned or forged record, or one naming
 * another partner, is dead-lettered as CONTRACT_VIOLATION. Records may be consumed late (lag, dead-letter
 * replays), so the timestamp may be up to the topic's retention (7 days) old; a replayed signed record is
 * harmless because intake is idempotent (the same externalId and body is the same order).
 */
export class OrderIntakeV1 {
  /** The marketplace's own order id (1–100 characters): with the marketplace id, the idempotency key. */
  @IsString() @IsNotEmpty() @MaxLength(100)
  externalId!: string;

  /** The buyer. */
  @IsNestedObject(() => OrderIntakeBuyerV1)
  buyer!: OrderIntakeBuyerV1;

  /** The seller. */
  @IsNestedObject(() => OrderIntakeSellerV1)
  seller!: OrderIntakeSellerV1;

  /** Order lines, 1 to 200. */
  @IsNestedArray(() => OrderIntakeItemV1, 1, 200)
  items!: OrderIntakeItemV1[];

  /** Shipping fee, whole VND, at most 10,000,000,000. */
  @IsVndAmount() @Max(MAX_ORDER_VND)
  shippingFee!: number;

  /** Items plus shipping, whole VND, at most 10,000,000,000; must equal that sum exactly. */
  @IsVndAmount() @Max(MAX_ORDER_VND) @IsTotalOfItemsAndShipping()
  totalAmount!: number;

  /** Currency; `VND` only. */
  @IsIn(CURRENCIES)
  currency!: Currency;

  /** PREPAID (buyer pays escrow first) or COD (courier collects and remits to escrow). */
  @IsIn(PAYMENT_METHODS)
  paymentMethod!: PaymentMethod;

  /** Optional inspection window in days (0–30); absent: the marketplace default. */
  @IsOptional() @IsInt() @Min(0) @Max(30)
  inspectionDays?: number;

  /** Optional ship-by window in days (1–30); absent: the marketplace default. */
  @IsOptional() @IsInt() @Min(1) @Max(30)
  shipByDays?: number;

  /** Optional note for the buyer and operators (up to 1,000 characters). */
  @IsOptional() @IsString() @MaxLength(1000)
  note?: string;
}
