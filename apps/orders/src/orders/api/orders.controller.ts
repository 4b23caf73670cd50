import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrderIntakeV1 } from '@trustcircle/contracts';
import { Idempotent, type Principal, ProblemException } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal, PartnerDirectory } from '@trustcircle/security';
import type { Response } from 'express';
import { GetOrderQuery } from '../application/get-order/get-order.query';
import { decodeCursor } from '../application/list-orders/order-cursor';
import { ListOrdersQuery } from '../application/list-orders/list-orders.query';
import { DEFAULT_ORDER_SETTINGS } from '../application/place-order/marketplace-settings';
import { PlaceOrderUseCase } from '../application/place-order/place-order.use-case';
import { RequestCancellationUseCase } from '../application/request-cancellation/request-cancellation.use-case';
import { CancelOrderBody } from './dto/cancel-order.body';
import { ListOrdersQueryParams } from './dto/list-orders.query-params';
import { OrderPageResponse } from './dto/order-page.response';
import { PLACE_ORDER_BODY } from './dto/place-order.openapi';
import { OrderResponse } from './order.response';
import { orderNotFound, placeOrderProblem } from './order-problems';

/** The marketplace API for orders (Bearer API key). A marketplace sees only its own orders. */
@ApiTags('orders')
@ApiBearerAuth()
@ApiKeyAuth('marketplace')
@Controller('v1/orders')
export class OrdersController {
  constructor(
    private readonly placeOrder: PlaceOrderUseCase,
    private readonly getOrder: GetOrderQuery,
    private readonly listOrders: ListOrdersQuery,
    private readonly requestCancellation: RequestCancellationUseCase,
    private readonly directory: PartnerDirectory,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Place an order into the circle of trust', description: 'The same externalId and body answers the same order (200); another body answers 409.' })
  @ApiBody(PLACE_ORDER_BODY)
  @ApiCreatedResponse({ type: OrderResponse })
  @ApiOkResponse({ type: OrderResponse, description: 'A repeat of an order already placed.' })
  async place(@Body() body: OrderIntakeV1, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<OrderResponse> {
    const marketplaceId = marketplaceOf(principal);
    const settings = (await this.directory.settingsOf(marketplaceId)) ?? DEFAULT_ORDER_SETTINGS;
    const result = await this.placeOrder.execute({ marketplaceId, request: body, settings });
    if (result.kind === 'conflict' || result.kind === 'invalid') throw placeOrderProblem(result, body.externalId);
    if (result.kind === 'created') res.status(HttpStatus.CREATED).location(`/v1/orders/${result.order.id}`);
    else res.status(HttpStatus.OK);
    return OrderResponse.of(result.order);
  }

  @Get()
  @ApiOperation({ summary: "List the marketplace's orders, newest first (cursor pagination)" })
  @ApiOkResponse({ type: OrderPageResponse })
  async list(@Query() q: ListOrdersQueryParams, @CurrentPrincipal() principal: Principal): Promise<OrderPageResponse> {
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
    if (q.cursor !== undefined && !after) {
      throw new ProblemException({ status: 400, type: 'validation-error', title: 'Your request is not valid', detail: 'cursor is not one this API issued', field: 'cursor' });
    }
    const page = await this.listOrders.execute({
      marketplaceId: marketplaceOf(principal),
      status: q.status,
      externalId: q.externalId,
      createdFrom: q.createdFrom ? new Date(q.createdFrom) : undefined,
      after,
      limit: q.limit ?? 20,
    });
    return { items: page.items.map((o) => OrderResponse.of(o)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One order; another marketplace’s order answers 404' })
  @ApiOkResponse({ type: OrderResponse })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<OrderResponse> {
    const order = await this.getOrder.execute(marketplaceOf(principal), id);
    if (!order) throw orderNotFound(id);
    return OrderResponse.of(order);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Ask to cancel an order',
    description: 'A request: escrow accepts it until the courier’s first scan (refunding if funded) and refuses it after. The outcome shows in the order’s status and webhooks.',
  })
  @ApiAcceptedResponse({ type: OrderResponse })
  async cancel(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CancelOrderBody, @CurrentPrincipal() principal: Principal): Promise<OrderResponse> {
    const result = await this.requestCancellation.execute(marketplaceOf(principal), id, body.reason);
    if (result.kind === 'not-found') throw orderNotFound(id);
    if (result.kind === 'closed') {
      throw new ProblemException({ status: 409, type: 'order-closed', title: 'The order can no longer be cancelled', detail: `Order ${id} is ${result.order.status}.` });
    }
    return OrderResponse.of(result.order);
  }
}

function marketplaceOf(principal: Principal): string {
  return principal.partnerId ?? principal.id;
}
