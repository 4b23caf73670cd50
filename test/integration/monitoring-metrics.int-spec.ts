import type { NestExpressApplication } from '@nestjs/platform-express';
import { SERVICE_NAMES, type ServiceName } from '@trustcircle/contracts';
import { Metrics } from '@trustcircle/observability';
import { createServiceApp } from '@trustcircle/service-kit';
import { ServiceTestKit } from '@trustcircle/service-testing';
// The monitoring files concern every service: this suite boots all six, outside the apps, where that is allowed.
import { AppModule as ConsoleAppModule } from '../../apps/console/src/app.module';
import { AppModule as DeliveryAppModule } from '../../apps/delivery-tracking/src/app.module';
import { AppModule as DisputesAppModule } from '../../apps/disputes/src/app.module';
import { AppModule as EscrowAppModule } from '../../apps/escrow/src/app.module';
import { AppModule as NotificationsAppModule } from '../../apps/notifications/src/app.module';
import { AppModule as OrdersAppModule } from '../../apps/orders/src/app.module';
import { MetricCatalog } from '../../tools/monitoring/metric-catalog';
import { alertRules, monitoringQueries } from '../../tools/monitoring/monitoring-files';

/**
 * Every metric the Grafana dashboards and the Prometheus alert rules name (deploy/grafana/dashboards/*.json,
 * deploy/prometheus/alerts.yml) exists on a live service, with the labels the queries match and group on. The six
 * services boot in process on the real PostgreSQL, Redis and Kafka, as `npm start` runs them; each /metrics page
 * is scraped over HTTP as Prometheus would. Families are registered when a service boots, so they are on the page
 * (`# TYPE`) before their first sample; label names of families with no sample yet come from the registry.
 */
describe('monitoring: the dashboards and alert rules name only metrics the live services expose', () => {
  const MODULES: Record<ServiceName, (env: Record<string, string | undefined>) => unknown> = {
    console: (env) => ConsoleAppModule.forRoot(env),
    orders: (env) => OrdersAppModule.forRoot(env),
    escrow: (env) => EscrowAppModule.forRoot(env),
    'delivery-tracking': (env) => DeliveryAppModule.forRoot(env),
    disputes: (env) => DisputesAppModule.forRoot(env),
    notifications: (env) => NotificationsAppModule.forRoot(env),
  };
  const apps = new Map<ServiceName, NestExpressApplication>();
  const pages = new Map<ServiceName, { status: number; contentType: string; text: string }>();
  const catalog = new MetricCatalog();

  beforeAll(async () => {
    await Promise.all(
      SERVICE_NAMES.map(async (service) => {
        const app = await createServiceApp(MODULES[service](ServiceTestKit.testEnv()), { service });
        apps.set(service, app);
        await app.listen(0, '127.0.0.1');
      }),
    );
    await Promise.all(
      SERVICE_NAMES.map(async (service) => {
        const url = `http://127.0.0.1:${(apps.get(service)?.getHttpServer().address() as { port: number }).port}/metrics`;
        await fetch(url); // the second scrape carries the first one's latency sample
        const res = await fetch(url);
        const page = { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
        pages.set(service, page);
        const declared = new Map((apps.get(service) as NestExpressApplication).get(Metrics).registry.getMetricsAsArray().map((m) => [m.name, labelNamesOf(m)]));
        catalog.addExposition(service, page.text, declared, ['service']);
      }),
    );
  });

  afterAll(async () => {
    await Promise.all([...apps.values()].map((app) => app.close()));
  });

  /** The label names a prom-client metric was declared with (`labelNames`, kept on the metric object). */
  function labelNamesOf(metric: object): readonly string[] {
    const names = (metric as { labelNames?: unknown }).labelNames;
    return Array.isArray(names) ? (names as string[]) : [];
  }

  it('serves /metrics on every service as Prometheus text, every series labelled with the service', () => {
    for (const service of SERVICE_NAMES) {
      const page = pages.get(service);
      expect({ service, status: page?.status, contentType: page?.contentType }).toEqual({ service, status: 200, contentType: 'text/plain; version=0.0.4; charset=utf-8' });
      const samples = (page?.text ?? '').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
      expect(samples.length).toBeGreaterThan(50);
      expect(samples.filter((l) => !l.includes(`service="${service}"`))).toEqual([]);
    }
  });

  it('exposes every metric the dashboards and alert rules name, with every label they use', () => {
    const queries = monitoringQueries();
    expect(queries.length).toBeGreaterThan(50);
    expect(catalog.problems(queries)).toEqual([]);
  });

  it('exposes the HTTP, messaging and process metrics on all six services, the domain metrics on their owners', () => {
    const owners = Object.fromEntries(
      [
        'http_server_duration_seconds_bucket',
        'tc_outbox_backlog',
        'tc_consumer_lag',
        'tc_dead_letters_total',
        'process_cpu_seconds_total',
        'tc_ledger_held_total_vnd',
        'tc_cod_oldest_unremitted_seconds',
        'tc_delivery_courier_events_accepted_total',
        'tc_disputes_mediator_deadline_breaches_total',
        'tc_notifications_failed_total',
      ].map((name) => [name, catalog.servicesOf(name)]),
    );
    const all = [...SERVICE_NAMES].sort();
    expect(owners).toEqual({
      http_server_duration_seconds_bucket: all,
      tc_outbox_backlog: all,
      tc_consumer_lag: all,
      tc_dead_letters_total: all,
      process_cpu_seconds_total: all,
      tc_ledger_held_total_vnd: ['escrow'],
      tc_cod_oldest_unremitted_seconds: ['escrow'],
      tc_delivery_courier_events_accepted_total: ['delivery-tracking'],
      tc_disputes_mediator_deadline_breaches_total: ['disputes'],
      tc_notifications_failed_total: ['notifications'],
    });
  });

  it('labels scrapes with route "/metrics", which the API panels and alerts leave out', () => {
    for (const service of SERVICE_NAMES) {
      const scrapes = (pages.get(service)?.text ?? '').split('\n').filter((l) => l.startsWith('http_server_duration_seconds_count{') && l.includes('route="/metrics"'));
      expect({ service, scrapes: scrapes.map((l) => [l.includes('method="GET"'), l.includes('status="200"'), l.endsWith('} 1')]) }).toEqual({ service, scrapes: [[true, true, true]] });
    }
    const excluded = alertRules()
      .map((r) => /route!~"([^"]+)"/.exec(r.expr)?.[1])
      .filter((re): re is string => re !== undefined);
    expect(excluded.length).toBeGreaterThan(0);
    for (const re of excluded) expect(new RegExp(`^(?:${re})$`).test('/metrics')).toBe(true);
  });
});
