import type { TrustWindowFacts } from './trust-counts';
import { oneDecimal, trustParts, trustScore } from './trust-score';

const facts = (f: Partial<TrustWindowFacts>): TrustWindowFacts => ({
  shipments: 0,
  exceptions: 0,
  delivered: 0,
  deliveredOnTime: 0,
  attempts: 0,
  failedAttempts: 0,
  latencyMedian2: null,
  codAgeMedian2: null,
  ...f,
});

describe('trust parts', () => {
  it('rounds once to one decimal from integers', () => {
    expect(oneDecimal(100, 31)).toBe(3.2); // 3.2258
    expect(oneDecimal(100, 55)).toBe(1.8); // 1.8181
    expect(oneDecimal(5, 200)).toBe(0); // 0.025 % of nothing much
    expect(oneDecimal(1, 0)).toBeNull();
  });

  it('answers percentages, the median latency in minutes and the median remittance age in days', () => {
    const parts = trustParts(
      facts({
        shipments: 30,
        exceptions: 1,
        delivered: 29,
        deliveredOnTime: 29,
        attempts: 29,
        failedAttempts: 0,
        latencyMedian2: 125,
        codAgeMedian2: 2880,
      }),
    );
    expect(parts).toEqual({
      onTimePct: 100,
      failedAttemptPct: 0,
      exceptionPct: 3.3,
      eventLatencyMinutes: 62.5,
      codRemittanceDays: 1,
      shipments: 30,
      delivered: 29,
    });
    expect(trustParts(facts({}))).toEqual({
      onTimePct: null,
      failedAttemptPct: null,
      exceptionPct: null,
      eventLatencyMinutes: null,
      codRemittanceDays: null,
      shipments: 0,
      delivered: 0,
    });
  });
});

describe('trustScore', () => {
  it('weights the parts 40/20/20/10/10', () => {
    // on time 1 → 40; failed 1/31 → 1 − 5/31 = 26/31 → 16.774; exceptions 0 → 20; latency 60 min → 1 − 60/240 → 7.5;
    // COD 1.5 days → 1 − 1.5/7 → 7.857; total 92.131 → 92
    expect(
      trustScore(
        facts({
          shipments: 30,
          delivered: 30,
          deliveredOnTime: 30,
          attempts: 31,
          failedAttempts: 1,
          latencyMedian2: 120,
          codAgeMedian2: 4320,
        }),
        20,
      ),
    ).toBe(92);
    // 40 + 20 + exceptions 1/30 → 1 − 10/30 → 13.333 + latency 62.5 min → 7.396 + COD 1 day → 8.571 = 89.301 → 89
    expect(
      trustScore(
        facts({
          shipments: 30,
          exceptions: 1,
          delivered: 29,
          deliveredOnTime: 29,
          attempts: 29,
          latencyMedian2: 125,
          codAgeMedian2: 2880,
        }),
        20,
      ),
    ).toBe(89);
  });

  it('floors each part at 0 and leaves parts with no data out of the mean', () => {
    // on time 0/5 → 0; failed 5/10 = 50 % → floored 0; exceptions 5/5 → floored 0: 0
    expect(
      trustScore(
        facts({
          shipments: 5,
          exceptions: 5,
          delivered: 5,
          attempts: 10,
          failedAttempts: 5,
        }),
        1,
      ),
    ).toBe(0);
    // only on time (4/5 → 32 of 40), failed (0 → 20 of 20), exceptions (0 → 20 of 20): 72 / 80 = 90
    expect(trustScore(facts({ shipments: 5, delivered: 5, deliveredOnTime: 4, attempts: 5 }), 1)).toBe(90);
  });

  it('is null below the minimum number of deliveries, and with none', () => {
    expect(
      trustScore(
        facts({
          shipments: 19,
          delivered: 19,
          deliveredOnTime: 19,
          attempts: 19,
        }),
        20,
      ),
    ).toBeNull();
    expect(
      trustScore(
        facts({
          shipments: 20,
          delivered: 20,
          deliveredOnTime: 20,
          attempts: 20,
        }),
        20,
      ),
    ).toBe(100);
    expect(trustScore(facts({ shipments: 3 }), 0)).toBeNull();
  });
});
