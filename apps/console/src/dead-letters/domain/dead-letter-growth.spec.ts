import { validateEventPayload } from '@trustcircle/contracts';
import {
  clockHourOf,
  type DeadLetterGrowth,
  deadLetterGrowthAlert,
  deadLetterGrowthAlertId,
  growthSeverity,
  growthThresholdReached,
  nameBasedUuid,
} from './dead-letter-growth';

const AT = new Date('2026-03-02T10:17:42.123Z');
const growth = (countThisHour: number, over: Partial<DeadLetterGrowth> = {}): DeadLetterGrowth => ({
  service: 'orders',
  countThisHour,
  recordedAt: AT,
  latest: { reason: 'MALFORMED_JSON', originalTopic: 'orders.intake.v1' },
  ...over,
});

describe('growthThresholdReached', () => {
  it('is the count itself at 1, 10, 100 and 1000, and null at any other count', () => {
    expect([1, 10, 100, 1000].map(growthThresholdReached)).toEqual([1, 10, 100, 1000]);
    expect([0, 2, 9, 11, 99, 101, 999, 1001, 10_000].map(growthThresholdReached)).toEqual(Array(9).fill(null));
  });

  it('raises one alert per threshold over a run of 1..2000 dead letters in an hour', () => {
    const reached = Array.from({ length: 2000 }, (_, i) => growthThresholdReached(i + 1)).filter((t) => t !== null);
    expect(reached).toEqual([1, 10, 100, 1000]);
  });
});

describe('growthSeverity', () => {
  it('is WARNING at 1 and 10, CRITICAL from 100', () => {
    expect(([1, 10, 100, 1000] as const).map(growthSeverity)).toEqual(['WARNING', 'WARNING', 'CRITICAL', 'CRITICAL']);
  });
});

describe('clockHourOf', () => {
  it('is the start of the UTC hour (the same instant as the Vietnam hour)', () => {
    expect(clockHourOf(AT).toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(clockHourOf(new Date('2026-03-02T10:00:00.000Z')).toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(clockHourOf(new Date('2026-03-02T10:59:59.999Z')).toISOString()).toBe('2026-03-02T10:00:00.000Z');
  });
});

describe('nameBasedUuid', () => {
  it('is RFC 9562 version 5 (the standard example: www.example.com in the DNS namespace)', () => {
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('deadLetterGrowthAlertId', () => {
  it('is the same for the same service, hour and threshold, and differs when any of them does', () => {
    const id = deadLetterGrowthAlertId('orders', AT, 10);
    expect(deadLetterGrowthAlertId('orders', new Date('2026-03-02T10:59:00.000Z'), 10)).toBe(id);
    expect(new Set([id, deadLetterGrowthAlertId('escrow', AT, 10), deadLetterGrowthAlertId('orders', new Date('2026-03-02T11:00:00.000Z'), 10), deadLetterGrowthAlertId('orders', AT, 100)]).size).toBe(4);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('deadLetterGrowthAlert', () => {
  it('raises a WARNING for the first dead letter of the hour, naming the service, the count, the latest reason and topic', () => {
    const alert = deadLetterGrowthAlert(growth(1));
    expect(alert).toEqual({
      alertId: deadLetterGrowthAlertId('orders', AT, 1),
      severity: 'WARNING',
      code: 'DEAD_LETTER_GROWTH',
      message: "orders dead-lettered 1 message this hour (latest: MALFORMED_JSON on orders.intake.v1; hour from 2026-03-02T10:00:00.000Z). See the console's dead letters (service orders).",
      service: 'console',
      orderId: null,
      raisedAt: AT.toISOString(),
    });
    expect(validateEventPayload('platform.operator-alert-raised', alert).ok).toBe(true);
  });

  it('raises a WARNING at 10 and a CRITICAL at 100 and 1000, nothing in between', () => {
    expect(deadLetterGrowthAlert(growth(10))).toMatchObject({ severity: 'WARNING', message: expect.stringMatching(/^orders dead-lettered 10 messages this hour \(latest: MALFORMED_JSON on orders\.intake\.v1;/) });
    expect(deadLetterGrowthAlert(growth(100))).toMatchObject({ severity: 'CRITICAL', alertId: deadLetterGrowthAlertId('orders', AT, 100) });
    expect(deadLetterGrowthAlert(growth(1000))).toMatchObject({ severity: 'CRITICAL', alertId: deadLetterGrowthAlertId('orders', AT, 1000) });
    for (const n of [2, 11, 500, 1001]) expect(deadLetterGrowthAlert(growth(n))).toBeNull();
  });

  it('says so when the original topic is unknown, and stays within the contract with the longest reason and topic', () => {
    expect(deadLetterGrowthAlert(growth(1, { latest: { reason: 'UNKNOWN', originalTopic: null } }))?.message).toContain('(latest: UNKNOWN on an unknown topic;');
    const long = deadLetterGrowthAlert(growth(1000, { service: 'delivery-tracking', latest: { reason: 'R'.repeat(200), originalTopic: 't'.repeat(200) } }));
    expect(validateEventPayload('platform.operator-alert-raised', long).ok).toBe(true);
  });
});
