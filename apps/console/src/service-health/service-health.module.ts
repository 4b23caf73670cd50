import { Module } from '@nestjs/common';
import { ServiceHealthMonitor } from './application/service-health-monitor';

/** Every service's health, consumer lag, outbox backlog and dead letters, polled for the live overview. */
@Module({
  providers: [ServiceHealthMonitor],
  exports: [ServiceHealthMonitor],
})
export class ServiceHealthModule {}
