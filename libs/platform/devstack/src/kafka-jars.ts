import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KAFKA_DIR } from './paths';

/** The Kafka version pinned in tools/kafka/pom.xml. */
export function kafkaVersion(): string {
  const pom = readFileSync(join(KAFKA_DIR, 'pom.xml'), 'utf8');
  const m = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(pom);
  if (!m) throw new Error('tools/kafka/pom.xml has no <kafka.version>');
  return m[1];
}

/** Resolves the broker's runtime classpath with Maven, once per Kafka version. Returns the libs folder. */
export function ensureKafkaJars(log: (msg: string) => void = () => undefined): string {
  const version = kafkaVersion();
  const libs = join(KAFKA_DIR, '.cache', `libs-${version}`);
  if (existsSync(join(libs, '.complete'))) return libs;
  const tmp = `${libs}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  log(`Resolving Apache Kafka ${version} jars with Maven (first run only)...`);
  execFileSync(
    'mvn',
    ['-q', '-B', '-Dstyle.color=never', '-f', join(KAFKA_DIR, 'pom.xml'), 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${tmp}`],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const jars = readdirSync(tmp).filter((f) => f.endsWith('.jar'));
  if (!jars.some((j) => j.startsWith('kafka_2.13-')) || !jars.some((j) => j.startsWith('log4j-slf4j-impl-'))) {
    throw new Error(`Maven resolved an incomplete Kafka classpath in ${tmp}`);
  }
  writeFileSync(join(tmp, '.complete'), new Date().toISOString());
  rmSync(libs, { recursive: true, force: true });
  renameSync(tmp, libs);
  return libs;
}

