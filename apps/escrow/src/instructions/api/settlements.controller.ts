import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@trustcircle/http';
import { CurrentPrincipal, SignedWebhook } from '@trustcircle/security';
import { RecordSettlementUseCase } from '../application/record-settlement/record-settlement.use-case';
import { RecordSettlementBody } from './dto/record-settlement.body';
import { SettlementResponse } from './dto/settlement.response';
import { instructionNotFound, settlementConflict } from './instruction-problems';

/** The payment partner edge: settlement reports of payout and refund instructions (signed webhooks). */
@ApiTags('payment-partners')
@Controller('v1/partners/:partnerId/settlements')
export class SettlementsController {
  constructor(private readonly recordSettlement: RecordSettlementUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @SignedWebhook('payment-partner', { partnerIdParam: 'partnerId' })
  @ApiOperation({
    summary: 'Report an instruction SETTLED or FAILED',
    description:
      'SETTLED clears the payable in the ledger (the last payout of an order closes its escrow as PAID_OUT). FAILED is retried with a backoff, ' +
      'then escalated to operators: never lost. The same report again answers as the first; a contradicting one answers 409.',
  })
  @ApiParam({ name: 'partnerId', format: 'uuid', description: 'Your payment partner id.' })
  @ApiOkResponse({ type: SettlementResponse })
  @ApiBadRequestResponse({ description: 'A field is invalid (problem+json naming it).' })
  @ApiNotFoundResponse({ description: 'No such instruction of yours.' })
  @ApiConflictResponse({ description: 'The report contradicts what was recorded (e.g. SETTLED again with another reference).' })
  async record(@Body() body: RecordSettlementBody, @CurrentPrincipal() principal: Principal): Promise<SettlementResponse> {
    const result = await this.recordSettlement.execute({
      partnerId: principal.partnerId ?? principal.id,
      instructionId: body.instructionId,
      report: { status: body.status, reference: body.reference, reason: body.reason ?? null, reportedAt: new Date(body.settledAt) },
    });
    if (result.kind === 'not-found') throw instructionNotFound(body.instructionId);
    if (result.kind === 'conflict') throw settlementConflict(body.instructionId, result.detail);
    return result.answer;
  }
}
