import {
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SealedPayoutAccountV1 } from '../common/payout-account.v1';
import { IsNestedArray, IsNestedObject } from '../common/composite-validators';
import { CURRENCIES, type Currency, IsVndAmount } from '../common/validators';

/** E.164 Vietnamese mobile or landline number, e.g. +84901234567. */
export const E164_VN = /^\+84[1-9]\d{8,9}$/;

/** How the buyer pays: into escrow before shipping, or cash to the courier. WARNING: wire values, never rename. */
export const PAYMENT_METHODS = ['PREPAID', 'COD'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** The buyer as the marketplace gave them. */
export class OrderBuyerV1 {
  /** Full name, NFC-normalised. */
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  /** Phone in E.164 (+84…). SMS go here. Personal data: masked everywhere but the SMS channel. */
  @Matches(E164_VN)
  phone!: string;

  /** Optional email for email notifications. */
  @IsOptional() @IsEmail() @MaxLength(320)
  email?: string;
}

/** The seller (one per order: marketplaces split carts per shop). */
export class OrderSellerV1 {
  /** The marketplace's own seller id. */
  @IsString() @IsNotEmpty() @MaxLength(100)
  id!: string;

  /** Shop or seller name. */
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  /** Optional phone in E.164. */
  @IsOptional() @Matches(E164_VN)
  phone?: string;

  /** Optional email. */
  @IsOptional() @IsEmail() @MaxLength(320)
  email?: string;

  /**
   * Optional payout account given with the order: masked for display, details sealed for escrow. Absent: escrow
   * uses the account the marketplace registered for the seller, or waits for one.
   */
  @IsOptional() @IsNestedObject(() => SealedPayoutAccountV1)
  payoutAccount?: SealedPayoutAccountV1;
}

/** One line of the order. */
export class OrderItemV1 {
  /** Stock-keeping unit. */
  @IsString() @IsNotEmpty() @MaxLength(100)
  sku!: string;

  /** Item name as shown to the buyer. */
  @IsString() @IsNotEmpty() @MaxLength(500)
  name!: string;

  /** How many, at least 1. */
  @IsInt() @Min(1) @Max(100_000)
  quantity!: number;

  /** Price of one unit, whole VND. */
  @IsVndAmount()
  unitPrice!: number;
}

/**
 * `orders.order-placed` v1: a marketplace placed an order into the circle of trust. Escrow opens an escrow for
 * it, notifications tells the buyer, delivery-tracking and disputes keep their own copy.
 */
export class OrderPlacedV1 {
  /** The order's id (UUID), assigned by the orders service. The key of every event about this order. */
  @IsUUID()
  orderId!: string;

  /** Short human-friendly code the buyer types and every SMS carries, e.g. `TC-7KQ4-M2XD`. */
  @Matches(/^TC-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
  code!: string;

  /** The marketplace (partner id) that placed it. */
  @IsUUID()
  marketplaceId!: string;

  /** The marketplace's own order id. */
  @IsString() @IsNotEmpty() @MaxLength(100)
  externalId!: string;

  /** The buyer. */
  @IsNestedObject(() => OrderBuyerV1)
  buyer!: OrderBuyerV1;

  /** The seller. */
  @IsNestedObject(() => OrderSellerV1)
  seller!: OrderSellerV1;

  /** Order lines, 1 to 200. */
  @IsNestedArray(() => OrderItemV1, 1, 200)
  items!: OrderItemV1[];

  /** Shipping fee, whole VND. */
  @IsVndAmount()
  shippingFee!: number;

  /** Items plus shipping, whole VND: the amount escrow expects. */
  @IsVndAmount()
  totalAmount!: number;

  /** Currency; VND only. */
  @IsIn(CURRENCIES)
  currency!: Currency;

  /** PREPAID (buyer pays escrow) or COD (courier collects, remits to escrow). */
  @IsIn(PAYMENT_METHODS)
  paymentMethod!: PaymentMethod;

  /** What the buyer quotes to the payment partner so the payment is matched to this order. */
  @IsString() @IsNotEmpty() @MaxLength(40)
  paymentReference!: string;

  /** Days the buyer has to inspect the goods after delivery before money is released (0–30). */
  @IsInt() @Min(0) @Max(30)
  inspectionDays!: number;

  /** Days the seller has to hand the parcel to the courier (first scan), 1–30. */
  @IsInt() @Min(1) @Max(30)
  shipByDays!: number;

  /** When an unpaid PREPAID order expires (ISO-8601 UTC); null for COD. */
  @IsOptional() @IsISO8601({ strict: true })
  paymentExpiresAt!: string | null;

  /** When the order was placed (ISO-8601 UTC). */
  @IsISO8601({ strict: true })
  placedAt!: string;
}
