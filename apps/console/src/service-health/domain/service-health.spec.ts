import { healthTargets } from './health-targets';
import { parsePrometheusText } from './prometheus-text';
import { messagingFigures, nextHealth, unknownHealth, WANTED_METRICS } from './service-health';

const METRICS = `tc_consumer_lag{topic="orders.events.v1",partition="0",service="escrow"} 3
tc_consumer_lag{topic="orders.events.v1",partition="1",service="escrow"} 4
tc_consumer_lag{topic="delivery.events.v1",partition="2",service="escrow"} 1
tc_outbox_backlog{service="escrow"} 12
tc_outbox_oldest_unpublished_seconds{service="escrow"} 7.6
tc_dead_letters_total{reason="INVALID_PAYLOAD",topic="orders.events.v1",service="escrow"} 2
tc_dead_letters_total{reason="HANDLER_FAILED",topic="delivery.events.v1",service="escrow"} 1
tc_consumer_stuck_partitions{topic="orders.events.v1",partition="0",service="escrow"} 1
process_cpu_seconds_total{service="escrow"} 5
`;

describe('a service’s health in the overview', () => {
  it('sums its messaging metrics: lag per topic over partitions, backlog, oldest, dead letters, stuck partitions', () => {
    expect(messagingFigures(parsePrometheusText(METRICS, (n) => WANTED_METRICS.has(n)))).toEqual({
      consumerLag: [
        { topic: 'delivery.events.v1', lag: 1 },
        { topic: 'orders.events.v1', lag: 7 },
      ],
      outboxBacklog: 12,
      outboxOldestSeconds: 8,
      deadLetters: 3,
      stuckPartitions: 1,
    });
    expect(messagingFigures([])).toEqual({ consumerLag: [], outboxBacklog: 0, outboxOldestSeconds: 0, deadLetters: 0, stuckPartitions: 0 });
  });

  it('is UP when ready, NOT_READY naming what fails, DOWN when it does not answer; its status keeps its since', () => {
    const t0 = new Date('2026-11-29T10:00:00.000Z');
    const t1 = new Date('2026-11-29T10:00:05.000Z');
    const t2 = new Date('2026-11-29T10:00:10.000Z');
    const figures = messagingFigures([]);
    const first = unknownHealth('orders', 'http://127.0.0.1:3001', t0);
    expect(first).toEqual({ service: 'orders', url: 'http://127.0.0.1:3001', status: 'UNKNOWN', failing: [], error: null, since: t0.toISOString(), checkedAt: null });
    const up = nextHealth(first, { reachable: true, ready: true, failing: [], figures }, t1);
    expect(up).toEqual({ ...first, status: 'UP', since: t1.toISOString(), checkedAt: t1.toISOString(), ...figures });
    expect(nextHealth(up, { reachable: true, ready: true, failing: [], figures }, t2)).toMatchObject({ status: 'UP', since: t1.toISOString(), checkedAt: t2.toISOString() });
    expect(nextHealth(up, { reachable: true, ready: false, failing: ['kafka'], figures }, t2)).toMatchObject({ status: 'NOT_READY', failing: ['kafka'], since: t2.toISOString() });
    const down = nextHealth(up, { reachable: false, error: 'unreachable' }, t2);
    expect(down).toEqual({ service: 'orders', url: 'http://127.0.0.1:3001', status: 'DOWN', failing: [], error: 'unreachable', since: t2.toISOString(), checkedAt: t2.toISOString() });
  });

  it('polls every service, the console too, on its usual port unless configured', () => {
    const targets = healthTargets(['orders=http://orders:3001/', 'console=http://127.0.0.1:4000']);
    expect(targets).toEqual([
      { service: 'console', url: 'http://127.0.0.1:4000' },
      { service: 'orders', url: 'http://orders:3001' },
      { service: 'escrow', url: 'http://127.0.0.1:3002' },
      { service: 'delivery-tracking', url: 'http://127.0.0.1:3003' },
      { service: 'disputes', url: 'http://127.0.0.1:3004' },
      { service: 'notifications', url: 'http://127.0.0.1:3005' },
    ]);
    expect(() => healthTargets(['payments=http://x:1'])).toThrow('unknown service "payments"');
  });
});
