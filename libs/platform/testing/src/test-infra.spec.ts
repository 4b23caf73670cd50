import { MAX_TEST_SHARDS, assertTestDatabase, testInfraFor, testShard } from './test-infra';

describe(assertTestDatabase.name, () => {
  it.each(['trustcircle_test', 'test', 'TEST_db'])('accepts %s', (name) => {
    expect(() => assertTestDatabase(name)).not.toThrow();
  });
  it.each(['trustcircle', 'production', 'postgres'])('refuses %s', (name) => {
    expect(() => assertTestDatabase(name)).toThrow(/must contain "test"/);
  });
});

describe(testInfraFor.name, () => {
  it('keeps the unsharded names for shard 1', () => {
    expect(testInfraFor(1)).toMatchObject({ dbName: 'trustcircle_test', redisUrl: 'redis://127.0.0.1:6379/15', kafkaInstance: 'test', kafkaBrokers: '127.0.0.1:19092', servicePortBase: 10_000, runDir: '.var/test-run' });
  });

  it('gives every shard its own broker, database, Redis database, ports and run directory', () => {
    const shards = Array.from({ length: MAX_TEST_SHARDS }, (_, i) => testInfraFor(i + 1));
    for (const key of ['dbName', 'redisUrl', 'kafkaInstance', 'kafkaBrokers', 'servicePortBase', 'runDir'] as const) {
      expect(new Set(shards.map((s) => s[key])).size).toBe(MAX_TEST_SHARDS);
    }
    const ports = shards.flatMap((s) => [s.kafkaPort, s.kafkaControllerPort, s.kafkaSasl.port]);
    expect(new Set(ports).size).toBe(ports.length);
    expect(testInfraFor(2)).toMatchObject({ dbName: 'trustcircle_test_2', redisUrl: 'redis://127.0.0.1:6379/14', kafkaInstance: 'test-2', kafkaPort: 19102, servicePortBase: 10_100 });
    for (const s of shards) expect(() => assertTestDatabase(s.dbName)).not.toThrow();
  });

  it.each([0, 9, 1.5, Number.NaN])('refuses shard %s', (shard) => {
    expect(() => testInfraFor(shard)).toThrow(/TEST_SHARD must be an integer from 1 to 8/);
  });

  it('reads the shard from TEST_SHARD', () => {
    expect(testShard({})).toBe(1);
    expect(testShard({ TEST_SHARD: '2' })).toBe(2);
  });
});
