import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Principal, ProblemException } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal, OperatorAuth } from '@trustcircle/security';
import { ListNotificationsQuery } from '../application/list-notifications/list-notifications.query';
import { ListNotificationsParams, NotificationLogItem, NotificationLogPage } from './dto/notification-log.dto';

/** The notification audit log: operators see all, a marketplace its own orders' notifications. */
@ApiTags('notifications')
@Controller('v1/notifications')
export class NotificationsLogController {
  constructor(private readonly list: ListNotificationsQuery) {}

  @Get()
  @ApiKeyAuth('marketplace')
  @OperatorAuth('viewer')
  @ApiOperation({ summary: 'Notifications of an order or a recipient, newest first, with every attempt, the provider’s answer and the latency' })
  @ApiOkResponse({ type: NotificationLogPage })
  async get(@Query() q: ListNotificationsParams, @CurrentPrincipal() principal: Principal): Promise<NotificationLogPage> {
    if (!q.orderId && !q.recipient) {
      throw new ProblemException({ status: 400, type: 'validation-error', title: 'Your request is not valid', detail: 'Give orderId or recipient.', field: 'orderId', errors: [{ field: 'orderId', code: 'REQUIRED', message: 'orderId or recipient is required' }] });
    }
    const marketplaceId = principal.kind === 'operator' ? null : (principal.partnerId ?? principal.id);
    const page = await this.list.execute({ marketplaceId, orderId: q.orderId, recipient: q.recipient, status: q.status, beforeSeq: q.cursor === undefined ? undefined : Number(q.cursor), limit: q.limit ?? 20 });
    return { items: page.items.map((i) => NotificationLogItem.of(i)), nextCursor: page.nextBeforeSeq === null ? null : String(page.nextBeforeSeq) };
  }
}
