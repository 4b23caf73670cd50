/**
 * The setup job's configuration (tools/deploy/setup.ts): validated like the services', problems named without
 * their values. Running it against PostgreSQL and Kafka is tools/deploy/setup.int-spec.ts.
 */
import { ConfigError } from '@trustcircle/config';
import { loadSetupConfig, main } from './setup';

const VALID = { DB_NAME: 'trustcircle', DB_PASSWORD: 'role-password-1', DB_ADMIN_PASSWORD: 'admin-password-1', KAFKA_BROKERS: 'kafka:9092' };

function problemsOf(env: Record<string, string>): Record<string, string[]> {
  try {
    loadSetupConfig(env);
    return {};
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return Object.fromEntries(e.problems.map((p) => [p.variable, p.problems]));
  }
}

describe('loadSetupConfig', () => {
  it('accepts the compose environment, with defaults for the rest', () => {
    const config = loadSetupConfig(VALID);
    expect(config).toEqual(
      expect.objectContaining({ NODE_ENV: 'production', DB_HOST: '127.0.0.1', DB_PORT: 5432, DB_ADMIN_USER: 'postgres', SETUP_TOPICS: true, KAFKA_BROKERS: ['kafka:9092'], SETUP_TOPIC_REPLICATION_FACTOR: 1 }),
    );
  });

  it('requires the database name and the role password', () => {
    expect(Object.keys(problemsOf({ KAFKA_BROKERS: 'kafka:9092' })).sort()).toEqual(['DB_NAME', 'DB_PASSWORD']);
  });

  it('refuses a database name that is not a plain identifier, and a short role password', () => {
    expect(Object.keys(problemsOf({ ...VALID, DB_NAME: 'trust"; DROP', DB_PASSWORD: 'short' })).sort()).toEqual(['DB_NAME', 'DB_PASSWORD']);
  });

  it('requires KAFKA_BROKERS only when it creates topics', () => {
    const { KAFKA_BROKERS: _brokers, ...withoutKafka } = VALID;
    expect(Object.keys(problemsOf(withoutKafka))).toEqual(['KAFKA_BROKERS']);
    expect(problemsOf({ ...withoutKafka, SETUP_TOPICS: 'false' })).toEqual({});
    expect(Object.keys(problemsOf({ ...VALID, KAFKA_BROKERS: 'kafka' }))).toEqual(['KAFKA_BROKERS']);
  });

  it('lets the admin password be unset (PGPASSWORD, ~/.pgpass or trust then apply), never empty', () => {
    const { DB_ADMIN_PASSWORD: _admin, ...withoutAdmin } = VALID;
    expect(problemsOf(withoutAdmin)).toEqual({});
    expect(Object.keys(problemsOf({ ...VALID, SETUP_TOPICS: 'maybe', DB_PORT: 'x' })).sort()).toEqual(['DB_PORT', 'SETUP_TOPICS']);
  });
});

describe('main', () => {
  it('exits 2 on a bad configuration, naming variables but never printing a value', async () => {
    const errors: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    try {
      expect(await main({ DB_NAME: 'Bad Name', DB_PASSWORD: 'pw-sec', DB_ADMIN_PASSWORD: 'admin-secret-xyz', KAFKA_BROKERS: 'kafka:9092' })).toBe(2);
    } finally {
      spy.mockRestore();
    }
    const output = errors.join('\n');
    expect(output).toContain('DB_NAME');
    expect(output).toContain('DB_PASSWORD');
    expect(output).not.toContain('pw-sec');
    expect(output).not.toContain('admin-secret-xyz');
  });

  it('exits 1 when a step fails, naming the step and not the passwords', async () => {
    const errors: string[] = [];
    const spyError = jest.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    const spyLog = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      // Port 1 on the loopback refuses at once: no server is needed to see the failure path.
      expect(await main({ ...VALID, DB_PORT: '1', SETUP_TOPICS: 'false' })).toBe(1);
    } finally {
      spyError.mockRestore();
      spyLog.mockRestore();
    }
    expect(errors.join('\n')).toMatch(/provision PostgreSQL failed: .*ECONNREFUSED/);
    expect(errors.join('\n')).not.toContain(VALID.DB_ADMIN_PASSWORD);
  });
});
