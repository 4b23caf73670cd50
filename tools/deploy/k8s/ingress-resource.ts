/**
 * The public Ingress (ingress-nginx), generated from the route table ROUTES: one regex path per pattern, most
 * specific first, and everything else (the console's web pages: `/console`, `/tra-cuu`, assets) to the console.
 */
import { compareRouteSpecificity, ROUTES, routeSegments, SERVICES, type ServiceName } from '@trustcircle/contracts';
import type { K8sObject } from './names';

/** The host in the base; each overlay patches it. */
export const BASE_INGRESS_HOST = 'trustcircle.example.vn';

/** The catch-all path: the console's web app (and a 404 from the console for anything it does not serve). */
export const CATCH_ALL_PATH = '/';

/**
 * The ingress-nginx regex of a route pattern: `:param` matches one segment, literals are escaped, and the pattern
 * matches the path itself and everything below it (`(/|$)`). ingress-nginx anchors it (`^`) and matches it
 * case-insensitively.
 */
export function routeRegex(pattern: string): string {
  const segments = routeSegments(pattern).map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return `/${segments.join('/')}(/|$)`;
}

function path(regex: string, service: ServiceName): Record<string, unknown> {
  return { path: regex, pathType: 'ImplementationSpecific', backend: { service: { name: service, port: { number: SERVICES[service].port } } } };
}

/** The Ingress: ROUTES most specific first, then the catch-all to the console. */
export function ingress(): K8sObject {
  const routes = [...ROUTES].sort((a, b) => compareRouteSpecificity(a.pattern, b.pattern) || a.pattern.localeCompare(b.pattern));
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: 'trustcircle',
      labels: { 'app.kubernetes.io/part-of': 'trustcircle' },
      annotations: {
        'nginx.ingress.kubernetes.io/use-regex': 'true',
        'nginx.ingress.kubernetes.io/ssl-redirect': 'true',
        'nginx.ingress.kubernetes.io/proxy-body-size': '10m',
        // The console's live overview is a server-sent event stream (heartbeat every 15 s).
        'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600',
      },
    },
    spec: {
      ingressClassName: 'nginx',
      tls: [{ hosts: [BASE_INGRESS_HOST], secretName: 'trustcircle-tls' }],
      rules: [{ host: BASE_INGRESS_HOST, http: { paths: [...routes.map((r) => path(routeRegex(r.pattern), r.service)), path(CATCH_ALL_PATH, 'console')] } }],
    },
  };
}
