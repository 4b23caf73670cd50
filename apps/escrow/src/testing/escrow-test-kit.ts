/**
 * Test kit for the escrow service's integration tests (test-only code, never imported by the app): the shared
 * ServiceTestKit (an in-process app on the real PostgreSQL, Redis and Kafka, partners, signed webhooks, API
 * calls, operator tokens, outbox events, a movable clock) plus escrows opened as the order consumer would,
 * payments sent as the payment partner would, and ledger balances. For cash on delivery: couriers with a collection
 * account, COD escrows, the outbound shipment's events published on Kafka (as delivery-tracking would) and
 * remittance batches signed by the courier.
 */
import { randomUUID } from 'node:crypto';
import { EVENT_CATALOGUE, type EventOf, type EventType, type PayloadOf, sampleEvent } from '@trustcircle/contracts';
import { PlatformKeyring } from '@trustcircle/security';
import { ServiceTestKit, TEST_MARKETPLACE_SETTINGS, type TestPartner, type TestResponse } from '@trustcircle/service-testing';
import { waitFor } from '@trustcircle/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import type { EntityManager } from 'typeorm';
import { AppModule } from '../app.module';
import { OpenEscrowUseCase } from '../escrow/application/open-escrow/open-escrow.use-case';
import { EscrowRecord } from '../escrow/infrastructure/escrow.orm-entity';
import { LedgerService } from '../ledger/application/ledger.service';
import type { LedgerAccountRef } from '../ledger/domain/ledger-account';
import { detailsJson, maskAccountNumber } from '../payout-accounts/domain/payout-account-details';

export { TEST_MARKETPLACE_SETTINGS, type TestPartner, type TestResponse } from '@trustcircle/service-testing';

/** The seller's payout account sealed on an order opened `withPayoutAccount`, in clear (the body of a payout-account PUT). */
export const TEST_PAYOUT_ACCOUNT = { method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumber: '0123456789', accountName: 'NGUYEN VAN AN' } as const;

export interface OpenedEscrow {
  escrowId: string;
  orderId: string;
  code: string;
  paymentReference: string;
  sellerId: string;
}

/** A courier that remits COD cash, and the payment partner holding its collection account (`codCollectionPartnerId`). */
export interface CodCourier {
  courier: TestPartner;
  collector: TestPartner;
}

/** The outbound shipment of a COD order, as delivery-tracking registered it. */
export interface CodShipment {
  orderId: string;
  shipmentId: string;
  courierId: string;
  trackingNumber: string;
}

/** The delivery events escrow acts on for the outbound parcel. */
type OutboundEventType = 'delivery.shipment-registered' | 'delivery.shipment-first-scanned' | 'delivery.shipment-delivered' | 'delivery.shipment-delivery-failed-finally' | 'delivery.shipment-returned';

/** One running escrow app and the helpers that drive it. */
export class EscrowTestKit extends ServiceTestKit {
  private producer?: Producer;
  /** Starts the escrow app (`env` overrides the process env); deadlines fire when a test sweeps (`advance`, `sweep`). */
  static async start(env: Record<string, string> = {}): Promise<EscrowTestKit> {
    const { app, db, signingKey } = await ServiceTestKit.boot(AppModule.forRoot(ServiceTestKit.testEnv(env)), 'escrow');
    return new EscrowTestKit(app, db, 'escrow', signingKey);
  }

  /** Starts the app with one marketplace and a payment partner serving it. */
  static async startWithPartners(env: Record<string, string> = {}): Promise<{ kit: EscrowTestKit; marketplace: TestPartner; partner: TestPartner }> {
    const kit = await EscrowTestKit.start(env);
    const marketplace = await kit.registerPartner('MARKETPLACE');
    const partner = await kit.registerPartner('PAYMENT_PARTNER', [marketplace.id]);
    return { kit, marketplace, partner };
  }

  /**
   * Opens a PREPAID escrow (1,000,000 VND) as the `orders.order-placed` consumer would, for a new seller unless
   * `sellerId`. The seller has no payout account on the order unless `withPayoutAccount` (then
   * TEST_PAYOUT_ACCOUNT, sealed for the order as orders seals it).
   */
  async openEscrow(marketplaceId: string, overrides: Partial<PayloadOf<'orders.order-placed'>> = {}, opts: { withPayoutAccount?: boolean; sellerId?: string } = {}): Promise<OpenedEscrow> {
    const orderId = overrides.orderId ?? randomUUID();
    const suffix = randomUUID().replace(/-/g, '').toUpperCase();
    const paymentReference = `TC${suffix.slice(0, 12)}`;
    const code = `TC-${suffix.slice(0, 4)}-${suffix.slice(4, 8)}`;
    const sellerId = opts.sellerId ?? `seller-${suffix.slice(8, 16)}`;
    const { method, institutionCode, accountNumber } = TEST_PAYOUT_ACCOUNT;
    const sealed = this.app.get(PlatformKeyring).seal(detailsJson(TEST_PAYOUT_ACCOUNT), orderId);
    const payoutAccount = { method, institutionCode, accountNumberMasked: maskAccountNumber(accountNumber), sealedDetails: sealed.ciphertext, keyId: sealed.keyId };
    const order = sampleEvent('orders.order-placed', {
      orderId,
      marketplaceId,
      code,
      paymentReference,
      totalAmount: 1_000_000,
      paymentExpiresAt: new Date(this.now().getTime() + 86_400_000).toISOString(),
      seller: { id: sellerId, name: 'Cửa hàng Ánh Dương', ...(opts.withPayoutAccount ? { payoutAccount } : {}) },
      ...overrides,
    });
    const escrow = await this.tx((m) => this.app.get(OpenEscrowUseCase).execute(m, order));
    return { escrowId: escrow.id, orderId: order.orderId, code: order.code, paymentReference: order.paymentReference, sellerId: order.seller.id };
  }

  /** POSTs a payment signed by `partner` (a new webhook message each call); `body` overrides the defaults (1,000,000 VND, a new partnerTxnId, paid now). */
  async pay(partner: TestPartner, body: Record<string, unknown>, opts: { signWith?: string } = {}): Promise<TestResponse> {
    const full = { partnerTxnId: `TXN-${randomUUID()}`, amount: 1_000_000, currency: 'VND', paidAt: new Date().toISOString(), ...body };
    return this.signedPost(partner, `/v1/partners/${partner.id}/payments`, full, opts);
  }

  override async close(): Promise<void> {
    await this.producer?.disconnect();
    await super.close();
  }

  /**
   * Registers a payment partner serving `marketplaceIds` (the collection account) and a courier whose settings
   * name it `codCollectionPartnerId` (none with `withCollectionAccount: false`).
   */
  async registerCodCourier(marketplaceIds: string[], opts: { withCollectionAccount?: boolean } = {}): Promise<CodCourier> {
    const collector = await this.registerPartner('PAYMENT_PARTNER', marketplaceIds);
    const settings = opts.withCollectionAccount === false ? TEST_MARKETPLACE_SETTINGS : { ...TEST_MARKETPLACE_SETTINGS, codCollectionPartnerId: collector.id };
    const courier = await this.registerPartner('COURIER', [], settings);
    return { courier, collector };
  }

  /** Opens a COD escrow (AWAITING_DELIVERY, 1,000,000 VND unless `totalAmount`) as the order consumer would; see `openEscrow`. */
  openCodEscrow(marketplaceId: string, overrides: Partial<PayloadOf<'orders.order-placed'>> = {}, opts: { withPayoutAccount?: boolean; sellerId?: string } = {}): Promise<OpenedEscrow> {
    return this.openEscrow(marketplaceId, { paymentMethod: 'COD', paymentExpiresAt: null, ...overrides }, opts);
  }

  /** A new outbound shipment of the order with `courier` (a new shipment id and tracking number). */
  codShipment(order: Pick<OpenedEscrow, 'orderId'>, courier: TestPartner): CodShipment {
    return { orderId: order.orderId, shipmentId: randomUUID(), courierId: courier.id, trackingNumber: `TC${randomUUID().replace(/-/g, '').slice(0, 14).toUpperCase()}` };
  }

  /** A delivery event about the outbound `shipment` (a catalogue-valid envelope from delivery-tracking, at the app clock's now unless `data` says). */
  outboundEvent<T extends OutboundEventType>(type: T, shipment: CodShipment, data: Partial<PayloadOf<T>> = {}): EventOf<T> {
    const at = this.now().toISOString();
    const times: Record<OutboundEventType, Record<string, string>> = {
      'delivery.shipment-registered': { registeredAt: at },
      'delivery.shipment-first-scanned': { scannedAt: at },
      'delivery.shipment-delivered': { deliveredAt: at },
      'delivery.shipment-delivery-failed-finally': { lastAttemptAt: at },
      'delivery.shipment-returned': { returnedAt: at },
    };
    const base = { ...shipment, direction: 'OUTBOUND', ...times[type], ...(type === 'delivery.shipment-registered' ? { returnOfShipmentId: null } : {}) };
    return this.event(type, { ...base, ...data } as Partial<PayloadOf<T>>);
  }

  /** Publishes events on their Kafka topics, as their owners would, and waits until the escrow consumer took each (its inbox). */
  async publish(...events: Array<EventOf<EventType>>): Promise<void> {
    this.producer ??= new Kafka({ clientId: `escrow-test-kit-${randomUUID().slice(0, 8)}`, brokers: (process.env.KAFKA_BROKERS ?? '').split(','), logLevel: logLevel.NOTHING }).producer({
      idempotent: true,
      maxInFlightRequests: 1,
    });
    await this.producer.connect();
    for (const e of events) await this.producer.send({ topic: EVENT_CATALOGUE[e.type].topic, messages: [{ key: e.key, value: JSON.stringify(e) }] });
    for (const e of events) {
      await waitFor(async () => ((await this.db.query(`SELECT 1 FROM "escrow"."inbox" WHERE "event_id" = $1`, [e.id])) as unknown[]).length === 1, { what: `escrow to consume ${e.type}` });
    }
  }

  /**
   * Publishes the outbound shipment registered, then delivered with the cash the courier says it collected
   * (`codAmount`: 1,000,000 unless given; null: not said), at the app clock's now.
   */
  async deliverCod(shipment: CodShipment, codAmount: number | null = 1_000_000): Promise<void> {
    await this.publish(this.outboundEvent('delivery.shipment-registered', shipment), this.outboundEvent('delivery.shipment-delivered', shipment, { codAmount }));
  }

  /**
   * POSTs a COD remittance batch signed by `courier` (a new webhook message each call); `body` overrides the
   * defaults (a new remittanceId, transferred now, a bank reference, no lines).
   */
  remit(courier: TestPartner, body: Record<string, unknown>, opts: { signWith?: string; asCourierId?: string } = {}): Promise<TestResponse> {
    const full = { remittanceId: `RM-${randomUUID()}`, transferredAt: this.now().toISOString(), bankReference: `FT${randomUUID().slice(0, 12)}`, lines: [], ...body };
    return this.signedPost(courier, `/v1/couriers/${opts.asCourierId ?? courier.id}/cod-remittances`, full, opts);
  }

  escrow(orderId: string): Promise<EscrowRecord> {
    return this.db.manager.findOneByOrFail(EscrowRecord, { orderId });
  }

  async held(orderId: string, manager: EntityManager = this.db.manager): Promise<bigint> {
    const escrow = await this.escrow(orderId);
    return this.balance({ type: 'HELD_FUNDS', escrowId: escrow.id }, manager);
  }

  /** An account's posted balance (0 when it has no account yet). */
  async balance(ref: LedgerAccountRef, manager: EntityManager = this.db.manager): Promise<bigint> {
    return (await this.app.get(LedgerService).balancesOf(ref, manager))?.posted ?? 0n;
  }
}
