/**
 * The environment of the local stack (`npm start`): defaults, then `.env` if the developer made one, then the
 * generated local secrets in `.var/local-secrets.env` (created once, never committed).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { ROOT } from '@trustcircle/devstack';

/** The port of the local SMS and webhook sandbox. */
export const SANDBOX_PORT = 3090;

/** One password for the services' local roles (PostgreSQL roles are cluster-wide: dev and test share them). */
export const LOCAL_DB_PASSWORD = 'trustcircle-local';

const DEFAULTS: Record<string, string> = {
  NODE_ENV: 'development',
  LOG_LEVEL: 'info',
  HTTP_HOST: '127.0.0.1',
  DB_HOST: '127.0.0.1',
  DB_PORT: '5432',
  DB_NAME: 'trustcircle',
  DB_PASSWORD: LOCAL_DB_PASSWORD,
  REDIS_URL: 'redis://127.0.0.1:6379/0',
  KAFKA_BROKERS: '127.0.0.1:9092',
  KAFKAJS_NO_PARTITIONER_WARNING: '1',
  PUBLIC_PORTAL_URL: 'http://localhost:3000',
  // Buyers' texts go to the local sandbox (tools/stack/sandbox, http://localhost:3090), never to a real phone.
  SMS_PROVIDERS: 'sms-http',
  SMS_GATEWAY_URL: `http://127.0.0.1:${SANDBOX_PORT}/sms`,
  SMS_GATEWAY_TOKEN: 'local-sandbox',
  // The demo texts at any hour, so its scenarios (which wait for each text) play through at night too; production
  // holds non-critical SMS and Zalo from 22:00 to 07:00 Vietnam time (NOTIFICATION_QUIET_HOURS=22-7, the default).
  NOTIFICATION_QUIET_HOURS: 'off',
  // The demo marketplace's webhooks go to the sandbox too (http to 127.0.0.1: development only).
  WEBHOOK_ALLOW_INSECURE_URLS: 'true',
};

export function localEnv(): Record<string, string> {
  const fromFile = existsSync(join(ROOT, '.env')) ? (parseEnv(readFileSync(join(ROOT, '.env'), 'utf8')) as Record<string, string>) : {};
  return { ...DEFAULTS, ...fromFile, ...localSecrets() };
}

function localSecrets(): Record<string, string> {
  const dir = join(ROOT, '.var');
  const file = join(dir, 'local-secrets.env');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `PLATFORM_ENCRYPTION_KEY=${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  }
  return parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
}
