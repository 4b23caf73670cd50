import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal, OperatorAuth } from '@trustcircle/security';
import { CreateWebhookEndpointUseCase } from '../application/create-endpoint/create-webhook-endpoint.use-case';
import { DeleteWebhookEndpointUseCase } from '../application/delete-endpoint/delete-webhook-endpoint.use-case';
import { GetWebhookEndpointQuery } from '../application/get-endpoint/get-webhook-endpoint.query';
import { ListWebhookEndpointsQuery, type WebhookEndpointPage } from '../application/list-endpoints/list-webhook-endpoints.query';
import { RotateSigningSecretUseCase } from '../application/rotate-secret/rotate-signing-secret.use-case';
import type { WebhookEndpointView, WebhookEndpointWithSecret } from '../application/shared/webhook-endpoint-view';
import { webhookProblems } from '../application/shared/webhook-problems';
import { UpdateWebhookEndpointUseCase } from '../application/update-endpoint/update-webhook-endpoint.use-case';
import { decodeEndpointCursor } from '../domain/endpoint-cursor';
import { ListWebhookEndpointsQueryParams } from './dto/list-webhook-endpoints.query-params';
import { CreateWebhookEndpointRequest, UpdateWebhookEndpointRequest } from './dto/webhook-endpoint.requests';
import { WebhookEndpointPageResponse, WebhookEndpointResponse, WebhookEndpointWithSecretResponse } from './dto/webhook-endpoint.responses';
import { ownerOf, readerOf } from './principal-owner';

const SECRET_ONCE = 'The answer holds the signing secret, shown this once. Not `@Idempotent()`: the idempotency store would keep it in clear for 24 h.';

/**
 * Webhook endpoints: marketplaces and payment partners (API key) register, change, rotate and delete their own;
 * operators (viewer and up) read every partner's. Another partner's endpoint answers 404.
 */
@ApiTags('webhook endpoints')
@Controller('v1/webhook-endpoints')
@ApiKeyAuth('marketplace', 'payment-partner')
export class WebhookEndpointsController {
  constructor(
    private readonly create: CreateWebhookEndpointUseCase,
    private readonly update: UpdateWebhookEndpointUseCase,
    private readonly rotate: RotateSigningSecretUseCase,
    private readonly remove: DeleteWebhookEndpointUseCase,
    private readonly list: ListWebhookEndpointsQuery,
    private readonly getOne: GetWebhookEndpointQuery,
  ) {}

  /** Not `@Idempotent()` (see SECRET_ONCE); a retried create answers 409 `webhook-endpoint-url-taken` with the endpoint's id. */
  @Post()
  @ApiOperation({ summary: 'Register a webhook endpoint', description: `${SECRET_ONCE} At most 20 per partner, one per URL.` })
  @ApiCreatedResponse({ type: WebhookEndpointWithSecretResponse })
  @ApiConflictResponse({ description: '20 endpoints already, or one with this URL (its id in `endpointId`).' })
  register(@CurrentPrincipal() principal: Principal, @Body() body: CreateWebhookEndpointRequest): Promise<WebhookEndpointWithSecret> {
    return this.create.execute(ownerOf(principal), body);
  }

  @Get()
  @OperatorAuth('viewer')
  @ApiOperation({ summary: 'List webhook endpoints, oldest first', description: 'A partner: its own. Operators: every partner’s, or one’s (`partnerId`). Never a secret.' })
  @ApiOkResponse({ type: WebhookEndpointPageResponse })
  async index(@CurrentPrincipal() principal: Principal, @Query() q: ListWebhookEndpointsQueryParams): Promise<WebhookEndpointPage> {
    const after = q.cursor === undefined ? undefined : decodeEndpointCursor(q.cursor);
    if (q.cursor !== undefined && !after) throw webhookProblems.badCursor('cursor');
    return this.list.execute(readerOf(principal), { partnerId: q.partnerId, after, limit: q.limit ?? 50 });
  }

  @Get(':endpointId')
  @OperatorAuth('viewer')
  @ApiOperation({ summary: 'One webhook endpoint (never its secret)' })
  @ApiOkResponse({ type: WebhookEndpointResponse })
  @ApiNotFoundResponse({ description: 'No such endpoint (or not yours, or deleted).' })
  show(@CurrentPrincipal() principal: Principal, @Param('endpointId', new ParseUUIDPipe()) endpointId: string): Promise<WebhookEndpointView> {
    return this.getOne.execute(readerOf(principal), endpointId);
  }

  @Patch(':endpointId')
  @ApiOperation({ summary: 'Change an endpoint', description: 'Fields left out keep their value. `status: ENABLED` re-enables a disabled endpoint; `DISABLED` pauses it.' })
  @ApiOkResponse({ type: WebhookEndpointResponse })
  @ApiNotFoundResponse({ description: 'No such endpoint (or not yours, or deleted).' })
  change(@CurrentPrincipal() principal: Principal, @Param('endpointId', new ParseUUIDPipe()) endpointId: string, @Body() body: UpdateWebhookEndpointRequest): Promise<WebhookEndpointView> {
    return this.update.execute(ownerOf(principal), endpointId, body);
  }

  @Post(':endpointId/rotate-secret')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Rotate the signing secret', description: `${SECRET_ONCE} The previous secret keeps signing for the overlap (24 h by default; \`previousSecretExpiresAt\`).` })
  @ApiOkResponse({ type: WebhookEndpointWithSecretResponse })
  @ApiNotFoundResponse({ description: 'No such endpoint (or not yours, or deleted).' })
  rotateSecret(@CurrentPrincipal() principal: Principal, @Param('endpointId', new ParseUUIDPipe()) endpointId: string): Promise<WebhookEndpointWithSecret> {
    return this.rotate.execute(ownerOf(principal), endpointId);
  }

  @Delete(':endpointId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete an endpoint', description: 'It receives nothing more and is gone for you (404 from then on); operators still see it, DISABLED with reason DELETED.' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No such endpoint (or not yours, or already deleted).' })
  async destroy(@CurrentPrincipal() principal: Principal, @Param('endpointId', new ParseUUIDPipe()) endpointId: string): Promise<void> {
    await this.remove.execute(ownerOf(principal), endpointId);
  }
}
