import { Body, Controller, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { RecordCourierEventUseCase } from '../../tracking/application/record-courier-event/record-courier-event.use-case';
import { viettelPostCheckpoint } from '../domain/viettel-post-checkpoint';
import { NativeEventResponse } from './dto/native-event.response';
import { ViettelPostWebhookBody } from './dto/viettel-post-webhook.body';
import { answerNative } from './native-answer';
import { NativeCourierWebhook } from './native-courier-webhook.decorator';
import { NATIVE_AUTH_DOC } from './native-docs';
import { parseNativeBody } from './parse-native-body';

/** Viettel Post's own order status webhook: `{DATA: {...}, TOKEN}`, the token being the courier's native token. */
@ApiTags('couriers')
@Controller('v1/couriers/:courierId/viettel-post')
export class ViettelPostWebhookController {
  constructor(private readonly recordEvent: RecordCourierEventUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @NativeCourierWebhook('VIETTEL_POST')
  @ApiOperation({
    summary: 'Viettel Post order status webhook (Viettel Post’s own format)',
    description:
      'The numeric `DATA.ORDER_STATUS` is mapped to the canonical vocabulary per Viettel Post’s status table (100–104 → ' +
      'INFO_RECEIVED, 105/200 → PICKED_UP, 300–303/400–403/509/510 → IN_TRANSIT, 500/508/550 → OUT_FOR_DELIVERY, 501 → ' +
      'DELIVERED, 506/507 → DELIVERY_FAILED, 502/505/515 → RETURNING, 504 → RETURNED, 101/107/201 → CANCELLED, 106/503 → ' +
      'EXCEPTION), the raw code kept beside it; 202 (waybill edited, not a movement) is answered `ignored` and not recorded. ' +
      '`ORDER_NUMBER` is the tracking number, `ORDER_STATUSDATE` (`dd/MM/yyyy HH:mm:ss`, Vietnam time) when it happened, ' +
      '`LOCALION_CURRENTLY` the location, `NOTE` the note, `MONEY_COLLECTION` the COD amount. The body’s `TOKEN` is the ' +
      'courier’s native token. ' +
      NATIVE_AUTH_DOC,
  })
  @ApiParam({ name: 'courierId', format: 'uuid', description: 'The courier (partner) id of this Viettel Post account.' })
  @ApiBody({ type: ViettelPostWebhookBody })
  @ApiOkResponse({ type: NativeEventResponse })
  @ApiBadRequestResponse({ description: 'A field is invalid, or `DATA.ORDER_STATUSDATE` is refused (problem+json naming the field); nothing stored.' })
  @ApiNotFoundResponse({ description: 'The parcel is registered with another courier (logged for security); nothing stored.' })
  async receive(@Param('courierId') courierId: string, @Body() raw: Record<string, unknown>, @Req() req: Request): Promise<NativeEventResponse> {
    const body = parseNativeBody(ViettelPostWebhookBody, raw);
    const outcome = viettelPostCheckpoint(body.DATA);
    if (outcome.kind === 'ignored') return { result: 'ignored', rawStatus: outcome.rawStatus };
    const cp = outcome.checkpoint;
    const result = await this.recordEvent.execute(courierId, cp);
    return answerNative(result, cp, req, courierId, { trackingNumber: 'DATA.ORDER_NUMBER', occurredAt: 'DATA.ORDER_STATUSDATE' });
  }
}
