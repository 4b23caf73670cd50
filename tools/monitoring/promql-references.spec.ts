import { promqlReferences } from './promql-references';

describe('promqlReferences', () => {
  it('finds the metric of a selector and the labels it matches on', () => {
    expect(promqlReferences('http_server_duration_seconds_count{status=~"5..", route!~"/metrics|/health/.*"}')).toEqual({
      metrics: ['http_server_duration_seconds_count'],
      selectors: [{ metric: 'http_server_duration_seconds_count', labels: ['status', 'route'] }],
      groupingLabels: [],
    });
  });

  it('skips functions, aggregations, ranges, numbers, durations, strings and Grafana variables', () => {
    const expr =
      'histogram_quantile(0.95, sum by (service, le) (rate(http_server_duration_seconds_bucket{service=~"$service"}[$__rate_interval]))) > 2 * 1e3 + ${threshold}';
    expect(promqlReferences(expr)).toEqual({
      metrics: ['http_server_duration_seconds_bucket'],
      selectors: [{ metric: 'http_server_duration_seconds_bucket', labels: ['service'] }],
      groupingLabels: ['service', 'le'],
    });
  });

  it('reads vector matching, offsets, unless/and/or, bool, trailing by clauses, comments and several metrics', () => {
    const expr = `
      # the latest check
      (tc_ledger_check_ok and on (service, instance) ((tc_ledger_check_last_run_timestamp_seconds > bool 0)
        == on (service) group_left () max by (service) (tc_ledger_check_last_run_timestamp_seconds))) == 0
      or sum(tc_dead_letters_total unless tc_dead_letters_total offset 15m) without (reason)
      or time() - max(up) > 3 * 86400`;
    expect(promqlReferences(expr)).toEqual({
      metrics: ['tc_ledger_check_ok', 'tc_ledger_check_last_run_timestamp_seconds', 'tc_dead_letters_total', 'up'],
      selectors: [],
      groupingLabels: ['service', 'instance', 'reason'],
    });
  });

  it('does not take names inside strings for metrics', () => {
    expect(promqlReferences('label_replace(tc_consumer_lag, "dst_metric", "$1", "topic", "(tc_fake_total)")').metrics).toEqual(['tc_consumer_lag']);
  });

  it('reads group_left without a label list and a subquery range', () => {
    expect(promqlReferences('max_over_time(rate(a_total[5m])[1h:1m]) / on (service) group_left b').metrics).toEqual(['a_total', 'b']);
  });

  it.each([
    ['an unknown function (a typo must not hide a metric)', 'rat(tc_outbox_published_total[5m])', /unknown function rat/],
    ['a selector by __name__', '{__name__="tc_consumer_lag"}', /__name__/],
    ['a selector without a metric', '{job="escrow"}', /without a metric name/],
    ['an unbalanced "("', 'sum(rate(x[5m])', /unbalanced "\("/],
    ['an unbalanced ")"', 'sum(x))', /unbalanced "\)"/],
    ['an unterminated string', 'x{a="b}', /unterminated string/],
    ['an unterminated range', 'rate(x[5m)', /unterminated "\["/],
    ['a grouping clause without labels', 'sum by x', /"\(" expected after by/],
    ['a stray character', 'x ; y', /unexpected ";"/],
  ])('refuses %s', (_what, expr, message) => {
    expect(() => promqlReferences(expr)).toThrow(message);
  });
});
