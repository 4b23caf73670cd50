import { ArrayMinSize, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { EmptyAsUnset, ToBool, ToInt, ToList } from './env-transforms';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** The SASL mechanisms the Kafka client speaks (Strimzi's `scram-sha-512` in production). */
export const KAFKA_SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;

/**
 * Variables every service reads. A service's own schema extends this class. Each variable is documented in
 * .env.example; a test keeps the two in step.
 */
export class ServiceEnv {
  /** Runtime mode. `production` refuses test hooks and fault injection. */
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  /** pino log level. */
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Human-readable logs (development only). */
  @ToBool() @IsBoolean()
  LOG_PRETTY = false;

  /** Interface the HTTP server binds. */
  @IsString() @IsNotEmpty()
  HTTP_HOST = '127.0.0.1';

  /** HTTP port; defaults to the service's port in the service map. */
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(65535)
  HTTP_PORT?: number;

  /** Largest accepted request body, e.g. `1mb`. */
  @Matches(/^\d+(b|kb|mb)$/i)
  HTTP_BODY_LIMIT = '1mb';

  /** PostgreSQL host. */
  @IsString() @IsNotEmpty()
  DB_HOST = '127.0.0.1';

  /** PostgreSQL port. */
  @ToInt() @IsInt() @Min(1) @Max(65535)
  DB_PORT = 5432;

  /** Database name (tests refuse a name without "test"). */
  @IsString() @IsNotEmpty()
  DB_NAME!: string;

  /** Password of the service's own role (`tc_<schema>`). */
  @IsString() @MinLength(8)
  DB_PASSWORD!: string;

  /** Overrides the service's role name; normally `tc_<schema>`. */
  @IsOptional() @IsString() @IsNotEmpty()
  DB_USER?: string;

  /** Connection pool cap: six services share one PostgreSQL. */
  @ToInt() @IsInt() @Min(2) @Max(50)
  DB_POOL_MAX = 8;

  /** Redis URL, e.g. redis://127.0.0.1:6379/0. */
  @Matches(/^rediss?:\/\//)
  REDIS_URL!: string;

  /** Kafka bootstrap brokers, comma-separated host:port. */
  @ToList() @ArrayMinSize(1) @Matches(/^[\w.-]+:\d+$/, { each: true })
  KAFKA_BROKERS!: string[];

  /** Kafka over TLS. Implied when KAFKA_SSL_CA_FILE is set. */
  @ToBool() @IsBoolean()
  KAFKA_SSL = false;

  /** PEM file of the CA that signed the brokers' certificates (Strimzi: the cluster CA); else the system's CAs. */
  @EmptyAsUnset() @IsOptional() @IsString() @IsNotEmpty()
  KAFKA_SSL_CA_FILE?: string;

  /** SASL mechanism to authenticate to Kafka with; unset: no SASL (the local broker). */
  @EmptyAsUnset() @IsOptional() @IsIn(KAFKA_SASL_MECHANISMS)
  KAFKA_SASL_MECHANISM?: (typeof KAFKA_SASL_MECHANISMS)[number];

  /** The service's Kafka user (Strimzi: its KafkaUser, `tc-<service>`). Required with KAFKA_SASL_MECHANISM. */
  @EmptyAsUnset() @ValidateIf((env: ServiceEnv) => env.KAFKA_SASL_MECHANISM !== undefined) @IsString() @IsNotEmpty()
  KAFKA_SASL_USERNAME?: string;

  /** The Kafka user's password. Required with KAFKA_SASL_MECHANISM. A secret: never logged. */
  @EmptyAsUnset() @ValidateIf((env: ServiceEnv) => env.KAFKA_SASL_MECHANISM !== undefined) @IsString() @IsNotEmpty()
  KAFKA_SASL_PASSWORD?: string;

  /**
   * The platform key (32 random bytes, base64): webhook secrets and one-time codes travel and rest encrypted
   * under it (AES-256-GCM). A secret: never logged.
   */
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'PLATFORM_ENCRYPTION_KEY must be 32 bytes, base64-encoded' })
  PLATFORM_ENCRYPTION_KEY!: string;

  /** Outbox relay's safety-net poll interval (it is normally woken by LISTEN/NOTIFY). */
  @ToInt() @IsInt() @Min(50) @Max(60_000)
  OUTBOX_POLL_MS = 1000;

  /** Events published per relay round trip. */
  @ToInt() @IsInt() @Min(1) @Max(5000)
  OUTBOX_BATCH_SIZE = 500;

  /** Partitions a consumer processes concurrently. */
  @ToInt() @IsInt() @Min(1) @Max(64)
  CONSUMER_CONCURRENCY = 3;

  /**
   * Most events of one partition's backlog applied in one transaction (1: a transaction per event). Fewer commits
   * under load; a run that fails is rolled back and applied one event at a time.
   */
  @ToInt() @IsInt() @Min(1) @Max(1000)
  CONSUMER_MAX_EVENTS_PER_TRANSACTION = 50;

  /** Deadline sweeper interval. */
  @ToInt() @IsInt() @Min(50) @Max(600_000)
  DEADLINE_SWEEP_MS = 1000;

  /** Enables the test-only time and sweep controls (`/__test/*`). Refused in production. */
  @ToBool() @IsBoolean()
  TEST_HOOKS_ENABLED = false;

  /** Test-only fault injection points (comma-separated); refused in production. */
  @ToList() @IsString({ each: true })
  FAULT_POINTS: string[] = [];
}
