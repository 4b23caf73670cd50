import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { ServiceEnv } from '@trustcircle/config';
import { provideReadinessCheck } from '@trustcircle/observability';
import type { DataSource } from 'typeorm';
import { DevMigrations } from './dev-migrations';
import { PostgresReadinessCheck } from './postgres-readiness.check';
import { serviceDataSourceOptions, type ServiceDataSourceSpec } from './data-source-options';

/** Connects a service to its own schema with TypeORM (never synchronize; in development it applies its own migrations). */
@Module({})
export class DatabaseModule {
  static forRoot(spec: ServiceDataSourceSpec): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [ServiceEnv],
          useFactory: (env: ServiceEnv) => ({ ...serviceDataSourceOptions(spec, env), retryAttempts: 3, retryDelay: 1000 }),
        }),
      ],
      providers: [DevMigrations, provideReadinessCheck({ useFactory: (ds: DataSource) => new PostgresReadinessCheck(ds), inject: [getDataSourceToken()] })],
    };
  }
}
