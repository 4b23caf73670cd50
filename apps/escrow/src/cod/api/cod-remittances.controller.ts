import { Body, Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@trustcircle/http';
import { toVnd } from '@trustcircle/kernel';
import { CurrentPrincipal, SignedWebhook } from '@trustcircle/security';
import type { Response } from 'express';
import { RecordCodRemittanceUseCase } from '../application/record-remittance/record-cod-remittance.use-case';
import { repeatedTrackingNumbers } from '../domain/remittance-batch';
import { collectionAccountMissing, courierNotFound, remittanceConflict, repeatedTrackingNumbers as repeatedTrackingProblem } from './cod-remittance-problems';
import { CodRemittanceResponse } from './dto/cod-remittance.response';
import { RecordCodRemittanceBody } from './dto/record-cod-remittance.body';

/**
 * The courier edge for cash on delivery: a courier remits the cash it collected at buyers' doors, in batches
 * (signed webhooks, Standard Webhooks with its own secret, like its tracking events). Each line funds the escrow
 * of the parcel it names, or is refused with a reason.
 */
@ApiTags('couriers')
@Controller('v1/couriers/:courierId/cod-remittances')
export class CodRemittancesController {
  constructor(private readonly recordRemittance: RecordCodRemittanceUseCase) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @SignedWebhook('courier', { partnerIdParam: 'courierId' })
  @ApiOperation({
    summary: 'Remit collected COD cash: one batch (bank transfer), one line per parcel',
    description:
      'All lines are decided together, each FUNDED (the order’s escrow now holds the cash, or passes it on at once if the order was already decided) ' +
      'or REFUSED with a reason (UNKNOWN_PARCEL, NOT_COD, NOT_DELIVERED, ESCROW_CLOSED, AMOUNT_EXCEEDS_DUE); refused lines are reconciled with operators. ' +
      'Idempotent by remittanceId: the same body again answers the first outcome (200); another body under the same remittanceId is 409.',
  })
  @ApiParam({ name: 'courierId', format: 'uuid', description: 'Your courier id.' })
  @ApiCreatedResponse({ type: CodRemittanceResponse, description: 'Recorded: every line’s outcome.' })
  @ApiOkResponse({ type: CodRemittanceResponse, description: 'A repeat of a batch already recorded: its stored outcome; nothing written.' })
  @ApiBadRequestResponse({ description: 'A field is invalid, or a tracking number appears twice (problem+json naming lines.<i>.trackingNumber); nothing written.' })
  @ApiNotFoundResponse({ description: 'Not your courier id.' })
  @ApiConflictResponse({ description: 'remittanceId already used for another batch, or no COD collection account is set up for you (cod-collection-account-missing); nothing written.' })
  async remit(
    @Param('courierId') courierId: string,
    @Body() body: RecordCodRemittanceBody,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CodRemittanceResponse> {
    if (principal.partnerId !== courierId) throw courierNotFound();
    const repeats = repeatedTrackingNumbers(body.lines);
    if (repeats.length > 0) throw repeatedTrackingProblem(repeats);
    const result = await this.recordRemittance.execute({
      courierId,
      remittanceId: body.remittanceId,
      transferredAt: new Date(body.transferredAt),
      bankReference: body.bankReference,
      lines: body.lines.map((l) => ({ trackingNumber: l.trackingNumber, amount: toVnd(l.amount) })),
    });
    switch (result.kind) {
      case 'no-collection-account':
        throw collectionAccountMissing();
      case 'conflict':
        throw remittanceConflict(body.remittanceId);
      case 'repeat':
        res.status(HttpStatus.OK);
        return CodRemittanceResponse.of(result.answer);
      case 'recorded':
        return CodRemittanceResponse.of(result.answer);
    }
  }
}
