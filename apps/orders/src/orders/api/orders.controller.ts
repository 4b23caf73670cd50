import { Body, Controller, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrderIntakeV1 } from '@trustcircle/contracts';
import { Idempotent, type Principal, ProblemException } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal, PartnerDirectory } from '@trustcircle/security';
import type { Response } from 'express';
import { DEFAULT_ORDER_SETTINGS } from '../application/place-order/marketplace-settings';
import { PlaceOrderUseCase } from '../application/place-order/place-order.use-case';
import { OrderResponse } from './order.response';

/** The marketplace API for orders (Bearer API key). */
@ApiTags('orders')
@ApiBearerAuth()
@ApiKeyAuth('marketplace')
@Controller('v1/orders')
export class OrdersController {
  constructor(
    private readonly placeOrder: PlaceOrderUseCase,
    private readonly directory: PartnerDirectory,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Place an order into the circle of trust', description: 'The same externalId and body answers the same order (200); another body answers 409.' })
  @ApiCreatedResponse({ type: OrderResponse })
  @ApiOkResponse({ type: OrderResponse, description: 'A repeat of an order already placed.' })
  async place(@Body() body: OrderIntakeV1, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<OrderResponse> {
    const marketplaceId = principal.partnerId ?? principal.id;
    const settings = (await this.directory.settingsOf(marketplaceId)) ?? DEFAULT_ORDER_SETTINGS;
    const result = await this.placeOrder.execute({ marketplaceId, request: body, settings });
    switch (result.kind) {
      case 'created':
        res.status(HttpStatus.CREATED).location(`/v1/orders/${result.order.id}`);
        return OrderResponse.of(result.order);
      case 'replayed':
        res.status(HttpStatus.OK);
        return OrderResponse.of(result.order);
      case 'conflict':
        throw new ProblemException({
          status: HttpStatus.CONFLICT,
          type: 'order-exists',
          title: 'An order with this externalId already exists with a different body',
          detail: `externalId ${body.externalId} was already used for order ${result.existingOrderId}.`,
          field: 'externalId',
        });
      case 'invalid':
        throw new ProblemException({
          status: HttpStatus.BAD_REQUEST,
          type: 'validation-error',
          title: 'The request is not valid',
          detail: result.message,
          errors: [{ field: result.field, message: result.message }],
        });
    }
  }
}
