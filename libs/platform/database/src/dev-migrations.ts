import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ServiceEnv } from '@trustcircle/config';
import type { DataSource } from 'typeorm';
import { runMigrationsLocked } from './run-migrations';

/**
 * In development a service applies its own pending migrations at start-up (under the advisory lock), so
 * `nx run <service>:serve` works on its own. In test and production migrations run before the service starts
 * (the test setup, `npm start`, or a pre-rollout job), never by the service itself.
 */
@Injectable()
export class DevMigrations implements OnModuleInit {
  private readonly logger = new Logger(DevMigrations.name);

  constructor(
    @Inject(getDataSourceToken()) private readonly dataSource: DataSource,
    private readonly env: ServiceEnv,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.env.NODE_ENV !== 'development') return;
    const applied = await runMigrationsLocked(this.dataSource);
    if (applied.length > 0) this.logger.log(`applied migrations: ${applied.join(', ')}`);
  }
}
