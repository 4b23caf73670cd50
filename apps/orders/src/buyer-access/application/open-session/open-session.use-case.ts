import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { normaliseOrderCode } from '../../../orders/domain/order-code';
import { normaliseVnPhone } from '../../../orders/domain/phone';
import { OrderRecord } from '../../../orders/infrastructure/order.orm-entity';
import { isOtpShaped, otpHash, otpMatches } from '../../domain/otp-code';
import { OTP_HASH_KEY } from '../../infrastructure/otp-hash-key.provider';
import { BuyerTokens } from '../../infrastructure/buyer-tokens';
import { OtpStore } from '../../infrastructure/otp-store';

export interface OpenSessionCommand {
  orderCode: string;
  phone: string;
  otp: string;
}

/**
 * `opened`: the code matched (and is now used up). `refused`: anything else; `reason` is for the security log
 * only, never for the caller (no order, wrong phone, no code, expired, wrong code, tries spent).
 */
export type OpenSessionResult =
  | { kind: 'opened'; token: string; expiresAt: Date; orderCode: string }
  | { kind: 'refused'; reason: 'no-match' | 'no-code' | 'expired' | 'wrong-code' | 'already-used'; triesLeft?: number };

/**
 * Exchanges a one-time code for a buyer token for that one order. Every try, right or wrong, uses one of the
 * code's tries before the comparison (constant time); the code is deleted when it matches, when it has expired
 * (by the injected clock) and after the last wrong try.
 */
@Injectable()
export class OpenSessionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: OtpStore,
    private readonly tokens: BuyerTokens,
    @Inject(OTP_HASH_KEY) private readonly otpHashKey: Buffer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: OpenSessionCommand): Promise<OpenSessionResult> {
    const code = normaliseOrderCode(command.orderCode);
    const phone = normaliseVnPhone(command.phone);
    const order = code && phone ? await this.dataSource.getRepository(OrderRecord).findOne({ where: { code }, select: { id: true, code: true, buyerPhone: true } }) : null;
    if (!order || order.buyerPhone !== phone) return { kind: 'refused', reason: 'no-match' };

    const stored = await this.store.takeTry(order.id);
    if (!stored) return { kind: 'refused', reason: 'no-code' };
    if (this.clock.now().getTime() >= stored.expiresAt.getTime()) {
      await this.store.discard(order.id);
      return { kind: 'refused', reason: 'expired' };
    }
    // A malformed guess still costs its try; it is compared against a value it can never match.
    const guess = isOtpShaped(command.otp) ? command.otp : '';
    if (!otpMatches(this.otpHashKey, order.id, guess, stored.hash)) {
      if (stored.triesLeft <= 0) await this.store.discard(order.id);
      return { kind: 'refused', reason: 'wrong-code', triesLeft: stored.triesLeft };
    }
    if (!(await this.store.consume(order.id, otpHash(this.otpHashKey, order.id, guess)))) return { kind: 'refused', reason: 'already-used' };
    const { token, expiresAt } = this.tokens.issue(order.id, order.code);
    return { kind: 'opened', token, expiresAt, orderCode: order.code };
  }
}
