/**
 * Names of the platform's metrics, one place for all libraries. Prefix our own metrics with `tc_`; units go in
 * the name (`_seconds`, `_total` for counters), as Prometheus recommends.
 *
 * WARNING: dashboards and alerts query these names. Never rename one; add a new metric instead.
 */
export const METRIC_NAMES = {
  /** Histogram `{method, route, status}`: HTTP server latency, labelled by route template. */
  httpServerDuration: 'http_server_duration_seconds',
  /** Gauge `{topic}` (messaging lib): outbox rows not yet published. */
  outboxBacklog: 'tc_outbox_backlog',
  /** Gauge `{topic, partition}` (messaging lib): consumer lag in messages (the consumer group is the service). */
  consumerLag: 'tc_consumer_lag',
  /** Counter `{reason, topic}` (messaging lib): messages sent to a dead-letter topic. */
  deadLettersTotal: 'tc_dead_letters_total',
} as const;
