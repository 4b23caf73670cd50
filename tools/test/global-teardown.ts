/**
 * Stops the shard's Kafka broker if this run started it; a broker that was already running is left alone.
 * KEEP_KAFKA=1 keeps it running for the next run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, stopKafka } from '@trustcircle/devstack';
import { testInfraFor } from '@trustcircle/testing';

export default async function globalTeardown(): Promise<void> {
  // The global setup set TEST_SHARD in this process.
  const infra = testInfraFor(Number(process.env.TEST_SHARD ?? 1));
  try {
    const record = JSON.parse(readFileSync(join(ROOT, infra.runDir, 'infra.json'), 'utf8')) as { kafka: { started: boolean } };
    if (record.kafka.started && process.env.KEEP_KAFKA !== '1') await stopKafka(infra.kafkaInstance);
  } catch {
    // No record: nothing was started by this run.
  }
}
