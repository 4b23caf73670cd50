import { Module } from '@nestjs/common';
import { PlatformCryptoModule } from '@trustcircle/security';
import { ChannelsModule } from '../channels/channels.module';
import { SendBuyerOtpOnRequested } from './api/buyer-otp-requested.consumer';
import { SendBuyerOtpUseCase } from './application/send-buyer-otp/send-buyer-otp.use-case';

/** Buyer one-time codes by SMS (`orders.buyer-otp-requested`): critical messages, never delayed. */
@Module({
  imports: [PlatformCryptoModule, ChannelsModule],
  providers: [SendBuyerOtpUseCase, SendBuyerOtpOnRequested],
})
export class BuyerOtpModule {}
