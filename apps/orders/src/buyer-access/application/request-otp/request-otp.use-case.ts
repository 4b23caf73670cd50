import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BuyerOtpRequestedV1 } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import { PlatformKeyring } from '@trustcircle/security';
import { DataSource } from 'typeorm';
import { normaliseOrderCode } from '../../../orders/domain/order-code';
import { normaliseVnPhone } from '../../../orders/domain/phone';
import { OrderRecord } from '../../../orders/infrastructure/order.orm-entity';
import { OTP_MAX_TRIES, OTP_TTL_SECONDS } from '../../domain/buyer-access-policy';
import { newOtpCode, otpHash } from '../../domain/otp-code';
import { OTP_HASH_KEY } from '../../infrastructure/otp-hash-key.provider';
import { OtpStore } from '../../infrastructure/otp-store';

/** What the buyer typed: neither is trusted nor normalised yet. */
export interface RequestOtpCommand {
  orderCode: string;
  phone: string;
}

/** `sent`: a code was stored and its event recorded; `no-match`: nothing happened (the caller never learns which). */
export type RequestOtpResult = { kind: 'sent'; orderId: string } | { kind: 'no-match' };

/**
 * A buyer asks for a one-time code for an order. When the order code and the phone match an order, a new
 * 6-digit code replaces any earlier one: its HMAC goes to Redis (5 minutes, 5 tries) and the code itself,
 * sealed under the platform key (AAD = order id), leaves in `orders.buyer-otp-requested` through the outbox,
 * for notifications to text it. The clear code exists only in this function's memory.
 *
 * The HTTP answer does not wait for this work ({@link submit}), so it is the same, and as fast, either way.
 */
@Injectable()
export class RequestOtpUseCase implements OnModuleDestroy {
  private readonly logger = new Logger('BuyerAccess');
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: PlatformKeyring,
    private readonly store: OtpStore,
    @Inject(OTP_HASH_KEY) private readonly otpHashKey: Buffer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Starts {@link execute} without waiting for it; a failure is logged (without the code or the phone). */
  submit(command: RequestOtpCommand): void {
    const work = this.execute(command)
      .catch((e: unknown) => this.logger.error(`buyer OTP request failed: ${e instanceof Error ? e.name : 'error'}`))
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  async execute(command: RequestOtpCommand): Promise<RequestOtpResult> {
    const code = normaliseOrderCode(command.orderCode);
    const phone = normaliseVnPhone(command.phone);
    if (!code || !phone) return { kind: 'no-match' };
    const order = await this.dataSource.getRepository(OrderRecord).findOne({ where: { code }, select: { id: true, code: true, buyerPhone: true } });
    if (!order || order.buyerPhone !== phone) return { kind: 'no-match' };

    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + OTP_TTL_SECONDS * 1000);
    const otp = newOtpCode();
    await this.store.put(order.id, otpHash(this.otpHashKey, order.id, otp), expiresAt, OTP_MAX_TRIES, OTP_TTL_SECONDS);
    const sealed = this.keyring.seal(otp, order.id);
    const event: BuyerOtpRequestedV1 = {
      orderId: order.id,
      code: order.code,
      phone: order.buyerPhone,
      encryptedCode: sealed.ciphertext,
      otpKeyId: sealed.keyId,
      expiresAt: expiresAt.toISOString(),
      requestedAt: now.toISOString(),
    };
    await this.dataSource.transaction(async (manager) => {
      // Share-lock the order: its other events (status changes lock it for update) keep their order on Kafka.
      await manager.findOne(OrderRecord, { where: { id: order.id }, select: { id: true }, lock: { mode: 'pessimistic_read' } });
      await this.outbox.record(manager, 'orders.buyer-otp-requested', event, { occurredAt: now });
    });
    this.logger.log(`buyer OTP issued for order ${order.id}`);
    return { kind: 'sent', orderId: order.id };
  }

  /** Waits for every request still running (shutdown; tests that must know nothing was sent). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Lets requests still running finish before the database and Redis close. */
  async onModuleDestroy(): Promise<void> {
    await this.drain();
  }
}
