import { Module } from '@nestjs/common';
import { BuyerAuthModule } from '@trustcircle/security';
import { OrderStatusModule } from '../order-status/order-status.module';
import { BuyerAccessController } from './api/buyer-access.controller';
import { PublicOrdersController } from './api/public-orders.controller';
import { OpenSessionUseCase } from './application/open-session/open-session.use-case';
import { RequestOtpUseCase } from './application/request-otp/request-otp.use-case';
import { BuyerTokens } from './infrastructure/buyer-tokens';
import { otpHashKeyProvider } from './infrastructure/otp-hash-key.provider';
import { OtpStore } from './infrastructure/otp-store';

/**
 * Buyer access without an account: a one-time code by SMS (`POST /v1/public/otp`), a short-lived buyer token
 * for one order (`POST /v1/public/sessions`), and the buyer's view of the order (`GET /v1/public/orders/{code}`).
 * Tokens are issued here and verified by `@BuyerAuth()` of `@trustcircle/security`, whose (global)
 * `BuyerAuthModule` this module imports, so any other orders feature may guard its own routes with it.
 */
@Module({
  imports: [OrderStatusModule, BuyerAuthModule],
  controllers: [BuyerAccessController, PublicOrdersController],
  providers: [otpHashKeyProvider, OtpStore, BuyerTokens, RequestOtpUseCase, OpenSessionUseCase],
  exports: [BuyerTokens],
})
export class BuyerAccessModule {}
