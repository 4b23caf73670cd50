import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OrderIntakeV1, type OrderPlacedV1, type PayoutAccountV1, type SealedPayoutAccountV1, maskAccountNumber, payoutDetailsJson } from '@trustcircle/contracts';
import { CLOCK, type Clock, fingerprint, toVnd, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import { PlatformKeyring } from '@trustcircle/security';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { newOrderCode, paymentReferenceOf } from '../../domain/order-code';
import { normaliseVnPhone } from '../../domain/phone';
import { OrderRecord } from '../../infrastructure/order.orm-entity';
import type { MarketplaceOrderSettings } from './marketplace-settings';

/** Placing an order: what the marketplace sent, already validated against the contract. */
export interface PlaceOrderCommand {
  marketplaceId: string;
  request: OrderIntakeV1;
  settings: MarketplaceOrderSettings;
}

export type PlaceOrderResult =
  | { kind: 'created'; order: OrderRecord }
  | { kind: 'replayed'; order: OrderRecord }
  | { kind: 'conflict'; existingOrderId: string }
  | { kind: 'invalid'; field: string; message: string };

/**
 * Stores a new order and its `orders.order-placed` event in one transaction. The same external id with the
 * same body answers the existing order; with another body, a conflict.
 */
@Injectable()
export class PlaceOrderUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly keyring: PlatformKeyring,
  ) {}

  async execute(command: PlaceOrderCommand): Promise<PlaceOrderResult> {
    const normalised = normalise(command.request);
    if ('field' in normalised) return { kind: 'invalid', ...normalised };
    const requestFingerprint = fingerprint(normalised);
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.dataSource.transaction((manager) => this.place(manager, command, normalised, requestFingerprint));
      } catch (e) {
        // A concurrent twin won the unique (marketplace, external id) race, or a code collided: look again.
        if (attempt < 3 && e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') continue;
        throw e;
      }
    }
  }

  private async place(manager: EntityManager, command: PlaceOrderCommand, request: OrderIntakeV1, requestFingerprint: string): Promise<PlaceOrderResult> {
    const existing = await manager.findOneBy(OrderRecord, { marketplaceId: command.marketplaceId, externalId: request.externalId });
    if (existing) {
      return existing.requestFingerprint === requestFingerprint ? { kind: 'replayed', order: existing } : { kind: 'conflict', existingOrderId: existing.id };
    }
    const now = this.clock.now();
    const code = newOrderCode();
    const prepaid = request.paymentMethod === 'PREPAID';
    const id = randomUUID();
    const payoutAccount = request.seller.payoutAccount ? this.sealPayoutAccount(request.seller.payoutAccount, id) : undefined;
    const order = manager.create(OrderRecord, {
      id,
      marketplaceId: command.marketplaceId,
      externalId: request.externalId,
      code,
      status: 'PLACED',
      buyerName: request.buyer.name,
      buyerPhone: request.buyer.phone,
      buyerEmail: request.buyer.email ?? null,
      seller: {
        id: request.seller.id,
        name: request.seller.name,
        ...(request.seller.phone ? { phone: request.seller.phone } : {}),
        ...(request.seller.email ? { email: request.seller.email } : {}),
        ...(payoutAccount ? { payoutAccount } : {}),
      },
      items: request.items.map((i) => ({ sku: i.sku, name: i.name, quantity: i.quantity, unitPrice: i.unitPrice })),
      shippingFee: toVnd(request.shippingFee),
      totalAmount: toVnd(request.totalAmount),
      currency: 'VND',
      paymentMethod: request.paymentMethod,
      paymentReference: paymentReferenceOf(code),
      inspectionDays: request.inspectionDays ?? command.settings.inspectionDays,
      shipByDays: request.shipByDays ?? command.settings.shipByDays,
      paymentExpiresAt: prepaid ? new Date(now.getTime() + command.settings.unpaidExpiryHours * 3_600_000) : null,
      note: request.note ?? null,
      requestFingerprint,
      placedAt: now,
      updatedAt: now,
    });
    await manager.insert(OrderRecord, order);
    await this.outbox.record(manager, 'orders.order-placed', toOrderPlaced(order), { occurredAt: now });
    return { kind: 'created', order };
  }

  /**
   * The order's payout account as events carry it: method, bank and masked number in clear, the number and the
   * holder's name sealed for escrow only (AAD = the order id). Orders never stores or sends the number in clear.
   */
  private sealPayoutAccount(account: PayoutAccountV1, orderId: string): SealedPayoutAccountV1 {
    const sealed = this.keyring.seal(payoutDetailsJson(account), orderId);
    return { method: account.method, institutionCode: account.institutionCode, accountNumberMasked: maskAccountNumber(account.accountNumber), sealedDetails: sealed.ciphertext, keyId: sealed.keyId };
  }
}

/** NFC-normalises text and the phones to E.164; reports the first phone that is not Vietnamese. */
function normalise(request: OrderIntakeV1): OrderIntakeV1 | { field: string; message: string } {
  const buyerPhone = normaliseVnPhone(request.buyer.phone);
  if (!buyerPhone) return { field: 'buyer.phone', message: 'buyer.phone must be a valid Vietnamese phone number' };
  const sellerPhone = request.seller.phone === undefined ? undefined : normaliseVnPhone(request.seller.phone);
  if (request.seller.phone !== undefined && !sellerPhone) return { field: 'seller.phone', message: 'seller.phone must be a valid Vietnamese phone number' };
  return nfc({ ...request, buyer: { ...request.buyer, phone: buyerPhone }, seller: { ...request.seller, ...(sellerPhone ? { phone: sellerPhone } : {}) } });
}

function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfc) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)])) as T;
  return value;
}

export function toOrderPlaced(order: OrderRecord): OrderPlacedV1 {
  return {
    orderId: order.id,
    code: order.code,
    marketplaceId: order.marketplaceId,
    externalId: order.externalId,
    buyer: { name: order.buyerName, phone: order.buyerPhone, ...(order.buyerEmail ? { email: order.buyerEmail } : {}) },
    seller: order.seller,
    items: order.items,
    shippingFee: vndToWire(order.shippingFee),
    totalAmount: vndToWire(order.totalAmount),
    currency: 'VND',
    paymentMethod: order.paymentMethod,
    paymentReference: order.paymentReference,
    inspectionDays: order.inspectionDays,
    shipByDays: order.shipByDays,
    paymentExpiresAt: order.paymentExpiresAt?.toISOString() ?? null,
    placedAt: order.placedAt.toISOString(),
  };
}
