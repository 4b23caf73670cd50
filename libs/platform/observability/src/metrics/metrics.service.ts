import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from 'prom-client';

/**
 * The app's Prometheus registry (one per app, never prom-client's global one), labelled `service`, with the
 * default Node.js metrics. Other libraries register their metrics through it, by the names in
 * {@link METRIC_NAMES}. The `counter`/`gauge`/`histogram` helpers return the existing metric when one of that
 * name is already registered, so modules may ask for the same metric more than once.
 */
export class Metrics {
  readonly registry = new Registry();

  constructor(service: string, defaultMetrics = true) {
    this.registry.setDefaultLabels({ service });
    if (defaultMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** Get or create a counter. */
  counter<T extends string>(config: Omit<CounterConfiguration<T>, 'registers'>): Counter<T> {
    return this.getOrCreate(config.name, Counter, () => new Counter<T>({ ...config, registers: [this.registry] }));
  }

  /** Get or create a gauge. */
  gauge<T extends string>(config: Omit<GaugeConfiguration<T>, 'registers'>): Gauge<T> {
    return this.getOrCreate(config.name, Gauge, () => new Gauge<T>({ ...config, registers: [this.registry] }));
  }

  /** Get or create a histogram. */
  histogram<T extends string>(config: Omit<HistogramConfiguration<T>, 'registers'>): Histogram<T> {
    return this.getOrCreate(config.name, Histogram, () => new Histogram<T>({ ...config, registers: [this.registry] }));
  }

  /** The exposition text of every metric. */
  async render(): Promise<string> {
    return this.registry.metrics();
  }

  private getOrCreate<M>(name: string, kind: abstract new (...args: never[]) => M, create: () => M): M {
    const existing = this.registry.getSingleMetric(name);
    if (existing === undefined) return create();
    if (existing instanceof kind) return existing;
    throw new Error(`Metric "${name}" is already registered with another type.`);
  }
}
