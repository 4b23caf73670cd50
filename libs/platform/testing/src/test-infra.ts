/**
 * Where the integration tests find the shared infrastructure. One database and one Redis logical database are
 * reserved for tests; every test isolates itself with its own tenant ids rather than resetting anything.
 */
export const TEST_INFRA = {
  dbHost: '127.0.0.1',
  dbPort: 5432,
  dbName: 'trustcircle_test',
  dbAdminUser: 'postgres',
  /** Same as the local stack's: PostgreSQL roles are cluster-wide. */
  dbRolePassword: 'trustcircle-local',
  redisUrl: 'redis://127.0.0.1:6379/15',
  /** The test broker: a separate instance from the dev one, so tests never feed a running dev stack. */
  kafkaInstance: 'test',
  kafkaPort: 19092,
  kafkaControllerPort: 19093,
  kafkaBrokers: '127.0.0.1:19092',
  /** The test broker's SASL listener (PLAIN): where the Kafka TLS/SASL settings are tested against a real broker. */
  kafkaSasl: { port: 19094, users: { tcsasltest: 'saslTestPassword1' } },
} as const;

/** Refuses to touch a database whose name does not say it is for tests. */
export function assertTestDatabase(name: string): void {
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to run tests against database "${name}": its name must contain "test".`);
  }
}
