import { Module } from '@nestjs/common';
import { OrderStatusModule } from '../order-status/order-status.module';
import { BuyerAccessController } from './api/buyer-access.controller';
import { PublicOrdersController } from './api/public-orders.controller';
import { OpenSessionUseCase } from './application/open-session/open-session.use-case';
import { RequestOtpUseCase } from './application/request-otp/request-otp.use-case';
import { BuyerAuthGuard } from './auth/buyer-auth.guard';
import { buyerAccessKeysProvider } from './infrastructure/buyer-access-keys.provider';
import { BuyerTokens } from './infrastructure/buyer-tokens';
import { OtpStore } from './infrastructure/otp-store';

/**
 * Buyer access without an account: a one-time code by SMS (`POST /v1/public/otp`), a short-lived buyer token
 * for one order (`POST /v1/public/sessions`), and the buyer's view of the order (`GET /v1/public/orders/{code}`).
 * Exports what `@BuyerAuth()` needs, so another orders feature may import this module and guard its own routes.
 */
@Module({
  imports: [OrderStatusModule],
  controllers: [BuyerAccessController, PublicOrdersController],
  providers: [buyerAccessKeysProvider, OtpStore, BuyerTokens, BuyerAuthGuard, RequestOtpUseCase, OpenSessionUseCase],
  exports: [BuyerTokens, BuyerAuthGuard],
})
export class BuyerAccessModule {}
