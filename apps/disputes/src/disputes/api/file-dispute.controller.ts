import { Body, Controller, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ProblemException } from '@trustcircle/http';
import { toVnd, toVnLocalIso } from '@trustcircle/kernel';
import { BuyerAuth, type BuyerGrant, CurrentBuyerGrant } from '@trustcircle/security';
import { FileDisputeUseCase } from '../application/file-dispute/file-dispute.use-case';
import type { FilingRefusalCode } from '../domain/filing-window';
import { DisputeFiledResponse } from './dto/dispute-filed.response';
import { FileDisputeRequest } from './dto/file-dispute.request';

const REFUSALS: { readonly [C in FilingRefusalCode]: { type: string; title: string; deadline: string } } = {
  ORDER_NOT_PAID: { type: 'order-not-paid', title: 'The order is not paid yet', deadline: 'PAYMENT' },
  RECEIPT_CONFIRMED: { type: 'filing-window-closed', title: 'The time to complain has passed', deadline: 'RECEIPT_CONFIRMED' },
  INSPECTION_WINDOW_ENDED: { type: 'filing-window-closed', title: 'The time to complain has passed', deadline: 'INSPECTION_WINDOW_END' },
  NOT_RECEIVED_WINDOW_ENDED: { type: 'filing-window-closed', title: 'The time to complain has passed', deadline: 'NOT_RECEIVED_WINDOW_END' },
};

const DETAILS: { readonly [C in FilingRefusalCode]: string } = {
  ORDER_NOT_PAID: 'A complaint can be filed once the order is paid.',
  RECEIPT_CONFIRMED: 'The buyer confirmed receipt, which ended the time to complain',
  INSPECTION_WINDOW_ENDED: 'The inspection window ended',
  NOT_RECEIVED_WINDOW_ENDED: 'The time to report a parcel not received ended',
};

/** The buyer files a complaint (buyer token from the buyer portal's one-time code). */
@ApiTags('buyers')
@Controller('v1/public/disputes')
export class FileDisputeController {
  constructor(private readonly fileDispute: FileDisputeUseCase) {}

  @Post()
  @BuyerAuth()
  @ApiOperation({ summary: 'File a complaint about the order the buyer token opens', description: 'From payment until the inspection window ends (not after confirming receipt); NOT_RECEIVED also until 7 days after the expected delivery. One open complaint per order. Asks escrow to hold the money.' })
  @ApiCreatedResponse({ type: DisputeFiledResponse })
  @ApiBadRequestResponse({ description: 'A field is invalid (the problem names it); nothing is stored.' })
  @ApiUnauthorizedResponse({ description: 'No valid buyer token.' })
  @ApiNotFoundResponse({ description: 'No such order for this buyer token.' })
  @ApiConflictResponse({ description: 'Outside the filing window (the problem names the deadline that passed), or a complaint is already open.' })
  async file(@Body() body: FileDisputeRequest, @CurrentBuyerGrant() grant: BuyerGrant): Promise<DisputeFiledResponse> {
    const orderCode = body.orderCode.toUpperCase();
    const result = await this.fileDispute.execute(grant, {
      orderCode,
      reason: body.reason,
      description: body.description,
      requestedOutcome: body.requestedOutcome,
      requestedAmount: body.requestedAmount === undefined ? null : toVnd(body.requestedAmount),
      vulnerableCategory: body.vulnerable?.category ?? null,
    });
    switch (result.kind) {
      case 'filed':
        return {
          disputeId: result.dispute.id,
          state: result.dispute.state,
          merchantResponseDueAt: result.dispute.merchantResponseDueAt.toISOString(),
          merchantResponseDueAtLocal: toVnLocalIso(result.dispute.merchantResponseDueAt),
        };
      case 'not-found':
        throw new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'order-not-found', title: 'Order not found', detail: 'No order with this code for this buyer token.' });
      case 'already-open':
        throw new ProblemException({ status: HttpStatus.CONFLICT, type: 'dispute-already-open', title: 'A complaint is already open', detail: 'This order already has an open complaint.', extensions: { disputeId: result.disputeId } });
      case 'invalid-amount':
        throw new ProblemException({
          status: HttpStatus.BAD_REQUEST,
          type: 'validation-error',
          title: 'Your request is not valid',
          detail: `Invalid field: requestedAmount (${result.code}).`,
          field: 'requestedAmount',
          errors: [{ field: 'requestedAmount', code: result.code, message: amountMessage(result.code) }],
        });
      case 'window-closed': {
        const r = REFUSALS[result.code];
        const at = result.passedAt;
        throw new ProblemException({
          status: HttpStatus.CONFLICT,
          type: r.type,
          title: r.title,
          detail: at ? `${DETAILS[result.code]} at ${at.toISOString()} (${toVnLocalIso(at)}).` : DETAILS[result.code],
          extensions: { deadline: r.deadline, passedAt: at?.toISOString() ?? null, passedAtLocal: at ? toVnLocalIso(at) : null },
        });
      }
    }
  }
}

function amountMessage(code: string): string {
  if (code === 'AMOUNT_REQUIRED') return 'requestedAmount is required for REFUND_PARTIAL';
  if (code === 'AMOUNT_NOT_ALLOWED') return 'requestedAmount is allowed only for REFUND_PARTIAL';
  return 'requestedAmount must be more than 0 and less than the order total';
}
