import { randomBytes } from 'node:crypto';
import { buildEvent, type EventOf, sampleEvent } from '@trustcircle/contracts';
import { ManualClock } from '@trustcircle/kernel';
import { PermanentEventError } from '@trustcircle/messaging';
import { PlatformKeyring } from '@trustcircle/security';
import type { EntityManager } from 'typeorm';
import type { NotificationRecord } from '../../../notifications/infrastructure/notification.orm-entity';
import { HandlebarsTemplateRenderer } from '../../../templates/handlebars-template-renderer';
import { SendBuyerOtpUseCase } from './send-buyer-otp.use-case';

const ORDER_ID = '0b7e2c1a-3f4d-4e5a-9b6c-7d8e9f0a1b2c';
const REQUESTED_AT = '2026-11-29T14:30:00.000Z';
const EXPIRES_AT = '2026-11-29T14:35:00.000Z';
const CLEAR = 'TrustCircle: Mã xác thực đơn hàng TC-7KQ4-M2XD của bạn là 049381, hiệu lực 5 phút. Không chia sẻ mã này.';
const MASKED = 'TrustCircle: Mã xác thực đơn hàng TC-7KQ4-M2XD của bạn là ******, hiệu lực 5 phút. Không chia sẻ mã này.';

/** An entity manager that records the inserted rows and answers `ON CONFLICT DO NOTHING` as the unique key would. */
function fakeManager(preferences: Record<string, 'vi' | 'en'> = {}) {
  const rows: Array<Partial<NotificationRecord>> = [];
  const manager = {
    findOneBy: (_entity: unknown, where: { recipient: string }) => Promise.resolve(preferences[where.recipient] ? { recipient: where.recipient, language: preferences[where.recipient], mutedChannels: [] } : null),
    createQueryBuilder: () => {
      let row: Partial<NotificationRecord> = {};
      const qb = {
        insert: () => qb,
        into: () => qb,
        values: (v: Partial<NotificationRecord>) => ((row = v), qb),
        orIgnore: () => qb,
        returning: () => qb,
        execute: () => {
          const clash = rows.some((r) => r.eventId === row.eventId && r.recipient === row.recipient && r.channel === row.channel);
          if (!clash) rows.push(row);
          return Promise.resolve({ raw: clash ? [] : [{ id: row.id }] });
        },
      };
      return qb;
    },
  };
  return { manager: manager as unknown as EntityManager, rows };
}

describe('SendBuyerOtpUseCase', () => {
  const keyring = new PlatformKeyring(randomBytes(32));
  const renderer = new HandlebarsTemplateRenderer();

  function otpEvent(otp = '049381', data: Partial<EventOf<'orders.buyer-otp-requested'>['data']> = {}): EventOf<'orders.buyer-otp-requested'> {
    const sealed = keyring.seal(otp, ORDER_ID);
    const payload = sampleEvent('orders.buyer-otp-requested', {
      orderId: ORDER_ID,
      code: 'TC-7KQ4-M2XD',
      phone: '+84901234567',
      encryptedCode: sealed.ciphertext,
      otpKeyId: sealed.keyId,
      requestedAt: REQUESTED_AT,
      expiresAt: EXPIRES_AT,
      ...data,
    });
    return buildEvent('orders.buyer-otp-requested', payload, { id: '5d1c7e0f-2b3a-4c5d-8e9f-0a1b2c3d4e5f', occurredAt: REQUESTED_AT, correlationId: ORDER_ID, causationId: null, producer: 'orders' });
  }

  const useCaseAt = (at: string) => new SendBuyerOtpUseCase(renderer, keyring, new ManualClock(at));

  it('queues a critical SMS due now: the clear text only sealed under the notification id, the body masked', async () => {
    const { manager, rows } = fakeManager();
    expect(await useCaseAt('2026-11-29T14:30:02.000Z').execute(manager, otpEvent())).toBe('queued');
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toEqual({
      id: expect.any(String),
      eventId: '5d1c7e0f-2b3a-4c5d-8e9f-0a1b2c3d4e5f',
      eventType: 'orders.buyer-otp-requested',
      orderId: ORDER_ID,
      marketplaceId: null,
      recipientRole: 'BUYER',
      recipient: '+84901234567',
      channel: 'SMS',
      template: 'buyer-otp@1',
      language: 'vi',
      body: MASKED,
      smsEncoding: 'UCS-2',
      smsSegments: 2,
      templateData: null,
      sealedBody: expect.any(String),
      sealedKeyId: keyring.currentKeyId,
      status: 'PENDING',
      critical: true,
      nextAttemptAt: new Date('2026-11-29T14:30:02.000Z'),
      expiresAt: new Date(EXPIRES_AT),
      eventOccurredAt: new Date(REQUESTED_AT),
      lastError: null,
      finishedAt: null,
      createdAt: new Date('2026-11-29T14:30:02.000Z'),
    });
    // What the dispatcher opens (AAD = the notification's id), and nothing else in the row holds the code.
    expect(keyring.openText({ ciphertext: row.sealedBody as string, keyId: row.sealedKeyId as string }, row.id as string)).toBe(CLEAR);
    expect(JSON.stringify(row)).not.toContain('049381');
  });

  it('stores one row per event, recipient and channel whatever is redelivered', async () => {
    const { manager, rows } = fakeManager();
    const event = otpEvent();
    const useCase = useCaseAt('2026-11-29T14:30:02.000Z');
    expect(await useCase.execute(manager, event)).toBe('queued');
    expect(await useCase.execute(manager, event)).toBe('already-handled');
    expect(rows).toHaveLength(1);
  });

  it('renders in the buyer’s language', async () => {
    const { manager, rows } = fakeManager({ '+84901234567': 'en' });
    await useCaseAt('2026-11-29T14:30:02.000Z').execute(manager, otpEvent());
    expect(rows[0]).toMatchObject({ language: 'en', body: 'TrustCircle: Your verification code for order TC-7KQ4-M2XD is ******, valid for 5 min. Do not share this code.', smsEncoding: 'GSM-7', smsSegments: 1 });
    expect(keyring.openText({ ciphertext: rows[0].sealedBody as string, keyId: rows[0].sealedKeyId as string }, rows[0].id as string)).toBe(
      'TrustCircle: Your verification code for order TC-7KQ4-M2XD is 049381, valid for 5 min. Do not share this code.',
    );
  });

  it('stores a code expired on arrival FAILED, unsealed and never due', async () => {
    const { manager, rows } = fakeManager();
    expect(await useCaseAt(EXPIRES_AT).execute(manager, otpEvent())).toBe('expired');
    expect(rows[0]).toMatchObject({ status: 'FAILED', body: MASKED, sealedBody: null, sealedKeyId: null, nextAttemptAt: null, lastError: 'the one-time code expired', finishedAt: new Date(EXPIRES_AT) });
  });

  it('dead-letters a code that does not open (another order’s) or is not 6 digits, storing nothing', async () => {
    const { manager, rows } = fakeManager();
    const useCase = useCaseAt('2026-11-29T14:30:02.000Z');
    const foreign = keyring.seal('049381', 'another-order');
    await expect(useCase.execute(manager, otpEvent('049381', { encryptedCode: foreign.ciphertext }))).rejects.toThrow(PermanentEventError);
    await expect(useCase.execute(manager, otpEvent('49381'))).rejects.toThrow('the sealed one-time code is not 6 digits');
    expect(rows).toEqual([]);
  });
});
