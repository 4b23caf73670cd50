import { INTAKE_HEADERS } from '@trustcircle/contracts';
import type { IntakeRecord } from '@trustcircle/messaging';
import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret } from '../crypto/webhook-secret';
import { INTAKE_FUTURE_TOLERANCE_SECONDS, judgeIntakeSignature, signIntakeRecord } from './intake-signature';

const DAY_S = 86_400;
const RETENTION_S = 7 * DAY_S;
const now = new Date('2030-01-01T00:00:00Z');
const nowS = now.getTime() / 1000;
const secret = generateWebhookSecret().secret;
const value = Buffer.from(JSON.stringify({ trackingNumber: 'GHN123', status: 'DELIVERED', note: 'Đã giao hàng' }), 'utf8');

function record(headers: Record<string, string | string[]>, body: Buffer = value): IntakeRecord {
  return { value: body, headers: { [INTAKE_HEADERS.partnerId]: '6f1c1ad8-7a39-4bb1-9a0b-8d4c4a1f2e01', ...headers } };
}

const signed = (s = secret, at: number = nowS, body: Buffer = value) => signIntakeRecord(s, body, { id: 'msg_1', timestamp: at });
const judge = (r: IntakeRecord, secrets = [secret]) => judgeIntakeSignature(secrets, r, now, RETENTION_S);

describe(signIntakeRecord.name, () => {
  it('signs like the standardwebhooks reference library, over the exact value bytes, with the intake header names', () => {
    const headers = signIntakeRecord(secret, value, { id: 'msg_1', timestamp: now });
    expect(headers).toEqual({
      [INTAKE_HEADERS.webhookId]: 'msg_1',
      [INTAKE_HEADERS.webhookTimestamp]: String(nowS),
      [INTAKE_HEADERS.webhookSignature]: new Webhook(secret).sign('msg_1', now, value.toString('utf8')),
    });
    expect(signIntakeRecord(secret, value.toString('utf8'), { id: 'msg_1', timestamp: nowS })).toEqual(headers);
  });
});

describe(judgeIntakeSignature.name, () => {
  it('accepts a record signed with the named partner’s secret', () => {
    expect(judge(record(signed()))).toEqual({ ok: true, webhookId: 'msg_1' });
  });

  it.each([
    ['no signature headers', {}],
    ['no signature', { [INTAKE_HEADERS.webhookId]: 'msg_1', [INTAKE_HEADERS.webhookTimestamp]: String(nowS) }],
    ['a timestamp that is not unix seconds', { ...signed(), [INTAKE_HEADERS.webhookTimestamp]: now.toISOString() }],
    ['a repeated signature header', { ...signed(), [INTAKE_HEADERS.webhookSignature]: [signed()[INTAKE_HEADERS.webhookSignature], 'v1,x'] }],
  ])('refuses a record with %s as unsigned', (_, headers) => {
    expect(judge(record(headers))).toMatchObject({ ok: false, problem: 'unsigned', detail: expect.stringContaining(INTAKE_HEADERS.webhookSignature) });
  });

  it('refuses a tampered body (one byte more), id or timestamp as forged', () => {
    expect(judge(record(signed(), Buffer.concat([value, Buffer.from(' ')])))).toMatchObject({ ok: false, problem: 'forged', webhookId: 'msg_1' });
    expect(judge(record({ ...signed(), [INTAKE_HEADERS.webhookId]: 'msg_2' }))).toMatchObject({ ok: false, problem: 'forged' });
    expect(judge(record({ ...signed(), [INTAKE_HEADERS.webhookTimestamp]: String(nowS - 1) }))).toMatchObject({ ok: false, problem: 'forged' });
  });

  it('refuses a record signed with a wrong secret, or with another partner’s secret under this partner’s id', () => {
    const otherPartners = generateWebhookSecret().secret;
    expect(judge(record(signed(generateWebhookSecret().secret)))).toMatchObject({ ok: false, problem: 'forged' });
    expect(judge(record(signed(otherPartners)), [secret])).toMatchObject({ ok: false, problem: 'forged' });
    expect(judge(record(signed(otherPartners)), [otherPartners])).toMatchObject({ ok: true }); // the same record under its own partner
  });

  it('accepts either secret during a rotation overlap, and one valid signature among several', () => {
    const next = generateWebhookSecret().secret;
    expect(judge(record(signed(next)), [secret, next])).toMatchObject({ ok: true });
    expect(judge(record(signed(secret)), [secret, next])).toMatchObject({ ok: true });
    const both = `${signed(next)[INTAKE_HEADERS.webhookSignature]} ${signed(secret)[INTAKE_HEADERS.webhookSignature]}`;
    expect(judge(record({ ...signed(), [INTAKE_HEADERS.webhookSignature]: both }), [secret])).toMatchObject({ ok: true });
  });

  it('refuses any signature when the partner has no current secret', () => {
    expect(judge(record(signed()), [])).toMatchObject({ ok: false, problem: 'no-secret' });
  });

  it('accepts a record consumed late, up to the topic’s retention, and a clock a little ahead', () => {
    expect(judge(record(signed(secret, nowS - 6 * 3600)))).toMatchObject({ ok: true }); // hours of lag: no 5-minute rule
    expect(judge(record(signed(secret, nowS - RETENTION_S)))).toMatchObject({ ok: true });
    expect(judge(record(signed(secret, nowS + INTAKE_FUTURE_TOLERANCE_SECONDS)))).toMatchObject({ ok: true });
  });

  it('refuses a timestamp older than the retention as stale, and more than 5 minutes ahead as future', () => {
    expect(judge(record(signed(secret, nowS - RETENTION_S - 1)))).toMatchObject({ ok: false, problem: 'stale' });
    expect(judge(record(signed(secret, nowS + INTAKE_FUTURE_TOLERANCE_SECONDS + 1)))).toMatchObject({ ok: false, problem: 'future' });
    expect(judge(record(signed(secret, nowS + DAY_S)))).toMatchObject({ ok: false, problem: 'future' });
  });

  it('never puts a secret or a signature in its verdict', () => {
    const headers = signed(generateWebhookSecret().secret, nowS + DAY_S);
    for (const verdict of [judge(record(headers)), judge(record(signed(secret, nowS + DAY_S)))]) {
      const text = JSON.stringify(verdict);
      expect(text).not.toContain(secret.slice(6, 20));
      expect(text).not.toContain(headers[INTAKE_HEADERS.webhookSignature].slice(3));
    }
  });
});
