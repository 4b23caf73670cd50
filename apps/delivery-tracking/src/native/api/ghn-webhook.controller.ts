import { Body, Controller, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { RecordCourierEventUseCase } from '../../tracking/application/record-courier-event/record-courier-event.use-case';
import { ghnCheckpoint } from '../domain/ghn-checkpoint';
import { GhnWebhookBody } from './dto/ghn-webhook.body';
import { NativeEventResponse } from './dto/native-event.response';
import { answerNative } from './native-answer';
import { NativeCourierWebhook } from './native-courier-webhook.decorator';
import { NATIVE_AUTH_DOC } from './native-docs';
import { parseNativeBody } from './parse-native-body';

/**
 * GHN's own order status webhook. GHN signs nothing, so the courier's native token is part of the URL configured
 * in GHN's dashboard (`/v1/couriers/{courierId}/ghn/{token}`), with the courier's IP allow-list.
 */
@ApiTags('couriers')
@Controller('v1/couriers/:courierId/ghn')
export class GhnWebhookController {
  constructor(private readonly recordEvent: RecordCourierEventUseCase) {}

  @Post(':token')
  @HttpCode(HttpStatus.OK)
  @NativeCourierWebhook('GHN')
  @ApiOperation({
    summary: 'GHN order status webhook (GHN’s own format)',
    description:
      'GHN’s `Status` is mapped to the canonical vocabulary (ready_to_pick/picking/money_collect_picking → INFO_RECEIVED, picked → ' +
      'PICKED_UP, storing/transporting/sorting → IN_TRANSIT, delivering/money_collect_delivering → OUT_FOR_DELIVERY, delivered, ' +
      'delivery_fail → DELIVERY_FAILED, waiting_to_return/return/return_transporting/return_sorting/returning → RETURNING, ' +
      'returned, cancel → CANCELLED, exception/damage/return_fail → EXCEPTION, lost), the raw status kept beside it. `OrderCode` ' +
      'is the tracking number, `Time` when it happened (no offset: Vietnam time), `Warehouse` the location, `Reason` the note, ' +
      '`CODAmount` the COD amount. Configure the webhook URL `<base>/v1/couriers/{courierId}/ghn/{token}` in GHN’s dashboard. ' +
      NATIVE_AUTH_DOC,
  })
  @ApiParam({ name: 'courierId', format: 'uuid', description: 'The courier (partner) id of this GHN account.' })
  @ApiParam({ name: 'token', description: 'The courier’s native token for GHN (`tcn_…`).' })
  @ApiBody({ type: GhnWebhookBody })
  @ApiOkResponse({ type: NativeEventResponse })
  @ApiBadRequestResponse({ description: 'A field is invalid, or `Time` is refused (problem+json naming the field); nothing stored.' })
  @ApiNotFoundResponse({ description: 'The parcel is registered with another courier (logged for security); nothing stored.' })
  async receive(@Param('courierId') courierId: string, @Body() raw: Record<string, unknown>, @Req() req: Request): Promise<NativeEventResponse> {
    const cp = ghnCheckpoint(parseNativeBody(GhnWebhookBody, raw));
    const result = await this.recordEvent.execute(courierId, cp);
    return answerNative(result, cp, req, courierId, { trackingNumber: 'OrderCode', occurredAt: 'Time' });
  }
}
