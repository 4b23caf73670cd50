import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { PermanentEventError } from '@trustcircle/messaging';
import { PlatformKeyring, SealedValueError } from '@trustcircle/security';
import type { EntityManager } from 'typeorm';
import { SMS_PROVIDER, type SmsProvider } from '../../../channels/sms-provider';
import { NotificationRecord } from '../../../notifications/infrastructure/notification.orm-entity';
import { buyerOtpSms, maskedBuyerOtpSms, validMinutesOf } from '../../domain/buyer-otp-sms';

/** What became of one `orders.buyer-otp-requested`. */
export type SendBuyerOtpResult = 'sent' | 'already-handled' | 'expired';

/**
 * Texts the buyer their one-time code, once per event whatever Kafka redelivers (CRITICAL: sent at once). The
 * sealed code is opened (AAD = order id) just before sending; only the SMS carries it in clear, the
 * `notifications` row keeps the text with the code masked. A code already expired when the event arrives is
 * not sent (the row says FAILED).
 */
@Injectable()
export class SendBuyerOtpUseCase {
  constructor(
    @Inject(SMS_PROVIDER) private readonly sms: SmsProvider,
    private readonly keyring: PlatformKeyring,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, event: EventOf<'orders.buyer-otp-requested'>): Promise<SendBuyerOtpResult> {
    const data = event.data;
    const already = await manager.findOneBy(NotificationRecord, { eventId: event.id, recipient: data.phone, channel: 'SMS' });
    if (already) return 'already-handled';
    const minutes = validMinutesOf(data.requestedAt, data.expiresAt);
    const now = this.clock.now();
    const row = {
      id: randomUUID(),
      eventId: event.id,
      eventType: event.type,
      orderId: data.orderId,
      marketplaceId: null,
      recipientRole: 'BUYER' as const,
      recipient: data.phone,
      channel: 'SMS' as const,
      template: 'buyer-otp',
      language: 'vi' as const,
      body: maskedBuyerOtpSms(data.code, minutes),
      provider: this.sms.name,
      createdAt: now,
    };
    if (now.getTime() >= Date.parse(data.expiresAt)) {
      await manager.insert(NotificationRecord, { ...row, status: 'FAILED', providerMessageId: null, sentAt: null });
      return 'expired';
    }
    const otp = this.open(data.encryptedCode, data.otpKeyId, data.orderId);
    const sent = await this.sms.send({ to: data.phone, body: buyerOtpSms(data.code, otp, minutes), idempotencyKey: `${event.id}:SMS:${data.phone}` }, manager);
    await manager.insert(NotificationRecord, { ...row, status: 'SENT', providerMessageId: sent.providerMessageId, sentAt: now });
    return 'sent';
  }

  private open(ciphertext: string, keyId: string, orderId: string): string {
    try {
      const otp = this.keyring.openText({ ciphertext, keyId }, orderId);
      if (!/^\d{6}$/.test(otp)) throw new PermanentEventError('the sealed one-time code is not 6 digits');
      return otp;
    } catch (e) {
      // Unknown key, wrong order or tampered bytes: it will never open. Say which without the value.
      if (e instanceof SealedValueError) throw new PermanentEventError(`encryptedCode does not open: ${e.message}`);
      throw e;
    }
  }
}
