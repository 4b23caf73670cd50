import { Module } from '@nestjs/common';
import { PlatformCryptoModule } from '@trustcircle/security';
import { TemplatesModule } from '../templates/templates.module';
import { SendBuyerOtpOnRequested } from './api/buyer-otp-requested.consumer';
import { SendBuyerOtpUseCase } from './application/send-buyer-otp/send-buyer-otp.use-case';

/**
 * Buyer one-time codes by SMS (`orders.buyer-otp-requested`): each queued as a critical notification of the delivery
 * pipeline (its dispatcher sends it through the configured SMS providers), the code sealed, never after it expired.
 */
@Module({
  imports: [PlatformCryptoModule, TemplatesModule],
  providers: [SendBuyerOtpUseCase, SendBuyerOtpOnRequested],
})
export class BuyerOtpModule {}
