// Runs in every integration-test worker before the test file: points config at its shard's test infrastructure.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TEST_INFRA } from './test-infra';

process.env.NODE_ENV = 'test';
process.env.DB_HOST ??= TEST_INFRA.dbHost;
process.env.DB_PORT ??= String(TEST_INFRA.dbPort);
process.env.DB_NAME = process.env.TEST_DB_NAME ?? TEST_INFRA.dbName;
process.env.DB_PASSWORD ??= TEST_INFRA.dbRolePassword;
process.env.REDIS_URL ??= TEST_INFRA.redisUrl;
process.env.KAFKA_BROKERS ??= TEST_INFRA.kafkaBrokers;
process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
process.env.LOG_LEVEL ??= 'warn';
// The run's platform key and compiled services, from the global setup (workers may not inherit its env).
const runDir = join(resolve(__dirname, '..', '..', '..', '..'), TEST_INFRA.runDir);
process.env.PLATFORM_ENCRYPTION_KEY ??= readFileSync(join(runDir, 'platform-key'), 'utf8').trim();
process.env.TEST_DIST_DIR ??= (JSON.parse(readFileSync(join(runDir, 'infra.json'), 'utf8')) as { dist?: { dir: string } }).dist?.dir;
