import type { ReadinessCheck } from '@trustcircle/observability';
import type { DataSource } from 'typeorm';

/** PostgreSQL readiness: the service's pool can run a query. */
export class PostgresReadinessCheck implements ReadinessCheck {
  readonly name = 'postgres';

  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
