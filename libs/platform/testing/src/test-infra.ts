/**
 * Where the integration tests find the shared infrastructure. On four cores or more `npm test` runs the integration
 * suites in shards, two jest processes at once (`TEST_SHARD`=1, 2); each shard has infrastructure of its own, so two
 * never meet: its own Kafka broker (the services' consumer groups are the real ones, and one broker would split
 * their partitions between the shards), database, Redis logical database, service ports and run directory. Within a
 * shard the suites run one file at a time, and every test isolates itself with its own tenant ids rather than
 * resetting anything.
 */
export interface TestInfra {
  /** 1 when not sharded. */
  shard: number;
  dbHost: string;
  dbPort: number;
  dbName: string;
  dbAdminUser: string;
  /** Same as the local stack's: PostgreSQL roles are cluster-wide. */
  dbRolePassword: string;
  redisUrl: string;
  /** The test broker: a separate instance from the dev one, so tests never feed a running dev stack. */
  kafkaInstance: string;
  kafkaPort: number;
  kafkaControllerPort: number;
  kafkaBrokers: string;
  /** The test broker's SASL listener (PLAIN): where the Kafka TLS/SASL settings are tested against a real broker. */
  kafkaSasl: { port: number; users: Record<string, string> };
  /** A service spawned as its own process listens on this plus its usual port (13002 for escrow in shard 1). */
  servicePortBase: number;
  /** The shard's files under the checkout: the run's platform key, infra record, service logs, chaos reports. */
  runDir: string;
}

/** The most shards a run may have: each takes a Redis logical database counting down from 15. */
export const MAX_TEST_SHARDS = 8;

/** The infrastructure of shard `shard` (1-based). Shard 1 keeps the names a run without shards always had. */
export function testInfraFor(shard: number): TestInfra {
  if (!Number.isInteger(shard) || shard < 1 || shard > MAX_TEST_SHARDS) throw new Error(`TEST_SHARD must be an integer from 1 to ${MAX_TEST_SHARDS}, not ${shard}`);
  const k = shard - 1;
  const suffix = k === 0 ? '' : `-${shard}`;
  return {
    shard,
    dbHost: '127.0.0.1',
    dbPort: 5432,
    dbName: k === 0 ? 'trustcircle_test' : `trustcircle_test_${shard}`,
    dbAdminUser: 'postgres',
    dbRolePassword: 'trustcircle-local',
    redisUrl: `redis://127.0.0.1:6379/${15 - k}`,
    kafkaInstance: `test${suffix}`,
    kafkaPort: 19092 + 10 * k,
    kafkaControllerPort: 19093 + 10 * k,
    kafkaBrokers: `127.0.0.1:${19092 + 10 * k}`,
    kafkaSasl: { port: 19094 + 10 * k, users: { tcsasltest: 'saslTestPassword1' } },
    servicePortBase: 10_000 + 100 * k,
    runDir: `.var/test-run${suffix}`,
  };
}

/** The shard this process belongs to: `TEST_SHARD`, or 1. */
export function testShard(env: NodeJS.ProcessEnv = process.env): number {
  return env.TEST_SHARD === undefined || env.TEST_SHARD === '' ? 1 : Number(env.TEST_SHARD);
}

/** This process's shard's infrastructure. */
export const TEST_INFRA: TestInfra = testInfraFor(testShard());

/** Refuses to touch a database whose name does not say it is for tests. */
export function assertTestDatabase(name: string): void {
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to run tests against database "${name}": its name must contain "test".`);
  }
}
