import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { PermanentEventError } from '@trustcircle/messaging';
import { PlatformKeyring, SealedValueError } from '@trustcircle/security';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { NotificationRecord } from '../../../notifications/infrastructure/notification.orm-entity';
import { RecipientPreferenceRecord } from '../../../pipeline/infrastructure/pipeline.orm-entities';
import { type RenderedMessage, TEMPLATE_RENDERER, type TemplateRenderer } from '../../../templates/template-renderer';
import { BUYER_OTP_TEMPLATE, MASKED_OTP, OTP_EXPIRED, otpExpired, validMinutesOf } from '../../domain/buyer-otp-sms';

/** What became of one `orders.buyer-otp-requested`. */
export type SendBuyerOtpResult = 'queued' | 'already-handled' | 'expired';

type OtpEvent = EventOf<'orders.buyer-otp-requested'>;

/**
 * Queues the buyer's one-time-code SMS as a notification of the delivery pipeline, in the consumer's transaction, once
 * per event (`ON CONFLICT (event_id, recipient, channel) DO NOTHING`): CRITICAL (no quiet hours, no mute), due at once,
 * in the buyer's language, delivered by the dispatcher through the configured SMS providers with their retries and
 * failover. The code is opened from the event (AAD = order id) only to render the text, which is sealed at once under
 * the notification's id (`sealed_body`, opened by the dispatcher just before sending); `body` keeps the text with
 * `******`. `expires_at` stops the dispatcher from sending it once expired; a code already expired on arrival is stored
 * FAILED, never sent. No fallback channel: the code appears in clear only in the SMS (`template_data` stays null).
 */
@Injectable()
export class SendBuyerOtpUseCase {
  private readonly logger = new Logger(SendBuyerOtpUseCase.name);

  constructor(
    @Inject(TEMPLATE_RENDERER) private readonly templates: TemplateRenderer,
    private readonly keyring: PlatformKeyring,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, event: OtpEvent): Promise<SendBuyerOtpResult> {
    const data = event.data;
    const now = this.clock.now();
    const id = randomUUID();
    const expired = otpExpired(now, data.expiresAt);
    const prefs = await manager.findOneBy(RecipientPreferenceRecord, { recipient: data.phone });
    const language = prefs?.language ?? 'vi';
    const validMinutes = validMinutesOf(data.requestedAt, data.expiresAt);
    const render = (otp: string): RenderedMessage => this.templates.render(BUYER_OTP_TEMPLATE, 'SMS', language, { orderCode: data.code, otp, validMinutes });
    const masked = render(MASKED_OTP);
    const sealed = expired ? null : this.keyring.seal(render(this.open(data)).text, id);
    const row: QueryDeepPartialEntity<NotificationRecord> = {
      id,
      eventId: event.id,
      eventType: event.type,
      orderId: data.orderId,
      marketplaceId: null,
      recipientRole: 'BUYER',
      recipient: data.phone,
      channel: 'SMS',
      template: masked.template,
      language,
      body: masked.text,
      // The masked and the clear text have the same length and alphabet: the same encoding and segments.
      smsEncoding: masked.sms?.encoding ?? null,
      smsSegments: masked.sms?.segments ?? null,
      templateData: null,
      sealedBody: sealed?.ciphertext ?? null,
      sealedKeyId: sealed?.keyId ?? null,
      status: expired ? 'FAILED' : 'PENDING',
      critical: true,
      nextAttemptAt: expired ? null : now,
      expiresAt: new Date(data.expiresAt),
      eventOccurredAt: new Date(event.occurredAt),
      lastError: expired ? OTP_EXPIRED : null,
      finishedAt: expired ? now : null,
      createdAt: now,
    };
    const inserted = (await manager.createQueryBuilder().insert().into(NotificationRecord).values(row).orIgnore().returning(['id']).execute()) as { raw: unknown[] };
    if (inserted.raw.length === 0) return 'already-handled';
    if (expired) this.logger.warn(`one-time code for order ${data.orderId} arrived expired (expired at ${data.expiresAt}): notification ${id} not sent`);
    return expired ? 'expired' : 'queued';
  }

  /** The 6-digit code, opened from the event (AAD = the order id); an event whose code never opens is dead-lettered. */
  private open(data: OtpEvent['data']): string {
    try {
      const otp = this.keyring.openText({ ciphertext: data.encryptedCode, keyId: data.otpKeyId }, data.orderId);
      if (!/^\d{6}$/.test(otp)) throw new PermanentEventError('the sealed one-time code is not 6 digits');
      return otp;
    } catch (e) {
      // Unknown key, wrong order or tampered bytes: it will never open. Say which without the value.
      if (e instanceof SealedValueError) throw new PermanentEventError(`encryptedCode does not open: ${e.message}`);
      throw e;
    }
  }
}
