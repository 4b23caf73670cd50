import { MetricCatalog } from './metric-catalog';
import type { MonitoringQuery } from './monitoring-files';
import { promqlReferences } from './promql-references';

/** A /metrics page as prom-client writes it: families declared before their first sample have only HELP and TYPE. */
const EXPOSITION = [
  '# HELP http_server_duration_seconds HTTP server request duration in seconds.',
  '# TYPE http_server_duration_seconds histogram',
  'http_server_duration_seconds_bucket{le="0.005",method="GET",route="/metrics",status="200",service="escrow"} 1',
  'http_server_duration_seconds_bucket{le="+Inf",method="GET",route="/metrics",status="200",service="escrow"} 1',
  'http_server_duration_seconds_sum{method="GET",route="/metrics",status="200",service="escrow"} 0.002',
  'http_server_duration_seconds_count{method="GET",route="/metrics",status="200",service="escrow"} 1',
  '',
  '# HELP tc_dead_letters_total Messages dead-lettered, by reason and source topic.',
  '# TYPE tc_dead_letters_total counter',
  '',
  '# HELP tc_consumer_handle_seconds Time to apply one event.',
  '# TYPE tc_consumer_handle_seconds histogram',
  '',
  '# HELP tc_ledger_check_ok Whether the last ledger check passed.',
  '# TYPE tc_ledger_check_ok gauge',
  'tc_ledger_check_ok{service="escrow"} 0',
  '',
].join('\n');

const DECLARED = new Map([
  ['tc_dead_letters_total', ['reason', 'topic']],
  ['tc_consumer_handle_seconds', ['type']],
]);

function query(expr: string): MonitoringQuery {
  return { where: 'q', query: expr, references: promqlReferences(expr) };
}

describe('MetricCatalog', () => {
  const catalog = new MetricCatalog();
  catalog.addExposition('escrow', EXPOSITION, DECLARED, ['service']);

  it('knows families from their TYPE line before any sample, histograms by their _bucket, _sum and _count', () => {
    expect(['tc_dead_letters_total', 'tc_consumer_handle_seconds_bucket', 'tc_consumer_handle_seconds_sum', 'tc_consumer_handle_seconds_count', 'tc_ledger_check_ok'].filter((n) => !catalog.has(n))).toEqual([]);
    expect(catalog.has('tc_consumer_handle_seconds')).toBe(false);
    expect(catalog.has('up')).toBe(true);
    expect(catalog.servicesOf('tc_ledger_check_ok')).toEqual(['escrow']);
    expect(catalog.servicesOf('up')).toEqual([]);
  });

  it('accepts queries naming existing metrics and labels (declared, sampled, default, target, le)', () => {
    const queries = [
      'sum by (service, topic, reason) (increase(tc_dead_letters_total{reason="HANDLER_FAILED"}[15m]))',
      'histogram_quantile(0.95, sum by (service, le) (rate(http_server_duration_seconds_bucket{route!~"/metrics", status=~"5.."}[5m])))',
      'histogram_quantile(0.95, sum by (type, le) (rate(tc_consumer_handle_seconds_bucket[5m])))',
      'tc_ledger_check_ok and on (service, instance) tc_ledger_check_ok',
      'up{job="escrow", instance="x"} == 0',
    ].map(query);
    expect(catalog.problems(queries)).toEqual([]);
  });

  it('names every metric and label that does not exist', () => {
    const queries = [
      query('rate(tc_dead_letter_total[5m])'),
      query('tc_consumer_handle_seconds'),
      query('tc_dead_letters_total{group="orders"}'),
      query('sum by (courier_id) (tc_ledger_check_ok)'),
      query('up{service="escrow"}'),
    ];
    expect(catalog.problems(queries)).toEqual([
      'q: no service exposes tc_dead_letter_total',
      'q: no service exposes tc_consumer_handle_seconds',
      'q: tc_dead_letters_total has no label group',
      'q: no metric of the query has a label courier_id',
      'q: up has no label service',
    ]);
  });

  it('merges several services: a name exists when any service exposes it', () => {
    const two = new MetricCatalog();
    two.addExposition('escrow', '# TYPE tc_ledger_check_ok gauge\n');
    two.addExposition('orders', '# TYPE tc_outbox_backlog gauge\ntc_outbox_backlog{service="orders"} 0\n');
    two.addExposition('escrow', '# TYPE tc_outbox_backlog gauge\n');
    expect(two.problems([query('tc_ledger_check_ok + tc_outbox_backlog')])).toEqual([]);
    expect(two.servicesOf('tc_outbox_backlog')).toEqual(['escrow', 'orders']);
  });

  it('refuses a page it cannot read', () => {
    expect(() => new MetricCatalog().addExposition('orders', '{broken} 1')).toThrow('orders: not a sample line: {broken} 1');
  });
});
