import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal } from '@trustcircle/security';
import { type FeedPage, ReadEventFeedQuery } from '../application/event-feed/read-event-feed.query';
import { webhookProblems } from '../application/shared/webhook-problems';
import { decodeFeedCursor } from '../domain/feed-cursor';
import { ReadEventFeedQueryParams } from './dto/read-event-feed.query-params';
import { FeedPageResponse } from './dto/webhook-endpoint.responses';
import { ownerOf } from './principal-owner';

/** The catch-up feed: a partner's own events, for when its webhook receiver was down (or instead of one). */
@ApiTags('event feed')
@Controller('v1/events')
@ApiKeyAuth('marketplace', 'payment-partner')
export class EventFeedController {
  constructor(private readonly feed: ReadEventFeedQuery) {}

  @Get()
  @ApiOperation({
    summary: 'Your events, oldest first, after a cursor',
    description: 'Each event at most once, in the order recorded. An empty page answers the same cursor: poll with it.',
  })
  @ApiOkResponse({ type: FeedPageResponse })
  read(@CurrentPrincipal() principal: Principal, @Query() q: ReadEventFeedQueryParams): Promise<FeedPage> {
    const after = q.after === undefined ? '0' : decodeFeedCursor(q.after);
    if (after === undefined) throw webhookProblems.badCursor('after');
    return this.feed.execute(ownerOf(principal).partnerId, after, q.limit ?? 100);
  }
}
