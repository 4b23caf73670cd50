/**
 * Each service's Deployment, Service, PodDisruptionBudget, HorizontalPodAutoscaler and ServiceMonitor, generated
 * from SERVICES (ports) and the consumer groups (the autoscaler's bound).
 */
import { SERVICE_NAMES, SERVICES, type ServiceName } from '@trustcircle/contracts';
import {
  COMMON_CONFIG_MAP,
  COMMON_SECRET,
  CONSOLE_CONFIG_MAP,
  HEALTH_PATHS,
  KAFKA_CA_MOUNT,
  KAFKA_CLUSTER_CA_SECRET,
  type K8sObject,
  METRICS_PATH,
  serviceImage,
  serviceKafkaUser,
  serviceLabels,
} from './names';
import { consumerGroups, topicDeclarations } from './topology';

/** Replicas the base keeps at least (production); the dev overlay lowers it to 1. */
export const BASE_MIN_REPLICAS = 2;

/**
 * The most replicas a service may scale to: the fewest partitions among the topics its consumer groups read.
 * A group's consumers beyond a topic's partition count get none of its partitions and sit idle.
 */
export function maxReplicasBound(service: ServiceName): number {
  const partitions = new Map(topicDeclarations().map((d) => [d.name, d.partitions]));
  const counts = consumerGroups()
    .filter((g) => g.service === service)
    .flatMap((g) => g.topics.map((t) => partitions.get(t) ?? 0));
  return counts.length > 0 ? Math.min(...counts) : 10;
}

function deployment(service: ServiceName): K8sObject {
  const labels = serviceLabels(service);
  const port = SERVICES[service].port;
  const envFrom = [{ configMapRef: { name: COMMON_CONFIG_MAP } }, ...(service === 'console' ? [{ configMapRef: { name: CONSOLE_CONFIG_MAP } }] : []), { secretRef: { name: COMMON_SECRET } }];
  const probe = (path: string, delay: number) => ({ httpGet: { path, port: 'http' }, initialDelaySeconds: delay, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: service, labels },
    spec: {
      revisionHistoryLimit: 5,
      selector: { matchLabels: { 'app.kubernetes.io/name': service } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels },
        spec: {
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: 30,
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: service,
              image: serviceImage(service),
              imagePullPolicy: 'IfNotPresent',
              ports: [{ name: 'http', containerPort: port, protocol: 'TCP' }],
              envFrom,
              env: [
                { name: 'HTTP_PORT', value: String(port) },
                // Kafka credentials of the service's KafkaUser (Secret made by the Strimzi User Operator) and the
                // cluster CA. NOTE: libs/platform/messaging does not read these yet (see deploy/k8s/README.md).
                { name: 'KAFKA_SASL_MECHANISM', value: 'scram-sha-512' },
                { name: 'KAFKA_SASL_USERNAME', value: serviceKafkaUser(service) },
                { name: 'KAFKA_SASL_PASSWORD', valueFrom: { secretKeyRef: { name: serviceKafkaUser(service), key: 'password' } } },
                { name: 'KAFKA_SSL_CA_FILE', value: `${KAFKA_CA_MOUNT}/ca.crt` },
              ],
              readinessProbe: probe(HEALTH_PATHS.ready, 5),
              livenessProbe: probe(HEALTH_PATHS.live, 20),
              startupProbe: { httpGet: { path: HEALTH_PATHS.live, port: 'http' }, periodSeconds: 2, failureThreshold: 60 },
              resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: [
                { name: 'tmp', mountPath: '/tmp' },
                { name: 'kafka-ca', mountPath: KAFKA_CA_MOUNT, readOnly: true },
              ],
            },
          ],
          volumes: [
            { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
            { name: 'kafka-ca', secret: { secretName: KAFKA_CLUSTER_CA_SECRET, items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
          ],
        },
      },
    },
  };
}

function service(name: ServiceName): K8sObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, labels: serviceLabels(name) },
    spec: { type: 'ClusterIP', selector: { 'app.kubernetes.io/name': name }, ports: [{ name: 'http', port: SERVICES[name].port, targetPort: 'http', protocol: 'TCP' }] },
  };
}

function podDisruptionBudget(name: ServiceName): K8sObject {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name, labels: serviceLabels(name) },
    spec: { maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': name } } },
  };
}

function autoscaler(name: ServiceName): K8sObject {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name, labels: serviceLabels(name) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: BASE_MIN_REPLICAS,
      maxReplicas: maxReplicasBound(name),
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
      behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
    },
  };
}

function serviceMonitor(name: ServiceName): K8sObject {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: { name, labels: serviceLabels(name) },
    spec: {
      // `job` = the Service's app.kubernetes.io/name = the service's name, as in deploy/prometheus/prometheus.yml.
      jobLabel: 'app.kubernetes.io/name',
      selector: { matchLabels: { 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': 'service' } },
      endpoints: [{ port: 'http', path: METRICS_PATH, interval: '15s', scrapeTimeout: '10s' }],
    },
  };
}

/** What one service's workload file holds, in order. */
export function serviceWorkload(name: ServiceName): K8sObject[] {
  return [deployment(name), service(name), podDisruptionBudget(name), autoscaler(name)];
}

/** Every service's workload. */
export function serviceWorkloads(): K8sObject[] {
  return SERVICE_NAMES.flatMap(serviceWorkload);
}

/** One ServiceMonitor per service. */
export function serviceMonitors(): K8sObject[] {
  return SERVICE_NAMES.map(serviceMonitor);
}
