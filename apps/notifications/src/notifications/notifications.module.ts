import { Module } from '@nestjs/common';
import { ChannelsModule } from '../channels/channels.module';
import { NotifyBuyerOnOrderPlaced } from './api/order-placed.consumer';
import { NotifyOrderPlacedUseCase } from './application/notify-order-placed/notify-order-placed.use-case';

/** Buyer, seller, marketplace and partner messages from every event. */
@Module({
  imports: [ChannelsModule],
  providers: [NotifyOrderPlacedUseCase, NotifyBuyerOnOrderPlaced],
})
export class NotificationsModule {}
