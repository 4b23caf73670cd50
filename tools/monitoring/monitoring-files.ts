/**
 * Reads the monitoring files under `deploy/` (Prometheus scrape config and alert rules, Grafana dashboards and
 * provisioning) and lists every PromQL query in them, with where it is, for the tests that check their shape
 * (tools/monitoring/monitoring-files.spec.ts) and that every metric they name exists on the live services
 * (test/integration/monitoring-metrics.int-spec.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promqlReferences, type PromqlReferences } from './promql-references';
import { parseYamlSubset } from './yaml-subset';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const PROMETHEUS_DIR = join(REPO_ROOT, 'deploy', 'prometheus');
export const GRAFANA_DIR = join(REPO_ROOT, 'deploy', 'grafana');
export const DASHBOARDS_DIR = join(GRAFANA_DIR, 'dashboards');

/** Series Prometheus makes itself for every target (never on a /metrics page). */
export const PROMETHEUS_SERIES = new Set(['up', 'scrape_duration_seconds', 'scrape_samples_scraped', 'scrape_samples_post_metric_relabeling', 'scrape_series_added']);

/** Labels Prometheus adds to every scraped series (the target's). */
export const TARGET_LABELS = new Set(['job', 'instance']);

/** Reads a YAML file of the strict subset (see {@link parseYamlSubset}). */
export function readYaml(path: string): unknown {
  try {
    return parseYamlSubset(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** One alerting rule of alerts.yml, with its group. */
export interface AlertRule {
  group: string;
  alert: string;
  expr: string;
  for?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

/** The alerting rules of `deploy/prometheus/alerts.yml`, in file order. */
export function alertRules(): AlertRule[] {
  const file = readYaml(join(PROMETHEUS_DIR, 'alerts.yml')) as { groups: Array<{ name: string; rules: Array<Omit<AlertRule, 'group'>> }> };
  return file.groups.flatMap((g) => g.rules.map((r) => ({ group: g.name, ...r })));
}

/** A Grafana panel, as far as the tests read it (rows nest their panels when collapsed). */
export interface GrafanaPanel {
  id: number;
  type: string;
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  datasource?: { type: string; uid: string };
  targets?: Array<{ refId: string; expr: string; datasource?: { type: string; uid: string } }>;
  panels?: GrafanaPanel[];
}

/** A dashboard variable. */
export interface GrafanaVariable {
  name: string;
  type: string;
  datasource?: { type: string; uid: string };
  query?: string | { query: string };
}

/** A Grafana dashboard, as far as the tests read it. */
export interface GrafanaDashboard {
  uid: string;
  title: string;
  schemaVersion: number;
  tags: string[];
  panels: GrafanaPanel[];
  templating: { list: GrafanaVariable[] };
}

/** The dashboards of `deploy/grafana/dashboards`, by file name. */
export function dashboards(): Array<{ file: string; dashboard: GrafanaDashboard }> {
  return readdirSync(DASHBOARDS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, dashboard: JSON.parse(readFileSync(join(DASHBOARDS_DIR, file), 'utf8')) as GrafanaDashboard }));
}

/** Every panel of a dashboard, rows' nested panels included. */
export function allPanels(dashboard: GrafanaDashboard): GrafanaPanel[] {
  return dashboard.panels.flatMap((p) => [p, ...(p.panels ?? [])]);
}

/** One query of the monitoring files: where it is, its text, and what it refers to. */
export interface MonitoringQuery {
  where: string;
  query: string;
  references: PromqlReferences;
}

/**
 * Every query in the alert rules and the dashboards (panel targets and variable queries). Grafana's
 * `label_values(selector, label)` counts as the selector, grouped by the label.
 */
export function monitoringQueries(): MonitoringQuery[] {
  const queries: MonitoringQuery[] = [];
  const add = (where: string, query: string, references = (): PromqlReferences => promqlReferences(query)): void => {
    try {
      queries.push({ where, query, references: references() });
    } catch (e) {
      throw new Error(`${where}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  for (const rule of alertRules()) add(`alerts.yml ${rule.alert}`, rule.expr);
  for (const { file, dashboard } of dashboards()) {
    for (const panel of allPanels(dashboard)) {
      for (const t of panel.targets ?? []) add(`${file} "${panel.title}" ${t.refId}`, t.expr);
    }
    for (const v of dashboard.templating.list) {
      if (v.type !== 'query') continue;
      const query = typeof v.query === 'string' ? v.query : (v.query?.query ?? '');
      add(`${file} variable ${v.name}`, query, () => labelValuesReferences(query));
    }
  }
  return queries;
}

/** What `label_values(selector, label)` refers to (the only variable query the dashboards use). */
export function labelValuesReferences(query: string): PromqlReferences {
  const match = /^label_values\((.+),\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\)$/.exec(query.trim());
  if (match === null) throw new Error(`not a label_values(selector, label) query: ${query}`);
  const references = promqlReferences(match[1]);
  if (references.metrics.length !== 1) throw new Error(`label_values needs one metric: ${query}`);
  return { ...references, groupingLabels: [...new Set([...references.groupingLabels, match[2]])] };
}
