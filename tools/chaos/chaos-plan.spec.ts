import { SERVICE_NAMES } from '@trustcircle/contracts';
import { faultSpan, planFaults } from './chaos-plan';

const options = { durationMs: 60_000, kills: 4, services: SERVICE_NAMES, pauseMs: 13_000, outageMs: 5000 };

describe('planFaults', () => {
  it('is fixed by the seed, and differs between seeds', () => {
    expect(planFaults(7, options)).toEqual(planFaults(7, options));
    expect(planFaults(7, options)).not.toEqual(planFaults(8, options));
  });

  it('has the kills asked for, one broker restart, one frozen consumer and one outage of each provider, in time order', () => {
    for (const seed of [1, 2, 3, 42, 1234]) {
      const plan = planFaults(seed, options);
      const count = (kind: string): number => plan.filter((f) => f.kind === kind).length;
      expect([count('kill'), count('restart-broker'), count('pause'), count('sms-outage'), count('webhook-outage')]).toEqual([4, 1, 1, 1, 1]);
      expect(plan.map((f) => f.at)).toEqual([...plan.map((f) => f.at)].sort((a, b) => a - b));
      for (const f of plan) expect(f.at).toBeGreaterThanOrEqual(0);
    }
  });

  it('never starts a fault on a service while an earlier one on it is still on (a frozen process is not killed)', () => {
    for (let seed = 0; seed < 200; seed++) {
      const plan = planFaults(seed, { ...options, services: ['escrow', 'orders'] });
      for (const [i, f] of plan.entries()) {
        if (!('service' in f)) continue;
        for (const g of plan.slice(0, i)) if ('service' in g && g.service === f.service) expect(f.at).toBeGreaterThanOrEqual(g.at + faultSpan(g));
      }
    }
  });
});
