/**
 * One dependency the service needs before it can take traffic (the database, Redis, Kafka…). Libraries provide
 * their check with {@link provideReadinessCheck}; `GET /health/ready` runs them all.
 */
export interface ReadinessCheck {
  /** Short stable name shown by the readiness endpoint, e.g. `redis`, `postgres`, `kafka`. */
  readonly name: string;
  /** Resolves when the dependency is usable; throws (or rejects) when it is not. */
  check(): Promise<void>;
}
