import { parsePrometheusText } from './prometheus-text';

const TEXT = `# HELP tc_consumer_lag Messages behind the partition end, after the last processed one.
# TYPE tc_consumer_lag gauge
tc_consumer_lag{topic="orders.events.v1",partition="0",service="escrow"} 3
tc_consumer_lag{topic="orders.events.v1",partition="1",service="escrow"} 4

tc_outbox_backlog{service="escrow"} 12
tc_dead_letters_total{reason="INVALID_PAYLOAD",topic="escrow.events.v1",service="escrow"} 2 1700000000000
weird_label{text="a \\"quoted\\", comma\\nnewline"} +Inf
not a sample line
broken{label="unterminated} 1
`;

describe('the Prometheus text format', () => {
  it('reads every sample with its labels and value, skipping comments, blanks and malformed lines', () => {
    expect(parsePrometheusText(TEXT)).toEqual([
      { name: 'tc_consumer_lag', labels: { topic: 'orders.events.v1', partition: '0', service: 'escrow' }, value: 3 },
      { name: 'tc_consumer_lag', labels: { topic: 'orders.events.v1', partition: '1', service: 'escrow' }, value: 4 },
      { name: 'tc_outbox_backlog', labels: { service: 'escrow' }, value: 12 },
      { name: 'tc_dead_letters_total', labels: { reason: 'INVALID_PAYLOAD', topic: 'escrow.events.v1', service: 'escrow' }, value: 2 },
      { name: 'weird_label', labels: { text: 'a "quoted", comma\nnewline' }, value: Infinity },
    ]);
  });

  it('keeps only the wanted metrics', () => {
    expect(parsePrometheusText(TEXT, (n) => n === 'tc_outbox_backlog')).toEqual([{ name: 'tc_outbox_backlog', labels: { service: 'escrow' }, value: 12 }]);
  });
});
