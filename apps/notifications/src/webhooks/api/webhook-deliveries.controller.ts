import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent, type Principal } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal, OperatorAuth } from '@trustcircle/security';
import { decodeDeliveryCursor } from '../application/list-deliveries/delivery-cursor';
import { ListWebhookDeliveriesQuery, type WebhookDeliveryPage } from '../application/list-deliveries/list-webhook-deliveries.query';
import { ReplayWebhooksUseCase } from '../application/replay/replay-webhooks.use-case';
import { MAX_REPLAY_WINDOW_DAYS, parseInstant } from '../application/replay/replay-window';
import { webhookProblems } from '../application/shared/webhook-problems';
import { ListWebhookDeliveriesQueryParams } from './dto/list-webhook-deliveries.query-params';
import { ReplayWebhooksRequest } from './dto/replay-webhooks.request';
import { ReplayWebhooksResponse, WebhookDeliveryPageResponse } from './dto/webhook-delivery.responses';
import { ownerOf, readerOf } from './principal-owner';

/** The endpoint id in the path: a 400 naming `id` when it is not a UUID. */
const endpointIdPipe = new ParseUUIDPipe({ exceptionFactory: () => webhookProblems.field('id', 'isUuid', 'id must be a UUID') });

/**
 * What was delivered to an endpoint, with every try (its owner; operators viewer and up), and replays of a window
 * of it (its owner). Another partner's endpoint answers 404.
 */
@ApiTags('webhook endpoints')
@Controller('v1/webhook-endpoints')
@ApiKeyAuth('marketplace', 'payment-partner')
export class WebhookDeliveriesController {
  constructor(
    private readonly deliveries: ListWebhookDeliveriesQuery,
    private readonly replayWebhooks: ReplayWebhooksUseCase,
  ) {}

  @Get(':endpointId/deliveries')
  @OperatorAuth('viewer')
  @ApiOperation({ summary: 'The endpoint’s webhooks, newest first, with every try (status code, answer, latency)', description: 'Operators also see deleted endpoints’ deliveries.' })
  @ApiOkResponse({ type: WebhookDeliveryPageResponse })
  @ApiNotFoundResponse({ description: 'No such endpoint (or not yours, or deleted).' })
  async index(@CurrentPrincipal() principal: Principal, @Param('endpointId', endpointIdPipe) endpointId: string, @Query() q: ListWebhookDeliveriesQueryParams): Promise<WebhookDeliveryPage> {
    const beforeSeq = q.cursor === undefined ? undefined : decodeDeliveryCursor(q.cursor);
    if (q.cursor !== undefined && beforeSeq === undefined) throw webhookProblems.badCursor('cursor');
    return this.deliveries.execute(readerOf(principal), endpointId, { status: q.status, beforeSeq, limit: q.limit ?? 20 });
  }

  @Post(':endpointId/replay')
  @HttpCode(HttpStatus.ACCEPTED)
  @Idempotent()
  @ApiOperation({
    summary: 'Send again the webhooks of events that occurred in [from, to)',
    description:
      `At most ${MAX_REPLAY_WINDOW_DAYS} days. Webhooks SENT or FAILED go back in the queue with the same \`webhook-id\` (dedupe on it), each order's in their original order; ` +
      'those still PENDING or SENDING are left as they are. The endpoint must be ENABLED.',
  })
  @ApiAcceptedResponse({ type: ReplayWebhooksResponse })
  @ApiNotFoundResponse({ description: 'No such endpoint (or not yours, or deleted).' })
  @ApiConflictResponse({ description: '`webhook-endpoint-disabled`: enable the endpoint first.' })
  replay(@CurrentPrincipal() principal: Principal, @Param('endpointId', endpointIdPipe) endpointId: string, @Body() body: ReplayWebhooksRequest): Promise<ReplayWebhooksResponse> {
    return this.replayWebhooks.execute(ownerOf(principal), endpointId, { from: parseInstant(body.from) as Date, to: parseInstant(body.to) as Date });
  }
}
