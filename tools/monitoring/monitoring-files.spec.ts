/**
 * The shape of the monitoring files under deploy/, without promtool or Grafana: the scrape config covers every
 * service, alert rules and dashboards are well formed and cover the views and alerts the platform needs, every
 * query parses, and docker-compose's `monitoring` profile mounts them where the provisioning looks. That every
 * metric they name exists is proven against the live services by test/integration/monitoring-metrics.int-spec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NAMES, SERVICES } from '@trustcircle/contracts';
import { parseCompose } from '../deploy/compose-checks';
import { alertRules, allPanels, dashboards, GRAFANA_DIR, monitoringQueries, PROMETHEUS_DIR, readYaml, REPO_ROOT } from './monitoring-files';

const DURATION = /^([0-9]+(ms|s|m|h|d|w|y))+$/;
const DATASOURCE = { type: 'prometheus', uid: 'tc-prometheus' };

describe('deploy/prometheus/prometheus.yml', () => {
  const config = readYaml(join(PROMETHEUS_DIR, 'prometheus.yml')) as {
    global: Record<string, unknown>;
    rule_files: string[];
    scrape_configs: Array<{ job_name: string; metrics_path?: string; static_configs: Array<{ targets: string[] }> }>;
  };

  it('has durations for its intervals and loads alerts.yml', () => {
    for (const key of ['scrape_interval', 'scrape_timeout', 'evaluation_interval']) expect(config.global[key]).toMatch(DURATION);
    expect(config.rule_files).toEqual(['alerts.yml']);
    expect(existsSync(join(PROMETHEUS_DIR, 'alerts.yml'))).toBe(true);
  });

  it('scrapes /metrics of every service on its port, one job per service named after it', () => {
    const jobs = config.scrape_configs.map((j) => ({ job: j.job_name, path: j.metrics_path ?? '/metrics', targets: j.static_configs.flatMap((s) => s.targets) }));
    expect(jobs).toEqual(SERVICE_NAMES.map((s) => ({ job: s, path: '/metrics', targets: [`127.0.0.1:${SERVICES[s].port}`] })));
  });
});

describe('deploy/prometheus/alerts.yml', () => {
  const rules = alertRules();

  it('has well-formed rules with unique names, a severity, a summary and a description', () => {
    for (const r of rules) {
      expect(Object.keys(r).filter((k) => !['group', 'alert', 'expr', 'for', 'labels', 'annotations', 'keep_firing_for'].includes(k))).toEqual([]);
      expect(r.alert).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(r.group).toMatch(/^trustcircle-[a-z]+$/);
      expect(typeof r.expr).toBe('string');
      if (r.for !== undefined) expect(r.for).toMatch(DURATION);
      expect(['critical', 'warning']).toContain(r.labels.severity);
      expect(Object.keys(r.annotations).sort()).toEqual(['description', 'summary']);
    }
    expect(new Set(rules.map((r) => r.alert)).size).toBe(rules.length);
  });

  it.each([
    ['ServiceDown', 'up'],
    ['HighHttpErrorRate', 'http_server_duration_seconds_count'],
    ['ConsumerLagHigh', 'tc_consumer_lag'],
    ['OutboxBacklog', 'tc_outbox_backlog'],
    ['DeadLettersRecorded', 'tc_dead_letters_total'],
    ['LedgerCheckFailing', 'tc_ledger_check_ok'],
    ['MediatorDeadlineBreached', 'tc_disputes_mediator_deadline_breaches_total'],
    ['MediatorDeadlineBreachedVulnerableConsumer', 'tc_disputes_mediator_deadline_breaches_total'],
    ['CodCashUnremitted', 'tc_cod_oldest_unremitted_seconds'],
    ['NotificationFailureRateHigh', 'tc_notifications_failed_total'],
  ])('has %s, on %s', (alert, metric) => {
    const query = monitoringQueries().find((q) => q.where === `alerts.yml ${alert}`);
    expect(query?.references.metrics).toContain(metric);
  });

  it('watches every service for ServiceDown', () => {
    const expr = rules.find((r) => r.alert === 'ServiceDown')?.expr ?? '';
    expect(/job=~"([^"]+)"/.exec(expr)?.[1].split('|').sort()).toEqual([...SERVICE_NAMES].sort());
  });

  it('alerts on COD cash unremitted for more than 3 days', () => {
    expect(rules.find((r) => r.alert === 'CodCashUnremitted')?.expr).toBe('max by (courier_id) (tc_cod_oldest_unremitted_seconds) > 3 * 86400');
  });

  it('has promtool unit tests (alerts.test.yml) for rules that exist', () => {
    const tests = readYaml(join(PROMETHEUS_DIR, 'alerts.test.yml')) as { rule_files: string[]; tests: Array<{ alert_rule_test: Array<{ alertname: string }> }> };
    expect(tests.rule_files).toEqual(['alerts.yml']);
    const tested = new Set(tests.tests.flatMap((t) => t.alert_rule_test.map((a) => a.alertname)));
    expect([...tested].filter((a) => !rules.some((r) => r.alert === a))).toEqual([]);
    expect(tested.size).toBeGreaterThanOrEqual(10);
  });
});

describe('deploy/grafana', () => {
  const all = dashboards();

  it('provisions the Prometheus data source the dashboards use, and the dashboards folder docker-compose mounts', () => {
    const datasources = readYaml(join(GRAFANA_DIR, 'provisioning', 'datasources', 'prometheus.yml')) as { apiVersion: number; datasources: Array<Record<string, unknown>> };
    expect(datasources.apiVersion).toBe(1);
    expect(datasources.datasources).toEqual([expect.objectContaining({ ...DATASOURCE, url: 'http://127.0.0.1:9090', access: 'proxy' })]);
    const providers = readYaml(join(GRAFANA_DIR, 'provisioning', 'dashboards', 'trustcircle.yml')) as { apiVersion: number; providers: Array<{ type: string; options: { path: string } }> };
    expect(providers.apiVersion).toBe(1);
    expect(providers.providers).toEqual([expect.objectContaining({ type: 'file', options: expect.objectContaining({ path: '/etc/grafana/dashboards' }) })]);
  });

  it('has dashboards with unique uids, TrustCircle tags and a schema version', () => {
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(new Set(all.map((d) => d.dashboard.uid)).size).toBe(all.length);
    for (const { dashboard } of all) {
      expect(dashboard.uid).toMatch(/^tc-[a-z-]{1,37}$/);
      expect(dashboard.title).toMatch(/^TrustCircle · /);
      expect(dashboard.tags).toContain('trustcircle');
      expect(typeof dashboard.schemaVersion).toBe('number');
    }
  });

  it.each(all.map((d) => [d.file, d.dashboard] as const))('%s: panels fit the 24-column grid without overlapping, each on the data source with its queries', (_file, dashboard) => {
    const panels = allPanels(dashboard);
    expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length);
    const cells = new Set<string>();
    for (const p of panels) {
      const { x, y, w, h } = p.gridPos;
      expect(x >= 0 && w > 0 && h > 0 && x + w <= 24).toBe(true);
      for (let i = x; i < x + w; i++) for (let j = y; j < y + h; j++) {
        expect(cells.has(`${i},${j}`) ? `"${p.title}" overlaps` : 'free').toBe('free');
        cells.add(`${i},${j}`);
      }
      expect(p.title.trim()).not.toBe('');
      if (p.type === 'text' || p.type === 'row') {
        expect(p.targets ?? []).toEqual([]);
        continue;
      }
      expect(['timeseries', 'stat', 'table', 'bargauge', 'gauge']).toContain(p.type);
      expect(p.datasource).toEqual(DATASOURCE);
      expect(p.targets?.length).toBeGreaterThan(0);
      expect(new Set(p.targets?.map((t) => t.refId)).size).toBe(p.targets?.length);
      for (const t of p.targets ?? []) expect(t.datasource).toEqual(DATASOURCE);
    }
    for (const v of dashboard.templating.list) expect(v.datasource).toEqual(DATASOURCE);
  });

  it.each([
    ['RED per service', 'http_server_duration_seconds_bucket'],
    ['Kafka lag', 'tc_consumer_lag'],
    ['money held', 'tc_ledger_held_total_vnd'],
    ['dispute deadlines', 'tc_disputes_mediator_deadline_breaches_total'],
    ['COD age', 'tc_cod_oldest_unremitted_seconds'],
  ])('shows %s (%s)', (_view, metric) => {
    expect(monitoringQueries().some((q) => /^[a-z-]+\.json /.test(q.where) && q.references.metrics.includes(metric))).toBe(true);
  });
});

describe('every query of the alerts and dashboards', () => {
  it('parses, and names at least one metric', () => {
    const queries = monitoringQueries();
    expect(queries.length).toBeGreaterThan(50);
    expect(queries.filter((q) => q.references.metrics.length === 0).map((q) => q.where)).toEqual([]);
  });
});

describe('docker-compose.yml', () => {
  // Anchors and merge keys are outside the YAML subset: read it with the yaml package, as compose does.
  const compose = parseCompose(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8')).compose as unknown as {
    services: Record<string, { profiles?: string[]; volumes?: string[]; command?: string[] }>;
    volumes: Record<string, null>;
  };

  it('runs Prometheus and Grafana only in the monitoring profile, everything else always', () => {
    const profiles = Object.fromEntries(Object.entries(compose.services).map(([name, s]) => [name, s.profiles ?? []]));
    const always = Object.fromEntries(['kafka', 'postgres', 'redis', 'setup', ...SERVICE_NAMES].map((name) => [name, []]));
    expect(profiles).toEqual({ ...always, prometheus: ['monitoring'], grafana: ['monitoring'] });
  });

  it('mounts existing deploy/ folders where Prometheus and the Grafana provisioning read them', () => {
    const mounts = (service: string): Record<string, string> =>
      Object.fromEntries((compose.services[service].volumes ?? []).filter((v) => v.startsWith('./')).map((v) => [v.split(':')[1], v.split(':')[0]]));
    expect(mounts('prometheus')).toEqual({ '/etc/prometheus': './deploy/prometheus' });
    expect(mounts('grafana')).toEqual({ '/etc/grafana/provisioning': './deploy/grafana/provisioning', '/etc/grafana/dashboards': './deploy/grafana/dashboards' });
    for (const dir of [...Object.values(mounts('prometheus')), ...Object.values(mounts('grafana'))]) expect(existsSync(join(REPO_ROOT, dir))).toBe(true);
    expect(compose.services.prometheus.command).toContain('--config.file=/etc/prometheus/prometheus.yml');
    expect(compose.services.prometheus.command).toContain('--web.listen-address=127.0.0.1:9090');
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['prometheus-data', 'grafana-data']));
  });
});
