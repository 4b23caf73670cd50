import { Body, Controller, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Idempotent, ProblemException } from '@trustcircle/http';
import { toVnd, toVnLocalIso } from '@trustcircle/kernel';
import { BuyerAuth, type BuyerGrant, CurrentBuyerGrant } from '@trustcircle/security';
import { FileDisputeUseCase } from '../application/file-dispute/file-dispute.use-case';
import type { FilingRefusalCode } from '../domain/filing-window';
import { EvidenceItemRequest } from '../../evidence/api/dto/evidence-item.request';
import { disputeProblems } from './dispute-problems';
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

/** A cash-on-delivery order is paid at the door: its refusal before delivery says so. */
const COD_NOT_PAID = 'A cash-on-delivery order is paid to the courier at delivery: a complaint can be filed once it is delivered.';

/** The buyer files a complaint (buyer token from the buyer portal's one-time code). */
@ApiTags('buyers')
@Controller('v1/public/disputes')
export class FileDisputeController {
  constructor(private readonly fileDispute: FileDisputeUseCase) {}

  @Post()
  @Idempotent()
  @BuyerAuth()
  @ApiOperation({ summary: 'File a complaint about the order the buyer token opens', description: 'From payment (for a cash-on-delivery order: from its delivery, when the buyer pays the courier) until the inspection window ends (not after confirming receipt); NOT_RECEIVED also until NOT_RECEIVED_FILING_DAYS (default 7) days after the expected delivery. One open complaint per order. Asks escrow to hold the money.' })
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
      evidence: (body.evidence ?? []).map((e) => EvidenceItemRequest.toInput(e)),
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
      case 'already-decided':
        throw new ProblemException({
          status: HttpStatus.CONFLICT,
          type: 'dispute-already-decided',
          title: 'A complaint about this order was already decided',
          detail: 'An earlier complaint about this order ended with a decision on the money; it cannot be filed again.',
          extensions: { disputeId: result.disputeId },
        });
      case 'invalid-amount':
        throw disputeProblems.field('requestedAmount', result.code);
      case 'invalid-evidence':
        throw disputeProblems.evidence(result.refusal);
      case 'window-closed': {
        const r = REFUSALS[result.code];
        const at = result.passedAt;
        throw new ProblemException({
          status: HttpStatus.CONFLICT,
          type: r.type,
          title: r.title,
          detail: at
            ? `${DETAILS[result.code]} at ${at.toISOString()} (${toVnLocalIso(at)}).`
            : result.code === 'ORDER_NOT_PAID' && result.paymentMethod === 'COD'
              ? COD_NOT_PAID
              : DETAILS[result.code],
          extensions: { deadline: r.deadline, passedAt: at?.toISOString() ?? null, passedAtLocal: at ? toVnLocalIso(at) : null },
        });
      }
    }
  }
}

