import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { SMS_PROVIDER, type SmsProvider } from '../../../channels/sms-provider';
import { NotificationsEnv } from '../../../config/notifications.env';
import { orderPlacedSms } from '../../domain/order-placed-sms';
import { NotificationRecord } from '../../infrastructure/notification.orm-entity';

/** Texts the buyer that their order was placed, once per event whatever Kafka redelivers. */
@Injectable()
export class NotifyOrderPlacedUseCase {
  constructor(
    @Inject(SMS_PROVIDER) private readonly sms: SmsProvider,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly env: NotificationsEnv,
  ) {}

  async execute(manager: EntityManager, event: EventOf<'orders.order-placed'>): Promise<void> {
    const order = event.data;
    const already = await manager.findOneBy(NotificationRecord, { eventId: event.id, recipient: order.buyer.phone, channel: 'SMS' });
    if (already) return;
    const body = orderPlacedSms(order, this.env.PUBLIC_PORTAL_URL);
    const id = randomUUID();
    const sent = await this.sms.send({ to: order.buyer.phone, body, idempotencyKey: `${event.id}:SMS:${order.buyer.phone}` }, manager);
    await manager.insert(NotificationRecord, {
      id,
      eventId: event.id,
      eventType: event.type,
      orderId: order.orderId,
      marketplaceId: order.marketplaceId,
      recipientRole: 'BUYER',
      recipient: order.buyer.phone,
      channel: 'SMS',
      template: 'order-placed',
      language: 'vi',
      body,
      status: 'SENT',
      provider: this.sms.name,
      providerMessageId: sent.providerMessageId,
      createdAt: this.clock.now(),
      sentAt: this.clock.now(),
    });
  }
}
