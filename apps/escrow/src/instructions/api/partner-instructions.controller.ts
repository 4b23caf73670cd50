import { Controller, Get, HttpStatus, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Principal, ProblemException } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal } from '@trustcircle/security';
import { decodeInstructionCursor } from '../application/list-instructions/instruction-cursor';
import { ListPartnerInstructionsQuery, PARTNER_VISIBLE_STATUSES } from '../application/list-instructions/list-partner-instructions.query';
import { InstructionPageResponse, InstructionResponse } from './dto/instruction.response';
import { ListInstructionsQueryParams } from './dto/list-instructions.query-params';
import { partnerNotFound } from './instruction-problems';

/** The payment partner edge: pull payout and refund instructions (the partner's API key). */
@ApiTags('payment-partners')
@ApiKeyAuth('payment-partner')
@Controller('v1/partners/:partnerId/instructions')
export class PartnerInstructionsController {
  constructor(private readonly list: ListPartnerInstructionsQuery) {}

  @Get()
  @ApiOperation({
    summary: 'Your payout and refund instructions, oldest first (cursor pagination)',
    description:
      'PENDING payouts carry the seller’s full account details; refunds name the original payment (originalPartnerTxnId), except cash-on-delivery refunds, ' +
      'which carry the full details of the bank account or e-wallet the buyer gave (beneficiary BUYER, BANK_ACCOUNT or EWALLET) while PENDING.',
  })
  @ApiParam({ name: 'partnerId', format: 'uuid', description: 'Your payment partner id.' })
  @ApiOkResponse({ type: InstructionPageResponse })
  @ApiNotFoundResponse({ description: 'Not your partner id.' })
  async get(@Param('partnerId', new ParseUUIDPipe()) partnerId: string, @Query() q: ListInstructionsQueryParams, @CurrentPrincipal() principal: Principal): Promise<InstructionPageResponse> {
    if (principal.partnerId !== partnerId) throw partnerNotFound();
    const after = q.cursor === undefined ? undefined : decodeInstructionCursor(q.cursor);
    if (q.cursor !== undefined && !after) {
      throw new ProblemException({ status: HttpStatus.BAD_REQUEST, type: 'validation-error', title: 'Your request is not valid', detail: 'cursor is not one this API issued', field: 'cursor' });
    }
    const page = await this.list.execute({ partnerId, statuses: q.status ? [q.status] : PARTNER_VISIBLE_STATUSES, after, limit: q.limit ?? 50 });
    return { items: page.items.map((i) => InstructionResponse.of(i)), nextCursor: page.nextCursor };
  }
}
