import { join, resolve } from 'node:path';

/** The checkout's root folder. */
export const ROOT = resolve(__dirname, '..', '..', '..', '..');

/** tools/kafka: the broker's pom.xml and its resolved jars (`.cache/`). */
export const KAFKA_DIR = join(ROOT, 'tools', 'kafka');
