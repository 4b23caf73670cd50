import { Logger, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { DataSource } from 'typeorm';
import { NotificationsEnv } from '../config/notifications.env';
import { ProviderChain } from './application/provider-chain';
import { CHANNEL_PROVIDERS, type ChannelProvider } from './channel-provider';
import { channelProvidersFromEnv } from './infrastructure/channel-providers.factory';

/**
 * The delivery channels every notification feature sends through: {@link CHANNEL_PROVIDERS} (every configured
 * provider, primary first per channel, from `SMS_PROVIDERS`, `ZALO_PROVIDERS`, `EMAIL_PROVIDERS`; the webhook
 * sender always) and the {@link ProviderChain} over them.
 */
@Module({
  providers: [
    {
      provide: CHANNEL_PROVIDERS,
      inject: [NotificationsEnv, getDataSourceToken(), CLOCK],
      useFactory: (env: NotificationsEnv, dataSource: DataSource, clock: Clock): ChannelProvider[] => {
        if (env.NODE_ENV === 'production' && env.SMS_PROVIDERS.includes('sms-log')) {
          new Logger('Channels').warn('SMS_PROVIDERS has sms-log in production: those SMS are stored, never sent');
        }
        return channelProvidersFromEnv(env, { dataSource, clock });
      },
    },
    ProviderChain,
  ],
  exports: [CHANNEL_PROVIDERS, ProviderChain],
})
export class ChannelsModule {}
