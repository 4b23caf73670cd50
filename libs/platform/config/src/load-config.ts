import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { ConfigError, type ConfigProblem } from './config-error';

/** Source of variables: `process.env` at boot, a plain object in tests. */
export type EnvSource = Record<string, string | undefined>;

/**
 * Validates `env` against a class-validator schema and returns the typed, frozen config.
 * Unknown variables are ignored (the environment holds much else); every known one is checked, and all
 * problems are reported at once. Throws {@link ConfigError}.
 */
export function loadConfig<T extends object>(schema: new () => T, env: EnvSource = readProcessEnv(), service = schema.name): T {
  const defaults = new schema() as Record<string, unknown>;
  const raw: Record<string, unknown> = { ...defaults };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) raw[k] = v;
  const config = plainToInstance(schema, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigError(service, errors.map(toProblem));
  return Object.freeze(config);
}

function toProblem(e: ValidationError): ConfigProblem {
  return { variable: e.property, problems: Object.values(e.constraints ?? { invalid: 'is invalid' }) };
}

/** The one place in the codebase that reads `process.env`. */
export function readProcessEnv(): EnvSource {
  return { ...process.env };
}
