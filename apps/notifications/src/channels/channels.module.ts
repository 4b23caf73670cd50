import { Module } from '@nestjs/common';
import { LogSmsProvider } from './log-sms-provider';
import { SMS_PROVIDER } from './sms-provider';

/** The delivery channels every notification feature sends through (one binding per channel). */
@Module({
  providers: [{ provide: SMS_PROVIDER, useClass: LogSmsProvider }],
  exports: [SMS_PROVIDER],
})
export class ChannelsModule {}
