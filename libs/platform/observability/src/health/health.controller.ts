import { Controller, Get, Inject, Logger, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult, type HealthIndicatorResult } from '@nestjs/terminus';
import type { Response } from 'express';
import { HEALTH_OPTIONS, type HealthOptions } from './health-options';
import type { ReadinessCheck } from './readiness-check';
import { ReadinessRegistry } from './readiness.registry';
import { TimeoutError, withTimeout } from './with-timeout';

const DEFAULT_TIMEOUT_MS = 2_000;

/**
 * `GET /health/live`: 200 while the process runs (the liveness probe).
 * `GET /health/ready`: runs every registered {@link ReadinessCheck} in parallel, each with a timeout; 200 when all
 * pass, else 503 with `failing: [names]`. Failures are logged with their cause; the body only says "failed" or
 * "timed out", as it may be reachable from outside.
 */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly registry: ReadinessRegistry,
    @Inject(HEALTH_OPTIONS) private readonly options: HealthOptions,
  ) {}

  @Get('live')
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const checks = this.registry.list().map((check) => () => this.run(check));
    try {
      res.status(200).json(await this.health.check(checks));
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const body = error.getResponse() as HealthCheckResult;
      res.status(503).json({ ...body, failing: Object.keys(body.error ?? {}) });
    }
  }

  private async run(check: ReadinessCheck): Promise<HealthIndicatorResult> {
    const session = this.indicators.check(check.name);
    try {
      await withTimeout(check.check(), this.options.checkTimeoutMs ?? DEFAULT_TIMEOUT_MS);
      return session.up();
    } catch (error) {
      const reason = error instanceof TimeoutError ? error.message : 'failed';
      this.logger.warn(`Readiness check "${check.name}" ${reason}: ${error instanceof Error ? error.message : String(error)}`);
      return session.down({ message: reason });
    }
  }
}
