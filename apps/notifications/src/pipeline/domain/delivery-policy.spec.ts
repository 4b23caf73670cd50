import { DEFAULT_RETRY_SCHEDULE_SECONDS, fallbackChannel, fallbackStep, firstSendAt, maskRecipient, mayFallBack, MUTED_BY_RECIPIENT, nextRetryDelayMs, orderingKeyOf, parseQuietHours, QUIET_HOURS_PATTERN } from './delivery-policy';

/** An instant given in Vietnam local time. */
const vn = (local: string): Date => new Date(`${local}+07:00`);

describe('quiet hours (22:00–07:00 Asia/Ho_Chi_Minh)', () => {
  it.each([
    ['06:59:59 waits for 07:00 the same day', '2026-11-28T06:59:59', '2026-11-28T07:00:00'],
    ['07:00 goes at once', '2026-11-28T07:00:00', '2026-11-28T07:00:00'],
    ['21:59:59 goes at once', '2026-11-28T21:59:59', '2026-11-28T21:59:59'],
    ['22:00 waits for 07:00 the next day', '2026-11-28T22:00:00', '2026-11-29T07:00:00'],
    ['23:30 on the last day of the year waits for 1 January', '2026-12-31T23:30:00', '2027-01-01T07:00:00'],
    ['00:10 (17:10 UTC the day before) waits for 07:00 local', '2026-11-29T00:10:00', '2026-11-29T07:00:00'],
  ])('a non-critical SMS at %s', (_name, at, expected) => {
    expect(firstSendAt(vn(at), 'SMS', false).toISOString()).toBe(vn(expected).toISOString());
    expect(firstSendAt(vn(at), 'ZALO', false).toISOString()).toBe(vn(expected).toISOString());
  });

  it('critical messages, email and webhooks never wait', () => {
    const night = vn('2026-11-28T23:00:00');
    expect(firstSendAt(night, 'SMS', true)).toBe(night);
    expect(firstSendAt(night, 'EMAIL', false)).toBe(night);
    expect(firstSendAt(night, 'WEBHOOK', false)).toBe(night);
  });

  it('are configurable (NOTIFICATION_QUIET_HOURS): another window across midnight, one within a day, or off', () => {
    expect(firstSendAt(vn('2026-11-28T21:30:00'), 'SMS', false, parseQuietHours('21-6')).toISOString()).toBe(vn('2026-11-29T06:00:00').toISOString());
    expect(firstSendAt(vn('2026-11-28T06:30:00'), 'SMS', false, parseQuietHours('21-6')).toISOString()).toBe(vn('2026-11-28T06:30:00').toISOString());
    expect(firstSendAt(vn('2026-11-28T12:15:00'), 'SMS', false, parseQuietHours('12-14')).toISOString()).toBe(vn('2026-11-28T14:00:00').toISOString());
    expect(firstSendAt(vn('2026-11-28T14:00:00'), 'SMS', false, parseQuietHours('12-14')).toISOString()).toBe(vn('2026-11-28T14:00:00').toISOString());
    const night = vn('2026-11-28T23:00:00');
    expect(firstSendAt(night, 'SMS', false, parseQuietHours('off'))).toBe(night);
    expect(parseQuietHours('5-5')).toBeNull();
    expect(parseQuietHours('22-7')).toEqual({ startHour: 22, endHour: 7 });
    expect(['off', '22-7', '0-23', '9-17'].every((v) => QUIET_HOURS_PATTERN.test(v))).toBe(true);
    expect(['on', '24-7', '22', '22-', '-7', '22-7-1', ' 22-7'].some((v) => QUIET_HOURS_PATTERN.test(v))).toBe(false);
  });
});

describe('the retry schedule', () => {
  it('waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h after each failure, then gives up', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => nextRetryDelayMs(DEFAULT_RETRY_SCHEDULE_SECONDS, n));
    expect(delays).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000, null]);
    expect(nextRetryDelayMs([0, 1, 2], 0)).toBeNull();
    expect(nextRetryDelayMs([0], 1)).toBeNull();
  });
});

describe('channel fallback', () => {
  it('goes Zalo → SMS → email (only with an email), and no further', () => {
    expect(fallbackChannel('ZALO', { email: false })).toBe('SMS');
    expect(fallbackChannel('SMS', { email: true })).toBe('EMAIL');
    expect(fallbackChannel('SMS', { email: false })).toBeNull();
    expect(fallbackChannel('EMAIL', { email: true })).toBeNull();
    expect(fallbackChannel('WEBHOOK', { email: true })).toBeNull();
  });

  it('is for buyers’ milestones only, never a one-time code', () => {
    expect(mayFallBack({ recipientRole: 'BUYER', template: 'delivered@1', sealed: false })).toBe(true);
    expect(mayFallBack({ recipientRole: 'BUYER', template: 'buyer-otp@1', sealed: true })).toBe(false);
    expect(mayFallBack({ recipientRole: 'BUYER', template: 'buyer-otp@2', sealed: false })).toBe(false); // an expired code: never sealed
    expect(mayFallBack({ recipientRole: 'BUYER', template: 'refunded@1', sealed: true })).toBe(false);
    expect(mayFallBack({ recipientRole: 'OPERATOR', template: 'operator-alert@1', sealed: false })).toBe(false);
    expect(mayFallBack({ recipientRole: 'SELLER', template: 'marketplace-paid-out@1', sealed: false })).toBe(false);
  });

  it('adds the next channel’s message, and leaves one already planned, or muted by the buyer, alone', () => {
    expect(fallbackStep(null)).toBe('insert');
    expect(fallbackStep({ status: 'CANCELLED', lastError: MUTED_BY_RECIPIENT })).toBe('none');
    expect(fallbackStep({ status: 'CANCELLED', lastError: 'left unfinished by an earlier test suite' })).toBe('none');
    for (const status of ['PENDING', 'SENDING', 'SENT', 'FAILED']) expect(fallbackStep({ status, lastError: null })).toBe('none');
    expect(fallbackStep({ status: 'FAILED', lastError: 'HTTP 550' })).toBe('none');
  });
});

describe('masking recipients', () => {
  it('never shows a whole phone, email or URL path', () => {
    expect(maskRecipient('+84901234567')).toBe('+8490****567');
    expect(maskRecipient('hoa.nguyen@example.com')).toBe('h***@example.com');
    expect(maskRecipient('https://shop.example/hooks/trustcircle?token=x')).toBe('https://shop.example/***');
    expect(maskRecipient('http://127.0.0.1:45678/hook')).toBe('http://127.0.0.1/***');
    expect(maskRecipient('not a thing')).toBe('***');
  });
});

describe('orderingKeyOf', () => {
  it("orders a webhook endpoint's messages per order, and those about no order together", () => {
    expect(orderingKeyOf({ channel: 'WEBHOOK', role: 'MARKETPLACE', endpointId: 'ep-1' }, 'order-1')).toBe('ep-1:order-1');
    expect(orderingKeyOf({ channel: 'WEBHOOK', role: 'MARKETPLACE', endpointId: 'ep-1' }, null)).toBe('ep-1:-');
  });

  it("orders a person's messages per channel and order, never across orders or channels", () => {
    expect(orderingKeyOf({ channel: 'SMS', role: 'BUYER' }, 'order-1')).toBe('SMS:BUYER:order-1');
    expect(orderingKeyOf({ channel: 'EMAIL', role: 'BUYER' }, 'order-1')).toBe('EMAIL:BUYER:order-1');
    expect(orderingKeyOf({ channel: 'SMS', role: 'SELLER' }, 'order-1')).not.toBe(orderingKeyOf({ channel: 'SMS', role: 'BUYER' }, 'order-1'));
  });

  it('leaves a person’s message about no known order unordered (an operator alert)', () => {
    expect(orderingKeyOf({ channel: 'EMAIL', role: 'OPERATOR' }, null)).toBeNull();
  });
});
