/** One environment variable that failed validation. Values are never included: they may be secrets. */
export interface ConfigProblem {
  variable: string;
  problems: string[];
}

/** Thrown at boot when the environment does not satisfy the service's config schema. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: ConfigProblem[],
  ) {
    super(
      `Invalid configuration for ${service}:\n` +
        problems.map((p) => `  - ${p.variable}: ${p.problems.join('; ')}`).join('\n') +
        '\nSee .env.example for every variable.',
    );
    this.name = 'ConfigError';
  }
}
