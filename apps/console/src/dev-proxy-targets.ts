import { SERVICE_NAMES, SERVICES, type ServiceName } from '@trustcircle/contracts';
import type { ServiceTargets } from '@trustcircle/dev-proxy';
import type { ConsoleEnv } from './config/console.env';

/** The dev proxy's targets: DEV_PROXY_TARGETS, else each service on 127.0.0.1 at its usual port. */
export function devProxyTargets(env: ConsoleEnv): ServiceTargets {
  const overrides = new Map(env.DEV_PROXY_TARGETS.map((pair) => pair.split('=') as [string, string]));
  const targets: ServiceTargets = {};
  for (const s of SERVICE_NAMES.filter((n): n is ServiceName => n !== 'console')) {
    targets[s] = overrides.get(s) ?? `http://127.0.0.1:${SERVICES[s].port}`;
  }
  return targets;
}
