import { Module } from '@nestjs/common';
import { LogSmsProvider } from '../channels/log-sms-provider';
import { SMS_PROVIDER } from '../channels/sms-provider';
import { NotifyBuyerOnOrderPlaced } from './api/order-placed.consumer';
import { NotifyOrderPlacedUseCase } from './application/notify-order-placed/notify-order-placed.use-case';

/** Buyer, seller, marketplace and partner messages from every event. */
@Module({
  providers: [{ provide: SMS_PROVIDER, useClass: LogSmsProvider }, NotifyOrderPlacedUseCase, NotifyBuyerOnOrderPlaced],
})
export class NotificationsModule {}
