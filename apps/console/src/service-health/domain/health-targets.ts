import { SERVICE_NAMES, SERVICES, type ServiceName } from '@trustcircle/contracts';

/** Where one service is polled. */
export interface HealthTarget {
  service: ServiceName;
  /** Base URL, without a trailing slash. */
  url: string;
}

/**
 * Every service's poll target, the console's own included: the `service=url` pairs configured
 * (SERVICE_HEALTH_TARGETS), else 127.0.0.1 at its usual port. @throws Error naming an unknown service
 */
export function healthTargets(pairs: readonly string[]): HealthTarget[] {
  const configured = new Map<string, string>();
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const service = pair.slice(0, at);
    if (!(SERVICE_NAMES as readonly string[]).includes(service)) throw new Error(`SERVICE_HEALTH_TARGETS names an unknown service "${service}" (known: ${SERVICE_NAMES.join(', ')})`);
    configured.set(service, pair.slice(at + 1).replace(/\/+$/, ''));
  }
  return SERVICE_NAMES.map((service) => ({ service, url: configured.get(service) ?? `http://127.0.0.1:${SERVICES[service].port}` }));
}
