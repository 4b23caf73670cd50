/** Options of {@link MetricsModule.forRoot}. */
export interface MetricsOptions {
  /** The service name, the `service` label of every metric. */
  service: string;
  /** Collect prom-client's default Node.js metrics (event loop, heap, GC…). Default true. */
  defaultMetrics?: boolean;
}
