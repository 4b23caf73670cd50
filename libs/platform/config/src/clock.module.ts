import { Global, Module } from '@nestjs/common';
import { CLOCK, OffsetClock, SystemClock, type Clock } from '@trustcircle/kernel';
import { ServiceEnv } from './service-env';

/**
 * Provides the injectable {@link CLOCK}: the wall clock, or, with TEST_HOOKS_ENABLED, a wall clock that tests
 * can move forward (never back) so deadline tests never sleep.
 */
@Global()
@Module({
  providers: [
    {
      provide: CLOCK,
      inject: [ServiceEnv],
      useFactory: (env: ServiceEnv): Clock => (env.TEST_HOOKS_ENABLED ? new OffsetClock() : new SystemClock()),
    },
  ],
  exports: [CLOCK],
})
export class ClockModule {}
