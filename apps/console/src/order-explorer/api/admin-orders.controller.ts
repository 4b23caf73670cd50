import { Controller, Get, Param, ParseUUIDPipe, Query, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestWithPrincipal } from '@trustcircle/http';
import { OperatorAuth } from '@trustcircle/security';
import { Audited } from '../../audit/api/audited.decorator';
import { type OrderTimeline, OrderTimelineQuery } from '../application/order-timeline/order-timeline.query';
import { type OrderSearchResult, SearchOrdersUseCase } from '../application/search-orders/search-orders.use-case';
import { OrderSearchResultDto, OrderTimelineDto } from './dto/order-explorer-views.dto';
import { SearchOrdersDto } from './dto/search-orders.dto';

/** The order explorer: find an order, read its unified timeline. Any operator; every search and view is audited. */
@ApiTags('admin: orders')
@Controller('v1/admin/orders')
@OperatorAuth('viewer')
export class AdminOrdersController {
  constructor(
    private readonly searchOrders: SearchOrdersUseCase,
    private readonly timeline: OrderTimelineQuery,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Find orders by code, order id, external id or buyer phone',
    description: 'The phone is matched by a keyed digest (the console holds no phone) and answered masked. Every search is audited (`order.search`), a phone masked.',
  })
  @ApiOkResponse({ type: OrderSearchResultDto })
  search(@Query() query: SearchOrdersDto, @Req() req: RequestWithPrincipal): Promise<OrderSearchResult> {
    return this.searchOrders.execute(query.q, req);
  }

  @Get(':orderId/timeline')
  @Audited('order.view-timeline', { target: 'order', targetId: 'orderId' })
  @ApiOperation({ summary: 'An order’s unified timeline across orders, escrow, delivery, disputes and notifications' })
  @ApiOkResponse({ type: OrderTimelineDto })
  @ApiNotFoundResponse({ description: 'The console knows nothing of this order.' })
  read(@Param('orderId', new ParseUUIDPipe()) orderId: string): Promise<OrderTimeline> {
    return this.timeline.execute(orderId);
  }
}
