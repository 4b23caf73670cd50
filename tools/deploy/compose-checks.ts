/**
 * Checks of docker-compose.yml that need no Docker engine: pure functions from the parsed file to a list of
 * problems (empty when fine), so tests can feed them broken variants. tools/deploy/compose.spec.ts runs them on
 * the real file, and proves each one catches the mistake it is for.
 */
import { SERVICE_NAMES, SERVICES } from '@trustcircle/contracts';
import { parse } from 'yaml';
import { loadSetupConfig } from './setup';
import { configProblems } from './service-config';

/** The Dockerfile every app's image is built from, relative to the build context (the repository root). */
export const DOCKERFILE = 'deploy/docker/Dockerfile';
/** The one-shot job's compose service and APP build argument. */
export const SETUP_APP = 'setup';
/** Secrets compose must refuse to start without (`${VAR:?message}`), whatever else the file holds. */
export const REQUIRED_SECRETS = ['POSTGRES_PASSWORD', 'DB_PASSWORD', 'PLATFORM_ENCRYPTION_KEY'] as const;
/** Variable names that hold secrets: their values must come from the environment, never the file. */
export const SECRET_NAME = /(PASSWORD|SECRET|TOKEN|ENCRYPTION_KEY|ACCESS_KEY_ID|ACCESS_KEY)$/;

/** One compose service, as far as the checks read it. */
export interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, unknown> | string[] };
  environment?: Record<string, unknown> | string[];
  ports?: Array<string | number | { host_ip?: string; published?: string | number; target?: number }>;
  healthcheck?: { test?: unknown; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
  profiles?: string[];
  network_mode?: string;
  command?: string[] | string;
  volumes?: Array<string | { type?: string; source?: string; target?: string }>;
  restart?: string;
}

/** The parsed file, as far as the checks read it. */
export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/**
 * Parses compose YAML as Docker Compose does (YAML 1.2 with `<<` merge keys, duplicate keys refused). Returns
 * the file, or the problems that stop it from being one.
 */
export function parseCompose(text: string): { compose?: ComposeFile; problems: string[] } {
  let doc: unknown;
  try {
    doc = parse(text, { merge: true, uniqueKeys: true, prettyErrors: false });
  } catch (e) {
    return { problems: [`does not parse: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`] };
  }
  if (!isRecord(doc) || !isRecord(doc.services)) return { problems: ['has no `services` mapping'] };
  return { compose: doc as unknown as ComposeFile, problems: [] };
}

/** Every check, by name. */
export const COMPOSE_CHECKS = {
  apps: checkApps,
  environment: checkEnvironment,
  consoleTargets: checkConsoleTargets,
  ports: checkPorts,
  healthchecks: checkHealthchecks,
  dependencies: checkDependencies,
  secrets: checkSecrets,
  volumes: checkVolumes,
} satisfies Record<string, (compose: ComposeFile) => string[]>;

/** Parses `text` and runs every check: `[]` when the file is fine. */
export function composeProblems(text: string): string[] {
  const { compose, problems } = parseCompose(text);
  if (!compose) return problems;
  return Object.values(COMPOSE_CHECKS).flatMap((check) => check(compose));
}

/** Every app (the six services and `setup`) is a compose service built from {@link DOCKERFILE} with APP = its name. */
export function checkApps(compose: ComposeFile): string[] {
  const problems: string[] = [];
  for (const app of [...SERVICE_NAMES, SETUP_APP]) {
    const service = compose.services[app];
    if (!service) {
      problems.push(`${app}: no such service`);
      continue;
    }
    const build = typeof service.build === 'string' ? { context: service.build } : service.build;
    if (!build) {
      problems.push(`${app}: not built (no build:)`);
      continue;
    }
    if ((build.context ?? '.') !== '.') problems.push(`${app}: build context must be the repository root (.)`);
    if (build.dockerfile !== DOCKERFILE) problems.push(`${app}: must be built from ${DOCKERFILE}`);
    const args = Array.isArray(build.args) ? Object.fromEntries(build.args.map((a) => [a.split('=')[0], a.slice(a.indexOf('=') + 1)])) : (build.args ?? {});
    if (args.APP !== app) problems.push(`${app}: build arg APP must be ${app}`);
  }
  return problems;
}

/**
 * Each service's environment, interpolated with sample values, boots it in production (its config schema, via
 * `configProblems`), binds 0.0.0.0, and names hosts that are compose services; the setup job's environment
 * passes its own validation.
 */
export function checkEnvironment(compose: ComposeFile): string[] {
  const problems: string[] = [];
  const names = new Set(Object.keys(compose.services));
  const unknownHost = (app: string, variable: string, host: string): void => {
    if (!names.has(host)) problems.push(`${app}: ${variable} names host "${host}", which is not a compose service`);
  };
  const checkHosts = (app: string, env: Record<string, string>): void => {
    if (env.DB_HOST !== undefined) unknownHost(app, 'DB_HOST', env.DB_HOST);
    const redisHost = /^rediss?:\/\/(?:[^@/]*@)?([^:/]+)/.exec(env.REDIS_URL ?? '')?.[1];
    if (redisHost) unknownHost(app, 'REDIS_URL', redisHost);
    for (const broker of (env.KAFKA_BROKERS ?? '').split(',').filter(Boolean)) unknownHost(app, 'KAFKA_BROKERS', broker.trim().split(':')[0]);
  };
  for (const app of SERVICE_NAMES) {
    const service = compose.services[app];
    if (!service) continue;
    const env = interpolatedEnvironment(service);
    for (const p of configProblems(app, env)) problems.push(`${app}: ${p.variable}: ${p.problems.join('; ')}`);
    if (env.HTTP_HOST !== '0.0.0.0') problems.push(`${app}: HTTP_HOST must be 0.0.0.0 (reachable from other containers and the published port)`);
    checkHosts(app, env);
  }
  const setup = compose.services[SETUP_APP];
  if (setup) {
    const env = interpolatedEnvironment(setup);
    try {
      loadSetupConfig(env);
    } catch (e) {
      const listed = (e as { problems?: Array<{ variable: string; problems: string[] }> }).problems;
      if (!listed) throw e;
      for (const p of listed) problems.push(`${SETUP_APP}: ${p.variable}: ${p.problems.join('; ')}`);
    }
    checkHosts(SETUP_APP, env);
  }
  return problems;
}

/** The console reaches every other service by its compose hostname and port, for its proxy and its overview. */
export function checkConsoleTargets(compose: ComposeFile): string[] {
  const service = compose.services.console;
  if (!service) return [];
  const env = interpolatedEnvironment(service);
  const problems: string[] = [];
  for (const variable of ['DEV_PROXY_TARGETS', 'SERVICE_HEALTH_TARGETS']) {
    const targets = new Map((env[variable] ?? '').split(',').filter(Boolean).map((pair) => [pair.split('=')[0].trim(), pair.slice(pair.indexOf('=') + 1).trim()]));
    for (const other of SERVICE_NAMES.filter((s) => s !== 'console')) {
      const expected = `http://${other}:${SERVICES[other].port}`;
      if (targets.get(other) !== expected) problems.push(`console: ${variable} must map ${other} to ${expected}`);
    }
  }
  return problems;
}

/** Published ports are bound to 127.0.0.1 and no two services take the same host port (host-network ones included). */
export function checkPorts(compose: ComposeFile): string[] {
  const problems: string[] = [];
  const taken = new Map<number, string>();
  const take = (service: string, port: number): void => {
    const owner = taken.get(port);
    if (owner !== undefined) problems.push(`${service}: host port ${port} is already taken by ${owner}`);
    else taken.set(port, service);
  };
  for (const [name, service] of Object.entries(compose.services)) {
    for (const entry of service.ports ?? []) {
      const published = publishedPort(entry);
      if (!published) {
        problems.push(`${name}: port ${JSON.stringify(entry)} must be published as 127.0.0.1:<host>:<container>`);
        continue;
      }
      if (published.ip !== '127.0.0.1') problems.push(`${name}: port ${published.port} is published on ${published.ip || 'every interface'}, not 127.0.0.1`);
      take(name, published.port);
    }
    if (service.network_mode === 'host') for (const port of hostNetworkPorts(service)) take(name, port);
  }
  return problems;
}

/** Every long-running service (all but the one-shot jobs) has an image or a build, and a healthcheck. */
export function checkHealthchecks(compose: ComposeFile): string[] {
  const problems: string[] = [];
  const jobs = oneShotJobs(compose);
  for (const [name, service] of Object.entries(compose.services)) {
    if (!service.image && !service.build) problems.push(`${name}: has neither image nor build`);
    if (jobs.has(name)) continue;
    if (!hasHealthcheck(service)) problems.push(`${name}: long-running service without a healthcheck`);
  }
  return problems;
}

/**
 * Dependencies wait for a condition: `service_healthy` on a service with a healthcheck, or
 * `service_completed_successfully` on a job. Every app waits for setup (completed) and the infrastructure
 * (healthy); setup waits for PostgreSQL and Kafka (healthy).
 */
export function checkDependencies(compose: ComposeFile): string[] {
  const problems: string[] = [];
  const conditions = (name: string): Record<string, string | undefined> => {
    const deps = compose.services[name]?.depends_on;
    if (!deps) return {};
    if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, undefined]));
    return Object.fromEntries(Object.entries(deps).map(([d, spec]) => [d, spec?.condition]));
  };
  for (const name of Object.keys(compose.services)) {
    for (const [dep, condition] of Object.entries(conditions(name))) {
      const target = compose.services[dep];
      if (!target) problems.push(`${name}: depends on ${dep}, which is not a service`);
      else if (condition === 'service_healthy') {
        if (!hasHealthcheck(target)) problems.push(`${name}: waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
      } else if (condition !== 'service_completed_successfully') {
        problems.push(`${name}: depends on ${dep} without condition service_healthy or service_completed_successfully`);
      }
    }
  }
  const expect = (name: string, dep: string, condition: string): void => {
    if (compose.services[name] && conditions(name)[dep] !== condition) problems.push(`${name}: must depend on ${dep} with condition ${condition}`);
  };
  for (const app of SERVICE_NAMES) {
    expect(app, SETUP_APP, 'service_completed_successfully');
    for (const infra of ['postgres', 'redis', 'kafka']) expect(app, infra, 'service_healthy');
  }
  for (const infra of ['postgres', 'kafka']) expect(SETUP_APP, infra, 'service_healthy');
  return problems;
}

/**
 * Secrets come from the environment and compose refuses to start without them: every secret-named variable's
 * value is exactly `${VAR:?message}`, and {@link REQUIRED_SECRETS} are among them.
 */
export function checkSecrets(compose: ComposeFile): string[] {
  const problems: string[] = [];
  const required = new Set<string>();
  for (const [name, service] of Object.entries(compose.services)) {
    for (const [variable, value] of Object.entries(rawEnvironment(service))) {
      const match = /^\$\{([A-Z_][A-Z0-9_]*):\?[^}]*\}$/.exec(value);
      if (match) required.add(match[1]);
      if (SECRET_NAME.test(variable) && !match) problems.push(`${name}: ${variable} is a secret: its value must be \${SOME_VAR:?message}, not written in the file or defaulted`);
    }
  }
  for (const secret of REQUIRED_SECRETS) if (!required.has(secret)) problems.push(`\${${secret}:?…} is required by no service`);
  return problems;
}

/** Named volumes that services mount are declared at the top level, and PostgreSQL and Kafka keep their data in one. */
export function checkVolumes(compose: ComposeFile): string[] {
  const problems: string[] = [];
  const declared = new Set(Object.keys(compose.volumes ?? {}));
  const named = (service: ComposeService): Array<{ source: string; target: string }> =>
    (service.volumes ?? [])
      .map((v) => (typeof v === 'string' ? { source: v.split(':')[0], target: v.split(':')[1] ?? '' } : { source: v.source ?? '', target: v.target ?? '' }))
      .filter((v) => v.source !== '' && !v.source.startsWith('.') && !v.source.startsWith('/') && !v.source.startsWith('~'));
  for (const [name, service] of Object.entries(compose.services)) {
    for (const v of named(service)) if (!declared.has(v.source)) problems.push(`${name}: volume ${v.source} is not declared under volumes:`);
  }
  for (const [name, dataDir] of [
    ['postgres', '/var/lib/postgresql/data'],
    ['kafka', '/var/lib/kafka/data'],
  ] as const) {
    const service = compose.services[name];
    if (!service) problems.push(`${name}: no such service`);
    else if (!named(service).some((v) => v.target === dataDir)) problems.push(`${name}: ${dataDir} must be a named volume`);
  }
  return problems;
}

/** A 32-byte base64 key, the shape PLATFORM_ENCRYPTION_KEY must have. */
export const SAMPLE_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

/** The value a required `${VAR:?…}` stands for in the checks. */
export function sampleValue(variable: string): string {
  return variable === 'PLATFORM_ENCRYPTION_KEY' ? SAMPLE_ENCRYPTION_KEY : `sample-${variable.toLowerCase().replace(/_/g, '-')}`;
}

/**
 * Interpolates a compose value as Compose would with an environment holding only the required variables:
 * `${VAR:?msg}`/`${VAR?msg}` take {@link sampleValue}, `${VAR:-default}`/`${VAR-default}` their default,
 * `${VAR}`/`$VAR` nothing, `$$` a `$`.
 */
export function interpolate(value: string): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[?-])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole: string, name?: string, op?: string, arg?: string) => {
    if (whole === '$$') return '$';
    if (!name) return '';
    if (op === ':?' || op === '?') return sampleValue(name);
    if (op === ':-' || op === '-') return arg ?? '';
    return '';
  });
}

/** A service's environment as written (map or `KEY=value` list), values as strings. */
export function rawEnvironment(service: ComposeService): Record<string, string> {
  const env = service.environment;
  if (!env) return {};
  if (Array.isArray(env)) return Object.fromEntries(env.map((e) => [e.split('=')[0], e.includes('=') ? e.slice(e.indexOf('=') + 1) : '']));
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]));
}

/** A service's environment after {@link interpolate}. */
export function interpolatedEnvironment(service: ComposeService): Record<string, string> {
  return Object.fromEntries(Object.entries(rawEnvironment(service)).map(([k, v]) => [k, interpolate(v)]));
}

/** Services another waits for with `service_completed_successfully`: one-shot jobs. */
function oneShotJobs(compose: ComposeFile): Set<string> {
  const jobs = new Set<string>();
  for (const service of Object.values(compose.services)) {
    if (!service.depends_on || Array.isArray(service.depends_on)) continue;
    for (const [dep, spec] of Object.entries(service.depends_on)) if (spec?.condition === 'service_completed_successfully') jobs.add(dep);
  }
  return jobs;
}

function hasHealthcheck(service: ComposeService): boolean {
  return !!service.healthcheck && service.healthcheck.disable !== true && service.healthcheck.test !== undefined && service.healthcheck.test !== 'NONE';
}

function publishedPort(entry: string | number | { host_ip?: string; published?: string | number; target?: number }): { ip: string; port: number } | undefined {
  if (typeof entry === 'object') return entry.published !== undefined ? { ip: entry.host_ip ?? '', port: Number(entry.published) } : undefined;
  const parts = String(entry).split('/')[0].split(':');
  if (parts.length === 3) return { ip: parts[0], port: Number(parts[1]) };
  if (parts.length === 2) return { ip: '', port: Number(parts[0]) };
  return undefined;
}

/** Ports a host-network service listens on: Prometheus' `--web.listen-address`, Grafana's GF_SERVER_HTTP_PORT. */
function hostNetworkPorts(service: ComposeService): number[] {
  const ports: number[] = [];
  const command = Array.isArray(service.command) ? service.command : (service.command ?? '').split(/\s+/);
  for (const arg of command) {
    const listen = /^--web\.listen-address=.*:(\d+)$/.exec(arg);
    if (listen) ports.push(Number(listen[1]));
  }
  const grafana = interpolatedEnvironment(service).GF_SERVER_HTTP_PORT;
  if (grafana) ports.push(Number(grafana));
  return ports;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

