/**
 * docker-compose.yml runs the whole platform, checked without a Docker engine (tools/deploy/compose-checks.ts):
 * the real file passes every check, and each check catches a broken variant of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NAMES } from '@trustcircle/contracts';
import {
  COMPOSE_CHECKS,
  type ComposeFile,
  type ComposeService,
  composeProblems,
  interpolate,
  interpolatedEnvironment,
  parseCompose,
  SAMPLE_ENCRYPTION_KEY,
} from './compose-checks';
import { REPO_ROOT } from './build-dist';

const TEXT = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');

/** A fresh parse of the real file (anchors resolve to shared objects: variants replace them, never mutate). */
function fresh(): ComposeFile {
  const { compose, problems } = parseCompose(TEXT);
  if (!compose) throw new Error(problems.join('\n'));
  return compose;
}

/** The real file with one service replaced by `change(service)`. */
function withService(name: string, change: (s: ComposeService) => ComposeService | undefined): ComposeFile {
  const compose = fresh();
  const changed = change({ ...compose.services[name] });
  const services = { ...compose.services };
  if (changed) services[name] = changed;
  else delete services[name];
  return { ...compose, services };
}

/** The real file with one variable of one service's environment set (or removed, with undefined). */
function withEnv(name: string, variable: string, value: string | undefined): ComposeFile {
  return withService(name, (s) => {
    const environment = { ...(s.environment as Record<string, unknown>) };
    if (value === undefined) delete environment[variable];
    else environment[variable] = value;
    return { ...s, environment };
  });
}

describe('docker-compose.yml', () => {
  it('passes every check', () => {
    expect(composeProblems(TEXT)).toEqual([]);
  });

  it.each(Object.entries(COMPOSE_CHECKS))('passes the %s check on its own', (_name, check) => {
    expect(check(fresh())).toEqual([]);
  });

  it('runs every service, the setup job and the infrastructure by default, Prometheus and Grafana only in the monitoring profile', () => {
    const profiles = Object.fromEntries(Object.entries(fresh().services).map(([name, s]) => [name, s.profiles ?? []]));
    const always = ['kafka', 'postgres', 'redis', 'setup', ...SERVICE_NAMES];
    expect(Object.keys(profiles).sort()).toEqual([...always, 'prometheus', 'grafana'].sort());
    for (const name of always) expect(profiles[name]).toEqual([]);
    expect(profiles.prometheus).toEqual(['monitoring']);
    expect(profiles.grafana).toEqual(['monitoring']);
  });

  it('gives Kafka an internal listener for the containers and a host listener on 127.0.0.1', () => {
    const env = interpolatedEnvironment(fresh().services.kafka);
    expect(env.KAFKA_ADVERTISED_LISTENERS.split(',').sort()).toEqual(['HOST://127.0.0.1:9092', 'INTERNAL://kafka:9092']);
    expect(fresh().services.kafka.ports).toEqual(['127.0.0.1:9092:29092']);
    expect(env.KAFKA_LISTENERS).toContain('HOST://:29092');
  });
});

describe('the checks catch broken variants', () => {
  const problems = (compose: ComposeFile): string[] => Object.values(COMPOSE_CHECKS).flatMap((check) => check(compose));

  describe('parse', () => {
    it('refuses YAML that does not parse, duplicate keys, and a file without services', () => {
      expect(composeProblems(`${TEXT}\n  orders: [\n`)).toEqual([expect.stringMatching(/^does not parse/)]);
      expect(composeProblems(TEXT.replace('  redis:\n', '  kafka:\n'))).toEqual([expect.stringMatching(/^does not parse/)]);
      expect(composeProblems('name: x\n')).toEqual(['has no `services` mapping']);
    });
  });

  describe('apps', () => {
    it('catches a missing service, a missing setup job, a wrong Dockerfile and a wrong APP arg', () => {
      expect(COMPOSE_CHECKS.apps(withService('escrow', () => undefined))).toEqual(['escrow: no such service']);
      expect(COMPOSE_CHECKS.apps(withService('setup', () => undefined))).toEqual(['setup: no such service']);
      expect(COMPOSE_CHECKS.apps(withService('orders', (s) => ({ ...s, build: { context: '.', dockerfile: 'Dockerfile', args: { APP: 'orders' } } })))).toEqual([
        'orders: must be built from deploy/docker/Dockerfile',
      ]);
      expect(COMPOSE_CHECKS.apps(withService('disputes', (s) => ({ ...s, build: { context: '.', dockerfile: 'deploy/docker/Dockerfile', args: { APP: 'orders' } } })))).toEqual([
        'disputes: build arg APP must be disputes',
      ]);
      expect(COMPOSE_CHECKS.apps(withService('notifications', (s) => ({ ...s, build: undefined, image: 'x' })))).toEqual(['notifications: not built (no build:)']);
    });
  });

  describe('environment', () => {
    it('catches a required variable removed', () => {
      expect(COMPOSE_CHECKS.environment(withEnv('orders', 'REDIS_URL', undefined))).toEqual([expect.stringMatching(/^orders: REDIS_URL: /)]);
    });

    it('catches a value its schema refuses, and a key that is not 32 bytes', () => {
      expect(COMPOSE_CHECKS.environment(withEnv('escrow', 'DB_POOL_MAX', '500'))).toEqual([expect.stringMatching(/^escrow: DB_POOL_MAX: /)]);
      expect(COMPOSE_CHECKS.environment(withEnv('disputes', 'PLATFORM_ENCRYPTION_KEY', '${PLATFORM_ENCRYPTION_KEY:-dGVzdA==}'))).toEqual([
        'disputes: PLATFORM_ENCRYPTION_KEY: PLATFORM_ENCRYPTION_KEY must be 32 bytes, base64-encoded',
      ]);
    });

    it('catches a service bound to 127.0.0.1 inside its container', () => {
      expect(COMPOSE_CHECKS.environment(withEnv('notifications', 'HTTP_HOST', '127.0.0.1'))).toEqual([expect.stringMatching(/^notifications: HTTP_HOST must be 0\.0\.0\.0/)]);
    });

    it('catches hosts that are not compose services', () => {
      expect(COMPOSE_CHECKS.environment(withEnv('console', 'DB_HOST', 'localhost'))).toEqual(['console: DB_HOST names host "localhost", which is not a compose service']);
      expect(COMPOSE_CHECKS.environment(withEnv('orders', 'KAFKA_BROKERS', 'kafka:9092,broker-2:9092'))).toEqual(['orders: KAFKA_BROKERS names host "broker-2", which is not a compose service']);
      expect(COMPOSE_CHECKS.environment(withEnv('orders', 'REDIS_URL', 'redis://cache:6379/0'))).toEqual(['orders: REDIS_URL names host "cache", which is not a compose service']);
    });

    it("checks the setup job's environment with its own validation", () => {
      expect(COMPOSE_CHECKS.environment(withEnv('setup', 'KAFKA_BROKERS', undefined))).toEqual(['setup: KAFKA_BROKERS: KAFKA_BROKERS is required unless SETUP_TOPICS=false']);
      expect(COMPOSE_CHECKS.environment(withEnv('setup', 'DB_NAME', 'Trust-Circle'))).toEqual([expect.stringMatching(/^setup: DB_NAME: /)]);
    });
  });

  describe('consoleTargets', () => {
    it('catches a service missing from the proxy targets, and one polled on 127.0.0.1', () => {
      const env = interpolatedEnvironment(fresh().services.console);
      const proxy = env.DEV_PROXY_TARGETS.split(',').filter((t) => !t.startsWith('disputes=')).join(',');
      expect(COMPOSE_CHECKS.consoleTargets(withEnv('console', 'DEV_PROXY_TARGETS', proxy))).toEqual(['console: DEV_PROXY_TARGETS must map disputes to http://disputes:3004']);
      const health = env.SERVICE_HEALTH_TARGETS.replace('orders=http://orders:3001', 'orders=http://127.0.0.1:3001');
      expect(COMPOSE_CHECKS.consoleTargets(withEnv('console', 'SERVICE_HEALTH_TARGETS', health))).toEqual(['console: SERVICE_HEALTH_TARGETS must map orders to http://orders:3001']);
    });
  });

  describe('ports', () => {
    it('catches two services on one host port, host-network ones included', () => {
      expect(COMPOSE_CHECKS.ports(withService('orders', (s) => ({ ...s, ports: ['127.0.0.1:3000:3001'] })))).toEqual(['orders: host port 3000 is already taken by console']);
      expect(COMPOSE_CHECKS.ports(withEnv('grafana', 'GF_SERVER_HTTP_PORT', '3002'))).toEqual(['grafana: host port 3002 is already taken by escrow']);
    });

    it('catches a port published on every interface, or not published to a fixed host port', () => {
      expect(COMPOSE_CHECKS.ports(withService('escrow', (s) => ({ ...s, ports: ['3002:3002'] })))).toEqual(['escrow: port 3002 is published on every interface, not 127.0.0.1']);
      expect(COMPOSE_CHECKS.ports(withService('redis', (s) => ({ ...s, ports: ['0.0.0.0:6379:6379'] })))).toEqual(['redis: port 6379 is published on 0.0.0.0, not 127.0.0.1']);
      expect(COMPOSE_CHECKS.ports(withService('redis', (s) => ({ ...s, ports: ['6379'] })))).toEqual(['redis: port "6379" must be published as 127.0.0.1:<host>:<container>']);
    });
  });

  describe('healthchecks', () => {
    it('catches a long-running service without a healthcheck, or with it disabled', () => {
      expect(COMPOSE_CHECKS.healthchecks(withService('escrow', (s) => ({ ...s, healthcheck: undefined })))).toEqual(['escrow: long-running service without a healthcheck']);
      expect(COMPOSE_CHECKS.healthchecks(withService('postgres', (s) => ({ ...s, healthcheck: { disable: true } })))).toEqual(['postgres: long-running service without a healthcheck']);
    });

    it('catches a service with neither image nor build', () => {
      expect(COMPOSE_CHECKS.healthchecks(withService('redis', (s) => ({ ...s, image: undefined })))).toEqual(['redis: has neither image nor build']);
    });
  });

  describe('dependencies', () => {
    it('catches a dependency without a condition, or on a service that does not exist', () => {
      expect(COMPOSE_CHECKS.dependencies(withService('grafana', (s) => ({ ...s, depends_on: ['prometheus'] })))).toEqual([
        'grafana: depends on prometheus without condition service_healthy or service_completed_successfully',
      ]);
      expect(COMPOSE_CHECKS.dependencies(withService('grafana', (s) => ({ ...s, depends_on: { loki: { condition: 'service_healthy' } } })))).toEqual(['grafana: depends on loki, which is not a service']);
    });

    it('catches a service that does not wait for the setup job, or waits for health that is never reported', () => {
      const deps = (s: ComposeService): Record<string, { condition?: string }> => ({ ...(s.depends_on as Record<string, { condition?: string }>) });
      expect(
        COMPOSE_CHECKS.dependencies(
          withService('orders', (s) => {
            const { setup: _setup, ...rest } = deps(s);
            return { ...s, depends_on: rest };
          }),
        ),
      ).toEqual(['orders: must depend on setup with condition service_completed_successfully']);
      expect(COMPOSE_CHECKS.dependencies(withService('escrow', (s) => ({ ...s, depends_on: { ...deps(s), setup: { condition: 'service_healthy' } } })))).toEqual([
        'escrow: waits for setup to be healthy, but setup has no healthcheck',
        'escrow: must depend on setup with condition service_completed_successfully',
      ]);
      expect(COMPOSE_CHECKS.dependencies(withService('setup', (s) => ({ ...s, depends_on: { postgres: { condition: 'service_healthy' } } })))).toEqual([
        'setup: must depend on kafka with condition service_healthy',
      ]);
    });
  });

  describe('secrets', () => {
    it('catches a secret written in the file, or given a default', () => {
      expect(COMPOSE_CHECKS.secrets(withEnv('grafana', 'GF_SECURITY_ADMIN_PASSWORD', 'admin'))).toEqual([expect.stringMatching(/^grafana: GF_SECURITY_ADMIN_PASSWORD is a secret/)]);
      expect(COMPOSE_CHECKS.secrets(withEnv('orders', 'DB_PASSWORD', '${DB_PASSWORD:-trustcircle-local}'))).toEqual([expect.stringMatching(/^orders: DB_PASSWORD is a secret/)]);
    });

    it('catches a required secret that no service requires', () => {
      const compose = fresh();
      const services = Object.fromEntries(
        Object.entries(compose.services).map(([name, s]) => {
          const env = s.environment as Record<string, unknown> | undefined;
          if (!env) return [name, s];
          return [name, { ...s, environment: Object.fromEntries(Object.entries(env).filter(([k]) => k !== 'PLATFORM_ENCRYPTION_KEY')) }];
        }),
      );
      expect(COMPOSE_CHECKS.secrets({ ...compose, services })).toEqual(['${PLATFORM_ENCRYPTION_KEY:?…} is required by no service']);
    });
  });

  describe('volumes', () => {
    it('catches an undeclared named volume, and PostgreSQL without a named data volume', () => {
      expect(COMPOSE_CHECKS.volumes(withService('redis', (s) => ({ ...s, volumes: ['redis-data:/data'] })))).toEqual(['redis: volume redis-data is not declared under volumes:']);
      expect(COMPOSE_CHECKS.volumes(withService('postgres', (s) => ({ ...s, volumes: ['./pgdata:/var/lib/postgresql/data'] })))).toEqual(['postgres: /var/lib/postgresql/data must be a named volume']);
    });
  });

  it('reports every broken variant through composeProblems too', () => {
    expect(problems(withEnv('orders', 'REDIS_URL', undefined)).length).toBeGreaterThan(0);
  });
});

describe('interpolate', () => {
  it('substitutes required variables with samples, defaults with their default, the rest with nothing', () => {
    expect(interpolate('${DB_PASSWORD:?set it}')).toBe('sample-db-password');
    expect(interpolate('${PLATFORM_ENCRYPTION_KEY?x}')).toBe(SAMPLE_ENCRYPTION_KEY);
    expect(Buffer.from(SAMPLE_ENCRYPTION_KEY, 'base64')).toHaveLength(32);
    expect(interpolate('${LOG_LEVEL:-info}/${X-y}/${UNSET}/$ALSO_UNSET/$$HOME')).toBe('info/y///$HOME');
  });
});
