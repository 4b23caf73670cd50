/**
 * Names shared by the generator, the hand-written manifests under deploy/k8s and the checks. Changing one here
 * means changing the YAML that refers to it (the checks fail until both agree).
 */
import type { ServiceName } from '@trustcircle/contracts';

/** Any Kubernetes object, as parsed YAML. */
export type K8sObject = Record<string, unknown> & { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> } };

/** The Strimzi `Kafka` resource's name: its bootstrap Service is `<name>-kafka-bootstrap`. */
export const KAFKA_CLUSTER = 'trustcircle';

/** The bootstrap Service the services and partners connect to. */
export const KAFKA_BOOTSTRAP = `${KAFKA_CLUSTER}-kafka-bootstrap`;

/** Listener ports: TLS + SCRAM (services), external TLS client certificates (partners). */
export const KAFKA_PORTS = { scram: 9093, external: 9094 } as const;

/** The Secret the Strimzi cluster operator creates with the cluster CA certificate (`ca.crt`). */
export const KAFKA_CLUSTER_CA_SECRET = `${KAFKA_CLUSTER}-cluster-ca-cert`;

/** The Strimzi API version of every Kafka custom resource. */
export const STRIMZI_API = 'kafka.strimzi.io/v1beta2';

/** The ConfigMap every service reads, and the console's own. */
export const COMMON_CONFIG_MAP = 'trustcircle-config';
export const CONSOLE_CONFIG_MAP = 'console-config';

/** The Secret (template in deploy/k8s/secrets) every service and the setup Job read, and the setup Job's admin Secret. */
export const COMMON_SECRET = 'trustcircle-secrets';
export const DB_ADMIN_SECRET = 'trustcircle-db-admin';

/** The KafkaUser (and the Secret the User Operator makes for it) of a service. */
export function serviceKafkaUser(service: ServiceName): string {
  return `tc-${service}`;
}

/** Labels of everything a service's workload consists of. */
export function serviceLabels(service: ServiceName): Record<string, string> {
  return { 'app.kubernetes.io/name': service, 'app.kubernetes.io/part-of': 'trustcircle', 'app.kubernetes.io/component': 'service' };
}

/** The container image of a service (built from deploy/docker/Dockerfile with `--build-arg APP=<service>`). */
export function serviceImage(service: ServiceName): string {
  return `trustcircle/${service}`;
}

/** The health routes of libs/platform/observability (HealthController). */
export const HEALTH_PATHS = { ready: '/health/ready', live: '/health/live' } as const;

/** The metrics route of libs/platform/observability (MetricsController). */
export const METRICS_PATH = '/metrics';

/** Where the cluster CA is mounted in each service container. */
export const KAFKA_CA_MOUNT = '/etc/kafka-ca';
