/**
 * Checks of the rendered manifests (`kustomize build deploy/k8s/overlays/<name>`), as pure functions: each takes
 * the parsed objects (and what they must agree with) and returns the problems it finds, `[]` when none.
 * tools/deploy/k8s/k8s-checks.spec.ts runs them on both overlays and feeds each a broken variant.
 */
import { ROUTES, resolveRoute, SERVICE_NAMES, SERVICES, type ServiceName, type TopicDeclaration } from '@trustcircle/contracts';
import type { EnvSource } from '@trustcircle/config';
import { configProblems } from '../service-config';
import { at, find, firstContainer, list, ofKind, stringValues } from './k8s-objects';
import { COMMON_SECRET, CONSOLE_CONFIG_MAP, DB_ADMIN_SECRET, HEALTH_PATHS, type K8sObject, KAFKA_BOOTSTRAP, KAFKA_CLUSTER, METRICS_PATH, serviceKafkaUser } from './names';
import type { AclRule } from './kafka-resources';
import type { ConsumerGroup } from './topology';

/** Valid sample values for the Secret templates' placeholders, by key (only for checking; never deployed). */
export const SAMPLE_SECRET_VALUES: Readonly<Record<string, string>> = {
  DB_PASSWORD: 'sample-db-password',
  PLATFORM_ENCRYPTION_KEY: `${'A'.repeat(43)}=`,
  REDIS_URL: 'redis://redis:6379/0',
  DB_ADMIN_USER: 'postgres',
  DB_ADMIN_PASSWORD: 'sample-admin-password',
};

/** What every Secret template value starts with: a placeholder, never a real secret. */
export const PLACEHOLDER_PREFIX = 'CHANGE-ME';

/** Every service has a Deployment, Service, PodDisruptionBudget and HorizontalPodAutoscaler that point at each other. */
export function checkServiceWorkloads(objects: readonly K8sObject[]): string[] {
  return SERVICE_NAMES.flatMap((s) => {
    const problems: string[] = [];
    const deployment = find(objects, 'Deployment', s);
    for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler']) {
      if (!find(objects, kind, s)) problems.push(`${s}: no ${kind}`);
    }
    if (!deployment) return problems;
    const podLabels = (at(deployment, 'spec', 'template', 'metadata', 'labels') ?? {}) as Record<string, string>;
    const selects = (selector: unknown): boolean => Object.entries((selector ?? {}) as Record<string, string>).every(([k, v]) => podLabels[k] === v);
    const service = find(objects, 'Service', s);
    if (service && !selects(at(service, 'spec', 'selector'))) problems.push(`${s}: the Service does not select the Deployment's pods`);
    const pdb = find(objects, 'PodDisruptionBudget', s);
    if (pdb && !selects(at(pdb, 'spec', 'selector', 'matchLabels'))) problems.push(`${s}: the PodDisruptionBudget does not select the Deployment's pods`);
    const hpa = find(objects, 'HorizontalPodAutoscaler', s);
    if (hpa && (at(hpa, 'spec', 'scaleTargetRef', 'kind') !== 'Deployment' || at(hpa, 'spec', 'scaleTargetRef', 'name') !== s)) problems.push(`${s}: the HPA does not scale Deployment ${s}`);
    if (hpa && Number(at(hpa, 'spec', 'minReplicas')) > Number(at(hpa, 'spec', 'maxReplicas'))) problems.push(`${s}: HPA minReplicas > maxReplicas`);
    const image = String(at(firstContainer(deployment), 'image') ?? '');
    if (!image.startsWith(`trustcircle/${s}:`) && image !== `trustcircle/${s}`) problems.push(`${s}: image ${image} is not trustcircle/${s}`);
    return problems;
  });
}

/** The container port a probe or Service names (`http`) or gives (3001). */
function resolvePort(container: unknown, port: unknown): number | undefined {
  if (typeof port === 'number') return port;
  const named = list(container, 'ports').find((p) => at(p, 'name') === port);
  return named ? Number(at(named, 'containerPort')) : undefined;
}

/**
 * Probes hit real routes (`/health/ready`, `/health/live` of libs/platform/observability) on the port the service
 * listens on (SERVICES port, or HTTP_PORT), which is the container port the Service targets; and the container
 * is locked down (non-root, read-only root, no capabilities).
 */
export function checkProbesAndPorts(objects: readonly K8sObject[]): string[] {
  return SERVICE_NAMES.flatMap((s) => {
    const deployment = find(objects, 'Deployment', s);
    if (!deployment) return [];
    const c = firstContainer(deployment);
    const port = SERVICES[s].port;
    const problems: string[] = [];
    const httpPort = list(c, 'env').find((e) => at(e, 'name') === 'HTTP_PORT');
    if (httpPort && Number(at(httpPort, 'value')) !== port) problems.push(`${s}: HTTP_PORT ${String(at(httpPort, 'value'))} is not its port ${port}`);
    if (!list(c, 'ports').some((p) => Number(at(p, 'containerPort')) === port)) problems.push(`${s}: no container port ${port}`);
    for (const [probe, path] of [['readinessProbe', HEALTH_PATHS.ready], ['livenessProbe', HEALTH_PATHS.live]] as const) {
      if (at(c, probe, 'httpGet', 'path') !== path) problems.push(`${s}: ${probe} is not GET ${path}`);
      if (resolvePort(c, at(c, probe, 'httpGet', 'port')) !== port) problems.push(`${s}: ${probe} is not on port ${port}`);
    }
    const service = find(objects, 'Service', s);
    const servicePort = list(service, 'spec', 'ports')[0];
    if (service && (Number(at(servicePort, 'port')) !== port || resolvePort(c, at(servicePort, 'targetPort')) !== port)) problems.push(`${s}: the Service does not expose port ${port} to the container's ${port}`);
    const pod = at(deployment, 'spec', 'template', 'spec', 'securityContext');
    const sc = at(c, 'securityContext');
    if (at(pod, 'runAsNonRoot') !== true && at(sc, 'runAsNonRoot') !== true) problems.push(`${s}: not runAsNonRoot`);
    if (at(sc, 'readOnlyRootFilesystem') !== true) problems.push(`${s}: root filesystem not read-only`);
    if (at(sc, 'allowPrivilegeEscalation') !== false) problems.push(`${s}: privilege escalation allowed`);
    if (!list(sc, 'capabilities', 'drop').includes('ALL')) problems.push(`${s}: capabilities not dropped`);
    if (!at(c, 'resources', 'requests') || !at(c, 'resources', 'limits')) problems.push(`${s}: no resource requests and limits`);
    return problems;
  });
}

/** Secret names whose values an operator creates in the cluster (KafkaUser Secrets, the Strimzi cluster CA), not templates. */
function operatorSecrets(objects: readonly K8sObject[]): Set<string> {
  return new Set([...ofKind(objects, 'KafkaUser').map((u) => u.metadata.name), `${KAFKA_CLUSTER}-cluster-ca-cert`]);
}

/**
 * The environment a container gets: its ConfigMaps (rendered) and Secrets (templates, placeholders replaced by
 * `samples`), `envFrom` then `env`. References to nothing are problems.
 */
export function containerEnvironment(objects: readonly K8sObject[], secretTemplates: readonly K8sObject[], container: unknown, samples = SAMPLE_SECRET_VALUES): { env: EnvSource; problems: string[] } {
  const env: EnvSource = {};
  const problems: string[] = [];
  const secret = (name: string): Record<string, string> | undefined => {
    const t = find(secretTemplates, 'Secret', name);
    if (!t) return undefined;
    return Object.fromEntries(Object.entries(stringValues(t)).map(([k, v]) => [k, v.startsWith(PLACEHOLDER_PREFIX) && samples[k] !== undefined ? samples[k] : v]));
  };
  const configMap = (name: string): Record<string, string> | undefined => {
    const m = find(objects, 'ConfigMap', name);
    return m ? stringValues(m) : undefined;
  };
  for (const from of list(container, 'envFrom')) {
    const cm = at(from, 'configMapRef', 'name');
    const sr = at(from, 'secretRef', 'name');
    const values = typeof cm === 'string' ? configMap(cm) : typeof sr === 'string' ? secret(sr) : undefined;
    if (!values) problems.push(`envFrom ${String(cm ?? sr)} does not exist`);
    Object.assign(env, values ?? {});
  }
  for (const e of list(container, 'env')) {
    const name = String(at(e, 'name'));
    const cmRef = at(e, 'valueFrom', 'configMapKeyRef');
    const secretRef = at(e, 'valueFrom', 'secretKeyRef');
    if (cmRef) env[name] = configMap(String(at(cmRef, 'name')))?.[String(at(cmRef, 'key'))];
    else if (secretRef && operatorSecrets(objects).has(String(at(secretRef, 'name')))) env[name] = 'made-by-the-strimzi-operator';
    else if (secretRef) env[name] = secret(String(at(secretRef, 'name')))?.[String(at(secretRef, 'key'))];
    else env[name] = at(e, 'value') === undefined ? undefined : String(at(e, 'value'));
    if (env[name] === undefined) problems.push(`env ${name} refers to nothing`);
  }
  return { env, problems };
}

/** Each service's environment (ConfigMaps + Secret templates with sample values) passes its config schema in production. */
export function checkServiceConfig(objects: readonly K8sObject[], secretTemplates: readonly K8sObject[]): string[] {
  return SERVICE_NAMES.flatMap((s) => {
    const deployment = find(objects, 'Deployment', s);
    if (!deployment) return [];
    const { env, problems } = containerEnvironment(objects, secretTemplates, firstContainer(deployment));
    const out = problems.map((p) => `${s}: ${p}`);
    if (env.NODE_ENV !== 'production') out.push(`${s}: NODE_ENV is not production`);
    if (env.HTTP_HOST !== '0.0.0.0') out.push(`${s}: HTTP_HOST is not 0.0.0.0 (the probes could not reach it)`);
    const brokers = (env.KAFKA_BROKERS ?? '').split(',');
    if (!brokers.every((b) => b.startsWith(`${KAFKA_BOOTSTRAP}:`))) out.push(`${s}: KAFKA_BROKERS is not the Strimzi bootstrap service ${KAFKA_BOOTSTRAP}`);
    if (env.KAFKA_SASL_USERNAME !== serviceKafkaUser(s)) out.push(`${s}: Kafka user is not its own KafkaUser ${serviceKafkaUser(s)}`);
    for (const p of configProblems(s, env)) out.push(`${s}: ${p.variable}: ${p.problems.join('; ')}`);
    return out;
  });
}

/** The console: no dev proxy (the Ingress routes /v1), health targets = every service in the cluster, secure cookie when asked. */
export function checkConsoleConfig(objects: readonly K8sObject[], expectSecureCookie: boolean): string[] {
  const cm = find(objects, 'ConfigMap', CONSOLE_CONFIG_MAP);
  if (!cm) return [`no ConfigMap ${CONSOLE_CONFIG_MAP}`];
  const v = stringValues(cm);
  const problems: string[] = [];
  if (v.DEV_PROXY_ENABLED !== 'false') problems.push('console: DEV_PROXY_ENABLED must be false (the Ingress routes /v1 paths)');
  const targets = new Set((v.SERVICE_HEALTH_TARGETS ?? '').split(','));
  for (const s of SERVICE_NAMES) if (!targets.has(`${s}=http://${s}:${SERVICES[s].port}`)) problems.push(`console: SERVICE_HEALTH_TARGETS lacks ${s}=http://${s}:${SERVICES[s].port}`);
  if (expectSecureCookie && v.OPERATOR_REFRESH_COOKIE_SECURE !== 'true') problems.push('console: OPERATOR_REFRESH_COOKIE_SECURE must be true');
  return problems;
}

/** For every consumer group, its service's HPA maxReplicas ≤ the fewest partitions among the topics the group reads. */
export function checkAutoscalerBounds(objects: readonly K8sObject[], groups: readonly ConsumerGroup[], topics: readonly TopicDeclaration[]): string[] {
  const partitions = new Map(topics.map((t) => [t.name, t.partitions]));
  return groups.flatMap((g) => {
    const hpa = find(objects, 'HorizontalPodAutoscaler', g.service);
    if (!hpa) return [];
    const max = Number(at(hpa, 'spec', 'maxReplicas'));
    const bound = Math.min(...g.topics.map((t) => partitions.get(t) ?? 0));
    return max > bound ? [`${g.service}: HPA maxReplicas ${max} > ${bound}, the fewest partitions among the topics group ${g.group} reads`] : [];
  });
}

/** The KafkaTopics are exactly the declarations: name, partitions, cleanup.policy, retention.ms, replicas. */
export function checkTopics(objects: readonly K8sObject[], declarations: readonly TopicDeclaration[], replicas: number): string[] {
  const topics = ofKind(objects, 'KafkaTopic');
  const problems: string[] = [];
  const byName = new Map(topics.map((t) => [String(at(t, 'spec', 'topicName') ?? t.metadata.name), t]));
  for (const d of declarations) {
    const t = byName.get(d.name);
    if (!t) {
      problems.push(`topic ${d.name}: no KafkaTopic`);
      continue;
    }
    if (at(t, 'spec', 'partitions') !== d.partitions) problems.push(`topic ${d.name}: ${String(at(t, 'spec', 'partitions'))} partitions, declared ${d.partitions}`);
    if (at(t, 'spec', 'config', 'cleanup.policy') !== d.cleanupPolicy) problems.push(`topic ${d.name}: cleanup.policy is not ${d.cleanupPolicy}`);
    if (Number(at(t, 'spec', 'config', 'retention.ms')) !== d.retentionMs) problems.push(`topic ${d.name}: retention.ms is not ${d.retentionMs}`);
    if (at(t, 'spec', 'replicas') !== replicas) problems.push(`topic ${d.name}: ${String(at(t, 'spec', 'replicas'))} replicas, expected ${replicas}`);
    if (t.metadata.labels?.['strimzi.io/cluster'] !== KAFKA_CLUSTER) problems.push(`topic ${d.name}: not labelled for cluster ${KAFKA_CLUSTER}`);
  }
  const declared = new Set(declarations.map((d) => d.name));
  for (const name of byName.keys()) if (!declared.has(name)) problems.push(`topic ${name}: not declared in libs/contracts/src/topics.ts`);
  return problems;
}

/** The Kafka cluster: KRaft with node pools, dual-role nodes, simple authorization, an authenticated TLS listener, the replication settings. */
export function checkKafkaCluster(objects: readonly K8sObject[], expected: { nodes: number; replicationFactor: number; minInsync: number }): string[] {
  const kafka = find(objects, 'Kafka', KAFKA_CLUSTER);
  if (!kafka) return [`no Kafka ${KAFKA_CLUSTER}`];
  const problems: string[] = [];
  const annotations = kafka.metadata.annotations ?? {};
  if (annotations['strimzi.io/kraft'] !== 'enabled' || annotations['strimzi.io/node-pools'] !== 'enabled') problems.push('Kafka: not KRaft with node pools (annotations)');
  if (at(kafka, 'spec', 'kafka', 'authorization', 'type') !== 'simple') problems.push('Kafka: authorization is not simple');
  const secured = list(kafka, 'spec', 'kafka', 'listeners').filter((l) => at(l, 'tls') === true && ['scram-sha-512', 'tls'].includes(String(at(l, 'authentication', 'type'))));
  if (secured.length === 0) problems.push('Kafka: no TLS listener with SCRAM or TLS authentication');
  const config = (at(kafka, 'spec', 'kafka', 'config') ?? {}) as Record<string, unknown>;
  if (Number(config['default.replication.factor']) !== expected.replicationFactor) problems.push(`Kafka: default.replication.factor is not ${expected.replicationFactor}`);
  if (Number(config['min.insync.replicas']) !== expected.minInsync) problems.push(`Kafka: min.insync.replicas is not ${expected.minInsync}`);
  if (Number(config['offsets.topic.replication.factor']) !== expected.replicationFactor) problems.push(`Kafka: offsets.topic.replication.factor is not ${expected.replicationFactor}`);
  const pools = ofKind(objects, 'KafkaNodePool').filter((p) => p.metadata.labels?.['strimzi.io/cluster'] === KAFKA_CLUSTER);
  const nodes = pools.reduce((n, p) => n + Number(at(p, 'spec', 'replicas')), 0);
  if (nodes !== expected.nodes) problems.push(`Kafka: ${nodes} nodes, expected ${expected.nodes}`);
  for (const p of pools) {
    const roles = list(p, 'spec', 'roles');
    if (!roles.includes('broker') || !roles.includes('controller')) problems.push(`KafkaNodePool ${p.metadata.name}: not dual-role`);
  }
  if (expected.minInsync >= expected.replicationFactor && expected.replicationFactor > 1) problems.push('Kafka: min.insync.replicas must be below the replication factor');
  return problems;
}

const aclKey = (a: unknown): string[] => list(a, 'operations').map((op) => `${String(at(a, 'resource', 'type'))}:${String(at(a, 'resource', 'name'))}:${String(op)}`);

/**
 * The KafkaUsers grant exactly the expected ACLs (user name → rules), and no service writes a topic outside
 * `mayWrite(service)` (its own topics, plus the console's replay targets).
 */
export function checkKafkaUsers(objects: readonly K8sObject[], expected: ReadonlyMap<string, AclRule[]>, mayWrite: (service: ServiceName) => readonly string[]): string[] {
  const problems: string[] = [];
  for (const [name, rules] of expected) {
    const user = find(objects, 'KafkaUser', name);
    if (!user) {
      problems.push(`KafkaUser ${name}: missing`);
      continue;
    }
    if (at(user, 'spec', 'authorization', 'type') !== 'simple') problems.push(`KafkaUser ${name}: authorization is not simple`);
    const have = new Set(list(user, 'spec', 'authorization', 'acls').flatMap(aclKey));
    const want = new Set(rules.flatMap(aclKey));
    for (const k of want) if (!have.has(k)) problems.push(`KafkaUser ${name}: lacks ${k}`);
    for (const k of have) if (!want.has(k)) problems.push(`KafkaUser ${name}: grants ${k}, which the contracts do not`);
  }
  for (const s of SERVICE_NAMES) {
    const user = find(objects, 'KafkaUser', serviceKafkaUser(s));
    const writes = list(user, 'spec', 'authorization', 'acls').filter((a) => at(a, 'resource', 'type') === 'topic' && list(a, 'operations').some((op) => op === 'Write' || op === 'All'));
    for (const w of writes) if (!mayWrite(s).includes(String(at(w, 'resource', 'name')))) problems.push(`KafkaUser ${serviceKafkaUser(s)}: writes ${String(at(w, 'resource', 'name'))}, which ${s} does not own`);
  }
  return problems;
}

/**
 * Which Service ingress-nginx sends a path to: regex paths (use-regex), sorted by descending length as the
 * controller writes them, `^`-anchored, case-insensitive; the first match wins.
 */
export function ingressBackend(objects: readonly K8sObject[], path: string): string | undefined {
  const paths = ofKind(objects, 'Ingress').flatMap((i) => list(i, 'spec', 'rules').flatMap((r) => list(r, 'http', 'paths')));
  const sorted = [...paths].sort((a, b) => String(at(b, 'path')).length - String(at(a, 'path')).length);
  const hit = sorted.find((p) => new RegExp(`^${String(at(p, 'path'))}`, 'i').test(path));
  return hit ? String(at(hit, 'backend', 'service', 'name')) : undefined;
}

/** Sample paths of a route pattern: the pattern itself and a path below it, `:param`s filled in. */
export function samplePaths(pattern: string): string[] {
  const filled = `/${pattern.split('/').filter((seg) => seg.length > 0).map((seg) => (seg.startsWith(':') ? '0b1c2d3e-param' : seg)).join('/')}`;
  return [filled, `${filled}/sub/path`];
}

/** The Ingress sends every ROUTES pattern to its service (on the service's port), the web pages to the console. */
export function checkIngress(objects: readonly K8sObject[]): string[] {
  const ingresses = ofKind(objects, 'Ingress');
  if (ingresses.length === 0) return ['no Ingress'];
  const problems: string[] = [];
  for (const i of ingresses) {
    if (i.metadata.annotations?.['nginx.ingress.kubernetes.io/use-regex'] !== 'true') problems.push(`Ingress ${i.metadata.name}: use-regex is not "true"`);
    for (const p of list(i, 'spec', 'rules').flatMap((r) => list(r, 'http', 'paths'))) {
      if (at(p, 'pathType') !== 'ImplementationSpecific') problems.push(`Ingress path ${String(at(p, 'path'))}: pathType is not ImplementationSpecific`);
      const service = String(at(p, 'backend', 'service', 'name')) as ServiceName;
      if (SERVICES[service] && at(p, 'backend', 'service', 'port', 'number') !== SERVICES[service].port) problems.push(`Ingress path ${String(at(p, 'path'))}: not on ${service}'s port`);
    }
  }
  for (const route of ROUTES) {
    for (const path of samplePaths(route.pattern)) {
      const expected = resolveRoute(path) ?? route.service;
      const got = ingressBackend(objects, path);
      if (got !== expected) problems.push(`Ingress sends ${path} (${route.pattern}) to ${got ?? 'nothing'}, not ${expected}`);
    }
  }
  for (const page of ['/', '/console', '/console/orders', '/tra-cuu', '/tra-cuu/TC-7KQ4-M2XD', '/assets/index.js']) {
    const got = ingressBackend(objects, page);
    if (got !== 'console') problems.push(`Ingress sends the web page ${page} to ${got ?? 'nothing'}, not console`);
  }
  return problems;
}

/** Every service has a ServiceMonitor selecting its Service and scraping GET /metrics on its http port. */
export function checkServiceMonitors(objects: readonly K8sObject[]): string[] {
  return SERVICE_NAMES.flatMap((s) => {
    const monitor = ofKind(objects, 'ServiceMonitor').find((m) => at(m, 'spec', 'selector', 'matchLabels', 'app.kubernetes.io/name') === s);
    if (!monitor) return [`${s}: no ServiceMonitor`];
    const service = find(objects, 'Service', s);
    const labels = (service?.metadata.labels ?? {}) as Record<string, string>;
    const selector = (at(monitor, 'spec', 'selector', 'matchLabels') ?? {}) as Record<string, string>;
    const problems: string[] = [];
    if (!Object.entries(selector).every(([k, v]) => labels[k] === v)) problems.push(`${s}: the ServiceMonitor does not select the Service`);
    const endpoint = list(monitor, 'spec', 'endpoints')[0];
    if (at(endpoint, 'path') !== METRICS_PATH) problems.push(`${s}: the ServiceMonitor does not scrape ${METRICS_PATH}`);
    if (!list(service, 'spec', 'ports').some((p) => at(p, 'name') === at(endpoint, 'port'))) problems.push(`${s}: the ServiceMonitor's port is not a port of the Service`);
    if (at(monitor, 'spec', 'jobLabel') !== 'app.kubernetes.io/name' || labels['app.kubernetes.io/name'] !== s) problems.push(`${s}: job would not be the service's name`);
    return problems;
  });
}

/** The setup Job: runs before rollout (hook annotations), cleans up after itself, leaves topics to Strimzi, has its database variables. */
export function checkSetupJob(objects: readonly K8sObject[], secretTemplates: readonly K8sObject[]): string[] {
  const job = ofKind(objects, 'Job').find((j) => j.metadata.labels?.['app.kubernetes.io/component'] === 'setup');
  if (!job) return ['no setup Job'];
  const problems: string[] = [];
  if (job.metadata.annotations?.['argocd.argoproj.io/hook'] !== 'PreSync') problems.push('setup Job: no Argo CD PreSync hook annotation');
  if (!String(job.metadata.annotations?.['helm.sh/hook'] ?? '').includes('pre-upgrade')) problems.push('setup Job: no helm.sh/hook pre-upgrade annotation');
  if (typeof at(job, 'spec', 'ttlSecondsAfterFinished') !== 'number') problems.push('setup Job: no ttlSecondsAfterFinished');
  const c = firstContainer(job);
  if (!String(at(c, 'image')).startsWith('trustcircle/setup')) problems.push('setup Job: image is not trustcircle/setup');
  if (list(c, 'command').join(' ') !== 'node dist/tools/deploy/setup.js') problems.push('setup Job: command is not node dist/tools/deploy/setup.js');
  const { env, problems: refs } = containerEnvironment(objects, secretTemplates, c);
  problems.push(...refs.map((p) => `setup Job: ${p}`));
  if (env.SETUP_TOPICS !== 'false') problems.push('setup Job: SETUP_TOPICS must be false (Strimzi owns the topics)');
  for (const v of ['DB_HOST', 'DB_PORT', 'DB_NAME', 'DB_PASSWORD', 'DB_ADMIN_USER', 'DB_ADMIN_PASSWORD']) if (!env[v]) problems.push(`setup Job: no ${v}`);
  return problems;
}

/** Secret templates hold placeholders only, and exist for every Secret the manifests read. */
export function checkSecretTemplates(secretTemplates: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  for (const name of [COMMON_SECRET, DB_ADMIN_SECRET]) if (!find(secretTemplates, 'Secret', name)) problems.push(`no Secret template ${name}`);
  for (const t of secretTemplates) {
    for (const [k, v] of Object.entries(stringValues(t))) if (!v.startsWith(PLACEHOLDER_PREFIX)) problems.push(`Secret template ${t.metadata.name}: ${k} is not a ${PLACEHOLDER_PREFIX} placeholder`);
  }
  return problems;
}
