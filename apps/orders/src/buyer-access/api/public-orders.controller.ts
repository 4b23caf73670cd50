import { Controller, Get, HttpStatus, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal, ProblemException } from '@trustcircle/http';
import { BuyerAuth, CurrentPrincipal } from '@trustcircle/security';
import { DataSource } from 'typeorm';
import { normaliseOrderCode } from '../../orders/domain/order-code';
import { OrderRecord } from '../../orders/infrastructure/order.orm-entity';
import { OrderTimelineQuery } from '../../order-status/application/order-timeline/order-timeline.query';
import { PublicOrderResponse } from './public-order.response';

/** The buyer's view of their order (a buyer token from `POST /v1/public/sessions`). */
@ApiTags('buyer access')
@Controller('v1/public/orders')
export class PublicOrdersController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timeline: OrderTimelineQuery,
  ) {}

  @Get(':code')
  @BuyerAuth()
  @ApiOperation({ summary: 'The order, as its buyer sees it', description: 'Status and one timeline (money, parcel, complaint, messages). Times in UTC and Asia/Ho_Chi_Minh; the buyer’s name and phone masked. A token opens only its own order: any other code answers 404.' })
  @ApiParam({ name: 'code', example: 'TC-7KQ4-M2XD' })
  @ApiOkResponse({ type: PublicOrderResponse })
  @ApiNotFoundResponse({ description: 'Not the order of this token (problem+json `order-not-found`).' })
  async read(@Param('code') rawCode: string, @CurrentPrincipal() buyer: Principal): Promise<PublicOrderResponse> {
    const code = normaliseOrderCode(rawCode);
    const order = code ? await this.dataSource.getRepository(OrderRecord).findOneBy({ id: buyer.id }) : null;
    if (!order || order.code !== code) {
      throw new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'order-not-found', title: 'Order not found', detail: 'No such order for this token.' });
    }
    return PublicOrderResponse.of(order, await this.timeline.execute(order.id));
  }
}
