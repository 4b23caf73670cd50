/**
 * What a deployment must give each service: the variables its config schema requires, and whether a given
 * environment boots it. The docker-compose and Kubernetes checks both ask this, so a variable a service starts
 * to require fails both at once, before any container does.
 */
import 'reflect-metadata';
import { type ServiceName } from '@trustcircle/contracts';
import { ConfigError, type ConfigProblem, type EnvSource, assertSafeForProduction, loadConfig, type ServiceEnv } from '@trustcircle/config';
import { getMetadataStorage } from 'class-validator';
import { SERVICE_ENV_SCHEMAS } from '../config/env-schemas';

/** Every variable the service's schema reads (required or not). */
export function variablesOf(service: ServiceName): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(SERVICE_ENV_SCHEMAS[service], '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))].sort();
}

/**
 * The variables the service cannot boot without in production: those its schema refuses when the environment
 * holds nothing but `NODE_ENV=production` (no default, no `@IsOptional`).
 */
export function requiredVariables(service: ServiceName): string[] {
  return configProblems(service, { NODE_ENV: 'production' })
    .map((p) => p.variable)
    .sort();
}

/**
 * What the service's boot-time validation would say of `env` in production: `[]` when it boots. Values are
 * never echoed (they may be secrets), only variable names and rules.
 */
export function configProblems(service: ServiceName, env: EnvSource): ConfigProblem[] {
  try {
    const config = loadConfig(SERVICE_ENV_SCHEMAS[service] as new () => ServiceEnv, { ...env, NODE_ENV: env.NODE_ENV ?? 'production' }, service);
    assertSafeForProduction(service, config);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}
