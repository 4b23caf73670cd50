/**
 * A buyer's notification preferences on the real stack: set with the buyer token of an order, they apply to that
 * buyer's phone and email, and the pipeline honours them (language, muted non-critical channels).
 */
import { randomUUID } from 'node:crypto';
import type { HandlerContext } from '@trustcircle/messaging';
import { deriveBuyerTokenKeys, signBuyerToken } from '@trustcircle/security';
import { ServiceTestKit } from '@trustcircle/service-testing';
import { NotifyOnEvents } from '../pipeline/api/notify-on-events.consumer';
import { NotificationsTestKit } from '../testing/notifications-test-kit';

jest.setTimeout(60_000);

let kit: NotificationsTestKit;
const keys = deriveBuyerTokenKeys(String(ServiceTestKit.testEnv().PLATFORM_ENCRYPTION_KEY));

beforeAll(async () => {
  kit = await NotificationsTestKit.start({ NOTIFICATION_DISPATCH_INTERVAL_MS: '600000' });
});

afterAll(async () => {
  await kit?.close();
});

const token = (orderId: string, code: string): string => signBuyerToken({ orderId, orderCode: code, now: kit.now(), ttlSeconds: 600 }, keys.keyId, keys.signingKey).token;

async function placed(email?: string): Promise<{ orderId: string; code: string; phone: string }> {
  const orderId = randomUUID();
  const code = `TC-${randomUUID().slice(0, 4)}-${randomUUID().slice(0, 4)}`.toUpperCase();
  const phone = `+8491${String(1_000_000 + Math.floor(Math.random() * 8_999_999))}`;
  const event = kit.event('orders.order-placed', { orderId, code, buyer: { name: 'Trần Văn Nam', phone, ...(email ? { email } : {}) } });
  await kit.tx((m) => kit.app.get(NotifyOnEvents).handle(event, { manager: m } as HandlerContext));
  return { orderId, code, phone };
}

describe('/v1/public/notification-preferences', () => {
  it('answers the defaults, then stores the language and mutes for the buyer’s phone and email', async () => {
    const o = await placed('nam@example.com');
    const bearer = token(o.orderId, o.code);
    expect((await kit.get('/v1/public/notification-preferences', bearer)).body).toEqual({ language: 'vi', mutedChannels: [] });
    const put = await kit.call('PUT', '/v1/public/notification-preferences', bearer, { language: 'en', mutedChannels: ['SMS', 'EMAIL'] });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ language: 'en', mutedChannels: ['EMAIL', 'SMS'] });
    const rows = (await kit.db.query(`SELECT "recipient", "language", "muted_channels" FROM "notifications"."recipient_preferences" WHERE "recipient" = ANY($1) ORDER BY "recipient"`, [[o.phone, 'nam@example.com']])) as unknown[];
    expect(rows).toEqual([
      { recipient: o.phone, language: 'en', muted_channels: ['EMAIL', 'SMS'] },
      { recipient: 'nam@example.com', language: 'en', muted_channels: ['EMAIL', 'SMS'] },
    ]);
    expect((await kit.call('PUT', '/v1/public/notification-preferences', bearer, { language: 'vi' })).body).toEqual({ language: 'vi', mutedChannels: ['EMAIL', 'SMS'] });
  });

  it('refuses bad values naming the field, needs a buyer token, and answers 404 for an order it does not know', async () => {
    const o = await placed();
    const bearer = token(o.orderId, o.code);
    for (const [body, field] of [
      [{ language: 'fr' }, 'language'],
      [{ mutedChannels: ['FAX'] }, 'mutedChannels'],
      [{ mutedChannels: ['SMS', 'SMS'] }, 'mutedChannels'],
      [{ mutedChannels: 'SMS' }, 'mutedChannels'],
    ] as const) {
      const res = await kit.call('PUT', '/v1/public/notification-preferences', bearer, body);
      expect(res.status).toBe(400);
      expect((res.body.errors as Array<{ field: string }>).map((e) => e.field)).toContain(field);
    }
    expect((await kit.call('PUT', '/v1/public/notification-preferences', undefined, { language: 'en' })).status).toBe(401);
    expect((await kit.get('/v1/public/notification-preferences', token(randomUUID(), 'TC-ZZZZ-ZZZZ'))).status).toBe(404);
  });
});
