/**
 * Test kit for the escrow service's integration tests (test-only code, never imported by the app): the shared
 * ServiceTestKit (an in-process app on the real PostgreSQL, Redis and Kafka, partners, signed webhooks, API
 * calls, operator tokens, outbox events, a movable clock) plus escrows opened as the order consumer would,
 * payments sent as the payment partner would, and ledger balances.
 */
import { randomUUID } from 'node:crypto';
import { type PayloadOf, sampleEvent } from '@trustcircle/contracts';
import { PlatformKeyring } from '@trustcircle/security';
import { ServiceTestKit, type TestPartner, type TestResponse } from '@trustcircle/service-testing';
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

/** One running escrow app and the helpers that drive it. */
export class EscrowTestKit extends ServiceTestKit {
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
