/** Options of {@link HealthModule.forRoot}. */
export interface HealthOptions {
  /** How long one readiness check may take before it counts as failed, in ms. Default 2000. */
  checkTimeoutMs?: number;
}

/** Injection token of the {@link HealthOptions}. */
export const HEALTH_OPTIONS = Symbol('HEALTH_OPTIONS');
