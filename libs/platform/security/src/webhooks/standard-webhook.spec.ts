import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret } from '../crypto/webhook-secret';
import { judgeWebhookTimestamp, readWebhookHeaders, signWebhook, verifyWebhookSignature, WEBHOOK_TOLERANCE_SECONDS } from './standard-webhook';

describe('Standard Webhooks signatures', () => {
  const { secret } = generateWebhookSecret();
  const body = Buffer.from(JSON.stringify({ trackingNumber: 'GHN123', status: 'DELIVERED', note: 'Đã giao hàng' }), 'utf8');
  const at = new Date('2030-01-01T00:00:00Z');
  const ts = String(Math.floor(at.getTime() / 1000));

  it('signs exactly as the standardwebhooks reference library does', () => {
    const reference = new Webhook(secret).sign('msg_1', at, body.toString('utf8'));
    expect(signWebhook(secret, 'msg_1', ts, body)).toBe(reference);
  });

  it('verifies a reference signature over the raw bytes, among several signatures', () => {
    const reference = new Webhook(secret).sign('msg_1', at, body.toString('utf8'));
    const headers = { id: 'msg_1', timestamp: ts, signature: `v1,${Buffer.alloc(32).toString('base64')} v2,abc ${reference}` };
    expect(verifyWebhookSignature([secret], headers, body)).toBe(true);
  });

  it('accepts either of two secrets during a rotation', () => {
    const next = generateWebhookSecret().secret;
    const headers = { id: 'msg_2', timestamp: ts, signature: signWebhook(next, 'msg_2', ts, body) };
    expect(verifyWebhookSignature([secret, next], headers, body)).toBe(true);
    expect(verifyWebhookSignature([secret], headers, body)).toBe(false);
  });

  it('refuses a changed body, id, timestamp or secret, and non-v1 or malformed signatures', () => {
    const signature = signWebhook(secret, 'msg_3', ts, body);
    const ok = { id: 'msg_3', timestamp: ts, signature };
    expect(verifyWebhookSignature([secret], ok, body)).toBe(true);
    expect(verifyWebhookSignature([secret], ok, Buffer.concat([body, Buffer.from(' ')]))).toBe(false);
    expect(verifyWebhookSignature([secret], { ...ok, id: 'msg_4' }, body)).toBe(false);
    expect(verifyWebhookSignature([secret], { ...ok, timestamp: String(Number(ts) + 1) }, body)).toBe(false);
    expect(verifyWebhookSignature([generateWebhookSecret().secret], ok, body)).toBe(false);
    expect(verifyWebhookSignature([secret], { ...ok, signature: signature.replace('v1,', 'v2,') }, body)).toBe(false);
    expect(verifyWebhookSignature([secret], { ...ok, signature: 'v1,not-base64!' }, body)).toBe(false);
    expect(verifyWebhookSignature([], ok, body)).toBe(false);
  });

  it('reads the three headers, refusing missing, repeated or malformed ones', () => {
    const h = { 'webhook-id': 'msg_1', 'webhook-timestamp': ts, 'webhook-signature': 'v1,x' };
    expect(readWebhookHeaders(h)).toEqual({ id: 'msg_1', timestamp: ts, signature: 'v1,x' });
    expect(readWebhookHeaders({ ...h, 'webhook-id': undefined })).toBeUndefined();
    expect(readWebhookHeaders({ ...h, 'webhook-id': ['a', 'b'] })).toBeUndefined();
    expect(readWebhookHeaders({ ...h, 'webhook-timestamp': '12.5' })).toBeUndefined();
    expect(readWebhookHeaders({ ...h, 'webhook-id': 'x'.repeat(257) })).toBeUndefined();
    expect(readWebhookHeaders({ ...h, 'webhook-id': 'has space' })).toBeUndefined();
  });

  it('judges new timestamps within 5 minutes either way', () => {
    const now = new Date(at.getTime());
    const t = (deltaS: number) => String(Math.floor(at.getTime() / 1000) + deltaS);
    expect(judgeWebhookTimestamp(t(0), now)).toBe('ok');
    expect(judgeWebhookTimestamp(t(-WEBHOOK_TOLERANCE_SECONDS), now)).toBe('ok');
    expect(judgeWebhookTimestamp(t(-WEBHOOK_TOLERANCE_SECONDS - 1), now)).toBe('stale');
    expect(judgeWebhookTimestamp(t(WEBHOOK_TOLERANCE_SECONDS), now)).toBe('ok');
    expect(judgeWebhookTimestamp(t(WEBHOOK_TOLERANCE_SECONDS + 1), now)).toBe('future');
  });
});
