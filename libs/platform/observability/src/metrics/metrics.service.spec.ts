import { Metrics } from './metrics.service';

describe(Metrics.name, () => {
  it('owns a registry of its own, labelled with the service', async () => {
    const a = new Metrics('orders', false);
    const b = new Metrics('escrow', false);
    a.counter({ name: 'tc_test_total', help: 'test' }).inc();
    expect(await a.render()).toContain('tc_test_total{service="orders"} 1');
    expect(await b.render()).not.toContain('tc_test_total');
  });

  it('returns the existing metric for a name, and refuses a name taken by another type', () => {
    const metrics = new Metrics('orders', false);
    const gauge = metrics.gauge({ name: 'tc_g', help: 'g' });
    expect(metrics.gauge({ name: 'tc_g', help: 'g' })).toBe(gauge);
    expect(() => metrics.histogram({ name: 'tc_g', help: 'h' })).toThrow(/another type/);
  });
});
