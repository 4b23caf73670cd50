import { type DynamicModule, Global, Module } from '@nestjs/common';
import { type EnvSource, loadConfig } from './load-config';
import { ConfigError } from './config-error';
import { ServiceEnv } from './service-env';

/**
 * Validates the environment once at boot and provides the typed config, injectable by its schema class and
 * as {@link ServiceEnv} for the platform libraries.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot<T extends ServiceEnv>(schema: new () => T, options: { service: string; env?: EnvSource; preloaded?: T }): DynamicModule {
    const config = options.preloaded ?? loadConfig(schema, options.env, options.service);
    assertSafeForProduction(options.service, config);
    const providers = [
      { provide: schema, useValue: config },
      ...(schema === (ServiceEnv as unknown) ? [] : [{ provide: ServiceEnv, useValue: config }]),
    ];
    return { module: ConfigModule, providers, exports: providers.map((p) => p.provide) };
  }
}

/** Test hooks and fault injection never run in production. */
export function assertSafeForProduction(service: string, config: ServiceEnv): void {
  if (config.NODE_ENV !== 'production') return;
  const problems = [];
  if (config.TEST_HOOKS_ENABLED) problems.push({ variable: 'TEST_HOOKS_ENABLED', problems: ['must be false in production'] });
  if (config.FAULT_POINTS.length > 0) problems.push({ variable: 'FAULT_POINTS', problems: ['must be empty in production'] });
  if (problems.length > 0) throw new ConfigError(service, problems);
}
