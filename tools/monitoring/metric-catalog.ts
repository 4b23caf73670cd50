/**
 * The metrics the services expose, as PromQL can select them, and the check that the monitoring queries name only
 * those: each metric, each label a selector matches on, each label a query groups or matches by.
 *
 * Built from `/metrics` pages (Prometheus text format 0.0.4). A family is there from its registration, with its
 * `# TYPE` line, even before its first sample; a histogram is selected as `_bucket` (with `le`), `_sum` and
 * `_count`, a summary as itself (with `quantile`), `_sum` and `_count`. Label names come from the samples and,
 * for families with no sample yet, from the labels each metric was declared with (the registry's).
 */
import { PROMETHEUS_SERIES, TARGET_LABELS, type MonitoringQuery } from './monitoring-files';

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+\S+/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="(?:[^"\\]|\\.)*"/g;

export class MetricCatalog {
  /** Selectable series name → the label names it may carry. */
  private readonly names = new Map<string, Set<string>>();
  /** Selectable series name → the services exposing it. */
  private readonly owners = new Map<string, Set<string>>();

  constructor() {
    for (const name of PROMETHEUS_SERIES) this.names.set(name, new Set(TARGET_LABELS));
  }

  /**
   * Adds one service's `/metrics` page. `declaredLabels` (family → label names) covers families with no sample
   * yet; `defaultLabels` are the labels the service's registry adds to every series (`service`).
   */
  addExposition(service: string, text: string, declaredLabels: ReadonlyMap<string, readonly string[]> = new Map(), defaultLabels: readonly string[] = []): void {
    const types = new Map<string, string>();
    const sampleLabels = new Map<string, Set<string>>();
    for (const line of text.split('\n')) {
      const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
      if (type) types.set(type[1], type[2]);
      if (line.startsWith('#') || line.trim() === '') continue;
      const sample = SAMPLE.exec(line);
      if (sample === null) throw new Error(`${service}: not a sample line: ${line}`);
      const labels = sampleLabels.get(sample[1]) ?? new Set<string>();
      for (const m of (sample[2] ?? '').matchAll(LABEL)) labels.add(m[1]);
      sampleLabels.set(sample[1], labels);
    }
    const add = (name: string, labels: Iterable<string>): void => {
      const set = this.names.get(name) ?? new Set<string>();
      for (const l of [...labels, ...(sampleLabels.get(name) ?? []), ...defaultLabels, ...TARGET_LABELS]) set.add(l);
      this.names.set(name, set);
      this.owners.set(name, (this.owners.get(name) ?? new Set<string>()).add(service));
    };
    for (const [family, type] of types) {
      const declared = declaredLabels.get(family) ?? [];
      if (type === 'histogram') {
        add(`${family}_bucket`, [...declared, 'le']);
        add(`${family}_sum`, declared);
        add(`${family}_count`, declared);
      } else if (type === 'summary') {
        add(family, [...declared, 'quantile']);
        add(`${family}_sum`, declared);
        add(`${family}_count`, declared);
      } else add(family, declared);
    }
    for (const name of sampleLabels.keys()) if (!this.names.has(name)) add(name, []);
  }

  /** Whether a query may select `name`. */
  has(name: string): boolean {
    return this.names.has(name);
  }

  /** The services exposing `name` (empty for Prometheus's own series). */
  servicesOf(name: string): string[] {
    return [...(this.owners.get(name) ?? [])].sort();
  }

  /** What the queries name that the catalog lacks, one line each; empty when everything exists. */
  problems(queries: readonly MonitoringQuery[]): string[] {
    const problems: string[] = [];
    for (const { where, references } of queries) {
      const known = references.metrics.filter((m) => this.names.has(m));
      for (const m of references.metrics) if (!this.names.has(m)) problems.push(`${where}: no service exposes ${m}`);
      for (const { metric, labels } of references.selectors) {
        const has = this.names.get(metric);
        if (has === undefined) continue;
        for (const l of labels) if (!has.has(l)) problems.push(`${where}: ${metric} has no label ${l}`);
      }
      const anyLabel = new Set(known.flatMap((m) => [...(this.names.get(m) as Set<string>)]));
      for (const l of references.groupingLabels) if (!anyLabel.has(l)) problems.push(`${where}: no metric of the query has a label ${l}`);
    }
    return problems;
  }
}
