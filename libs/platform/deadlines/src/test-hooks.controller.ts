import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { CLOCK, OffsetClock, type Clock } from '@trustcircle/kernel';
import { DeadlineScheduler, type SweepResult } from './deadline-scheduler';

class AdvanceClockBody {
  /** Milliseconds to move the service's clock forward. */
  @Type(() => Number) @IsInt() @Min(0) @Max(400 * 24 * 3600 * 1000)
  ms!: number;
}

/**
 * Test-only controls, mounted only when TEST_HOOKS_ENABLED is true (which production refuses at boot): move
 * the clock forward and sweep deadlines now, so deadline tests never sleep on wall time.
 */
@ApiExcludeController()
@Controller('__test')
export class TestHooksController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly scheduler: DeadlineScheduler,
  ) {}

  @Post('clock/advance')
  @HttpCode(200)
  advance(@Body() body: AdvanceClockBody): { now: string } {
    if (!(this.clock instanceof OffsetClock)) throw new Error('the clock cannot be moved');
    return { now: this.clock.advance(body.ms).toISOString() };
  }

  @Post('deadlines/sweep')
  @HttpCode(200)
  sweep(): Promise<SweepResult> {
    return this.scheduler.sweepNow();
  }
}
