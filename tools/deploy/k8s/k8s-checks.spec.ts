import { at, find, firstContainer, list } from './k8s-objects';
import {
  checkAutoscalerBounds,
  checkConsoleConfig,
  checkIngress,
  checkKafkaCluster,
  checkKafkaUsers,
  checkProbesAndPorts,
  checkSecretTemplates,
  checkServiceConfig,
  checkServiceMonitors,
  checkServiceWorkloads,
  checkSetupJob,
  checkTopics,
} from './k8s-checks';
import { expectedAcls, mayWrite } from './expected-acls';
import type { K8sObject } from './names';
import { renderOverlay, secretTemplates } from './render';
import { consumerGroups, topicDeclarations } from './topology';

const OVERLAYS = {
  dev: { nodes: 1, replicationFactor: 1, minInsync: 1, secureCookie: false },
  prod: { nodes: 3, replicationFactor: 3, minInsync: 2, secureCookie: true },
} as const;

const rendered: Partial<Record<keyof typeof OVERLAYS, K8sObject[]>> = {};
const secrets = secretTemplates();

beforeAll(async () => {
  const [dev, prod] = await Promise.all([renderOverlay('dev'), renderOverlay('prod')]);
  Object.assign(rendered, { dev, prod });
});

/** The prod objects, deep-copied, with one object changed. */
function broken(kind: string, name: string, change: (o: K8sObject) => void, from: readonly K8sObject[] = rendered.prod as K8sObject[]): K8sObject[] {
  const copy = structuredClone(from) as K8sObject[];
  const o = find(copy, kind, name);
  if (!o) throw new Error(`no ${kind} ${name} to break`);
  change(o);
  return copy;
}

const objects = (): K8sObject[] => rendered.prod as K8sObject[];
const container = (o: K8sObject): Record<string, unknown> => firstContainer(o) as Record<string, unknown>;

describe.each(Object.entries(OVERLAYS))('overlay %s', (name, expected) => {
  const objs = (): K8sObject[] => rendered[name as keyof typeof OVERLAYS] as K8sObject[];

  it('has every service workload, probes on real routes and ports, and locked-down containers', () => {
    expect(checkServiceWorkloads(objs())).toEqual([]);
    expect(checkProbesAndPorts(objs())).toEqual([]);
    expect(checkServiceMonitors(objs())).toEqual([]);
  });

  it("gives every service an environment its config schema accepts in production", () => {
    expect(checkServiceConfig(objs(), secrets)).toEqual([]);
    expect(checkConsoleConfig(objs(), expected.secureCookie)).toEqual([]);
  });

  it('keeps every autoscaler within the partitions its consumer groups read', () => {
    expect(checkAutoscalerBounds(objs(), consumerGroups(), topicDeclarations())).toEqual([]);
  });

  it('declares Kafka, its topics and users as the contracts say', () => {
    expect(checkKafkaCluster(objs(), expected)).toEqual([]);
    expect(checkTopics(objs(), topicDeclarations(), expected.replicationFactor)).toEqual([]);
    expect(checkKafkaUsers(objs(), expectedAcls(), mayWrite)).toEqual([]);
  });

  it('routes every ROUTES pattern to its service, the rest to the console; runs the setup Job first', () => {
    expect(checkIngress(objs())).toEqual([]);
    expect(checkSetupJob(objs(), secrets)).toEqual([]);
    expect(checkSecretTemplates(secrets)).toEqual([]);
  });
});

describe('the checks catch broken manifests', () => {
  it('a missing Deployment', () => {
    const without = objects().filter((o) => !(o.kind === 'Deployment' && o.metadata.name === 'escrow'));
    expect(checkServiceWorkloads(without)).toEqual(['escrow: no Deployment']);
  });

  it('an HPA scaling another Deployment', () => {
    expect(checkServiceWorkloads(broken('HorizontalPodAutoscaler', 'orders', (h) => ((h.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name = 'escrow')))).toEqual([
      'orders: the HPA does not scale Deployment orders',
    ]);
  });

  it('a probe path changed, a probe on another port, a writable root filesystem', () => {
    const objs = broken('Deployment', 'disputes', (d) => {
      const c = container(d);
      (c.readinessProbe as { httpGet: { path: string } }).httpGet.path = '/healthz';
      (c.livenessProbe as { httpGet: { port: unknown } }).httpGet.port = 8080;
      (c.securityContext as Record<string, unknown>).readOnlyRootFilesystem = false;
    });
    expect(checkProbesAndPorts(objs)).toEqual([
      'disputes: readinessProbe is not GET /health/ready',
      'disputes: livenessProbe is not on port 3004',
      'disputes: root filesystem not read-only',
    ]);
  });

  it('a container port that is not the service port', () => {
    const objs = broken('Deployment', 'orders', (d) => ((list(container(d), 'ports')[0] as { containerPort: number }).containerPort = 8080));
    expect(checkProbesAndPorts(objs)).toEqual(expect.arrayContaining(['orders: no container port 3001', 'orders: readinessProbe is not on port 3001']));
  });

  it('a required variable removed from the ConfigMap, a missing secret key', () => {
    const objs = broken('ConfigMap', 'trustcircle-config', (m) => delete (m.data as Record<string, string>).DB_NAME);
    const problems = checkServiceConfig(objs, secrets);
    expect(problems).toHaveLength(6);
    expect(problems[0]).toMatch(/^console: DB_NAME: /);
    const noKey = structuredClone(secrets);
    delete (find(noKey, 'Secret', 'trustcircle-secrets')?.stringData as Record<string, string>).PLATFORM_ENCRYPTION_KEY;
    expect(checkServiceConfig(objects(), noKey)).toEqual(expect.arrayContaining([expect.stringMatching(/^notifications: PLATFORM_ENCRYPTION_KEY: /)]));
  });

  it('a placeholder with no sample value stays invalid, and a Deployment reading a Secret that does not exist', () => {
    const objs = broken('Deployment', 'orders', (d) => (list(container(d), 'envFrom')[1] as { secretRef: { name: string } }).secretRef.name = 'orders-secrets');
    expect(checkServiceConfig(objs, secrets)).toEqual(expect.arrayContaining(['orders: envFrom orders-secrets does not exist', expect.stringMatching(/^orders: DB_PASSWORD: /)]));
  });

  it('HTTP_HOST left on loopback, Kafka brokers elsewhere than Strimzi', () => {
    const objs = broken('ConfigMap', 'trustcircle-config', (m) => Object.assign(m.data as object, { HTTP_HOST: '127.0.0.1', KAFKA_BROKERS: 'kafka:9092' }));
    expect(checkServiceConfig(objs, secrets).filter((p) => p.startsWith('escrow:'))).toEqual([
      'escrow: HTTP_HOST is not 0.0.0.0 (the probes could not reach it)',
      'escrow: KAFKA_BROKERS is not the Strimzi bootstrap service trustcircle-kafka-bootstrap',
    ]);
  });

  it('the console proxying /v1 itself, a service missing from its health targets, an insecure cookie in prod', () => {
    const objs = broken('ConfigMap', 'console-config', (m) =>
      Object.assign(m.data as object, { DEV_PROXY_ENABLED: 'true', SERVICE_HEALTH_TARGETS: 'orders=http://orders:3001', OPERATOR_REFRESH_COOKIE_SECURE: 'false' }),
    );
    const problems = checkConsoleConfig(objs, true);
    expect(problems).toContain('console: DEV_PROXY_ENABLED must be false (the Ingress routes /v1 paths)');
    expect(problems).toContain('console: SERVICE_HEALTH_TARGETS lacks escrow=http://escrow:3002');
    expect(problems).toContain('console: OPERATOR_REFRESH_COOKIE_SECURE must be true');
  });

  it('maxReplicas 10 > 6 partitions', () => {
    const groups = [{ group: 'tc.orders', service: 'orders' as const, topics: ['orders.intake.v1'] }];
    const objs = broken('HorizontalPodAutoscaler', 'orders', (h) => ((h.spec as { maxReplicas: number }).maxReplicas = 10));
    expect(checkAutoscalerBounds(objs, groups, topicDeclarations())).toEqual(['orders: HPA maxReplicas 10 > 6, the fewest partitions among the topics group tc.orders reads']);
  });

  it('maxReplicas 4 > the 3 partitions of partners.directory.v1 for every group that reads it', () => {
    const objs = broken('HorizontalPodAutoscaler', 'escrow', (h) => ((h.spec as { maxReplicas: number }).maxReplicas = 4));
    expect(checkAutoscalerBounds(objs, consumerGroups(), topicDeclarations())).toEqual(['escrow: HPA maxReplicas 4 > 3, the fewest partitions among the topics group tc.escrow reads']);
  });

  it('a topic with wrong partitions, another policy, an undeclared topic, a missing one, wrong replicas', () => {
    const objs = broken('KafkaTopic', 'orders.events.v1', (t) => Object.assign(t.spec as object, { partitions: 12, config: { 'cleanup.policy': 'compact', 'retention.ms': 1 } }));
    const extra = structuredClone(find(objs, 'KafkaTopic', 'escrow.events.v1')) as K8sObject;
    (extra.spec as { topicName: string }).topicName = 'payments.events.v1';
    const problems = checkTopics([...objs.filter((o) => o.metadata.name !== 'platform.alerts.v1'), extra], topicDeclarations(), 3);
    expect(problems).toEqual([
      'topic orders.events.v1: 12 partitions, declared 6',
      'topic orders.events.v1: cleanup.policy is not delete',
      'topic orders.events.v1: retention.ms is not 2592000000',
      'topic platform.alerts.v1: no KafkaTopic',
      'topic payments.events.v1: not declared in libs/contracts/src/topics.ts',
    ]);
    expect(checkTopics(rendered.dev as K8sObject[], topicDeclarations(), 3)).toHaveLength(topicDeclarations().length);
  });

  it('one Kafka node in prod, no authorization, a single-role pool', () => {
    const objs = broken('Kafka', 'trustcircle', (k) => delete (k.spec as { kafka: Record<string, unknown> }).kafka.authorization);
    const pool = find(objs, 'KafkaNodePool', 'dual-role') as K8sObject;
    Object.assign(pool.spec as object, { replicas: 1, roles: ['broker'] });
    expect(checkKafkaCluster(objs, OVERLAYS.prod)).toEqual(['Kafka: authorization is not simple', 'Kafka: 1 nodes, expected 3', 'KafkaNodePool dual-role: not dual-role']);
    expect(checkKafkaCluster(rendered.dev as K8sObject[], OVERLAYS.prod)).toEqual(expect.arrayContaining(['Kafka: min.insync.replicas is not 2']));
  });

  it('a service writing a topic it does not own, a partner reading, a missing user', () => {
    const objs = broken('KafkaUser', 'tc-orders', (u) =>
      list(u, 'spec', 'authorization', 'acls').push({ resource: { type: 'topic', name: 'escrow.events.v1', patternType: 'literal' }, operations: ['Write'] }),
    );
    (list(find(objs, 'KafkaUser', 'intake-couriers'), 'spec', 'authorization', 'acls')[0] as { operations: string[] }).operations.push('Read');
    const without = objs.filter((o) => o.metadata.name !== 'tc-notifications');
    expect(checkKafkaUsers(without, expectedAcls(), mayWrite)).toEqual([
      'KafkaUser tc-orders: grants topic:escrow.events.v1:Write, which the contracts do not',
      'KafkaUser tc-notifications: missing',
      'KafkaUser intake-couriers: grants topic:delivery.courier-intake.v1:Read, which the contracts do not',
      'KafkaUser tc-orders: writes escrow.events.v1, which orders does not own',
    ]);
  });

  it('a route sent to the wrong service, a web page not reaching the console, no regex', () => {
    const objs = broken('Ingress', 'trustcircle', (i) => {
      const paths = list(list(i, 'spec', 'rules')[0], 'http', 'paths') as { path: string; backend: { service: { name: string; port: { number: number } } } }[];
      const shipments = paths.find((p) => p.path.startsWith('/v1/shipments')) as (typeof paths)[number];
      shipments.backend.service = { name: 'orders', port: { number: 3001 } };
      paths.splice(paths.findIndex((p) => p.path === '/'), 1);
    });
    const problems = checkIngress(objs);
    expect(problems).toContain('Ingress sends /v1/shipments (/v1/shipments) to orders, not delivery-tracking');
    expect(problems).toContain('Ingress sends the web page /tra-cuu to nothing, not console');
    const noRegex = broken('Ingress', 'trustcircle', (i) => delete i.metadata.annotations?.['nginx.ingress.kubernetes.io/use-regex']);
    expect(checkIngress(noRegex)).toEqual(['Ingress trustcircle: use-regex is not "true"']);
  });

  it('a longer regex shadowing a route (ingress-nginx tries longer paths first)', () => {
    const objs = broken('Ingress', 'trustcircle', (i) => {
      const paths = list(list(i, 'spec', 'rules')[0], 'http', 'paths');
      paths.push({ path: '/v1/couriers/[^/]+/[a-z:-]+(/|$)', pathType: 'ImplementationSpecific', backend: { service: { name: 'escrow', port: { number: 3002 } } } });
    });
    expect(checkIngress(objs)).toEqual(expect.arrayContaining(['Ingress sends /v1/couriers/0b1c2d3e-param/events (/v1/couriers/:courierId/events) to escrow, not delivery-tracking']));
  });

  it('a ServiceMonitor scraping another path', () => {
    const objs = broken('ServiceMonitor', 'notifications', (m) => ((list(m, 'spec', 'endpoints')[0] as { path: string }).path = '/prometheus'));
    expect(checkServiceMonitors(objs)).toEqual(['notifications: the ServiceMonitor does not scrape /metrics']);
  });

  it('a setup Job creating topics, not hooked before the rollout, kept forever', () => {
    const objs = broken('Job', 'trustcircle-setup', (j) => {
      delete j.metadata.annotations?.['argocd.argoproj.io/hook'];
      delete (j.spec as Record<string, unknown>).ttlSecondsAfterFinished;
      (list(container(j), 'env').find((e) => at(e, 'name') === 'SETUP_TOPICS') as { value: string }).value = 'true';
    });
    expect(checkSetupJob(objs, secrets)).toEqual([
      'setup Job: no Argo CD PreSync hook annotation',
      'setup Job: no ttlSecondsAfterFinished',
      'setup Job: SETUP_TOPICS must be false (Strimzi owns the topics)',
    ]);
    expect(checkSetupJob(objects(), secrets.filter((s) => s.metadata.name !== 'trustcircle-db-admin'))).toEqual(
      expect.arrayContaining(['setup Job: env DB_ADMIN_USER refers to nothing', 'setup Job: no DB_ADMIN_PASSWORD']),
    );
  });

  it('a real-looking value in a Secret template', () => {
    const leaked = structuredClone(secrets);
    (find(leaked, 'Secret', 'trustcircle-secrets')?.stringData as Record<string, string>).DB_PASSWORD = 'hunter2hunter2';
    expect(checkSecretTemplates(leaked)).toEqual(['Secret template trustcircle-secrets: DB_PASSWORD is not a CHANGE-ME placeholder']);
  });
});
