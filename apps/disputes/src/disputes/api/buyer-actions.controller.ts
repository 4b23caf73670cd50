import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Idempotent } from '@trustcircle/http';
import { BuyerAuth, type BuyerGrant, CurrentBuyerGrant } from '@trustcircle/security';
import { EvidenceItemRequest } from '../../evidence/api/dto/evidence-item.request';
import { AddMessageUseCase } from '../application/add-message/add-message.use-case';
import { AnswerOfferUseCase } from '../application/answer-offer/answer-offer.use-case';
import { EscalateDisputeUseCase } from '../application/escalate-dispute/escalate-dispute.use-case';
import { WithdrawDisputeUseCase } from '../application/withdraw-dispute/withdraw-dispute.use-case';
import { answerAction } from './answer-action';
import { DisputeMessageRequest, EscalateRequest, OfferResponseRequest, WithdrawRequest } from './dto/dispute-action.requests';
import { DisputeActionResponse } from './dto/dispute-action.response';

const uuid = new ParseUUIDPipe();

/** The buyer acts on their complaint (buyer token of the dispute's order). */
@ApiTags('buyers')
@Controller('v1/public/disputes')
@BuyerAuth()
@ApiOkResponse({ type: DisputeActionResponse })
@ApiBadRequestResponse({ description: 'A field is invalid (the problem names it); nothing is stored.' })
@ApiUnauthorizedResponse({ description: 'No valid buyer token.' })
@ApiNotFoundResponse({ description: 'No such dispute for this buyer token.' })
@ApiConflictResponse({ description: 'Not possible in the dispute’s state, or its deadline passed (the problem says which).' })
export class BuyerActionsController {
  constructor(
    private readonly answerOffer: AnswerOfferUseCase,
    private readonly escalateDispute: EscalateDisputeUseCase,
    private readonly withdrawDispute: WithdrawDisputeUseCase,
    private readonly addMessage: AddMessageUseCase,
  ) {}

  @Post(':id/offer-response')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  @ApiOperation({ summary: 'Accept or decline the marketplace’s offer before its deadline (declining goes to a mediator)' })
  async offerResponse(@Param('id', uuid) id: string, @Body() body: OfferResponseRequest, @CurrentBuyerGrant() grant: BuyerGrant): Promise<DisputeActionResponse> {
    return answerAction(id, await this.answerOffer.execute(grant.orderId, id, { decision: body.decision, message: body.message ?? null }), 'an answer to the offer');
  }

  @Post(':id/escalate')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  @ApiOperation({ summary: 'After a rejection, ask a mediator to decide (before the escalation deadline)' })
  async escalate(@Param('id', uuid) id: string, @Body() body: EscalateRequest, @CurrentBuyerGrant() grant: BuyerGrant): Promise<DisputeActionResponse> {
    const evidence = (body.evidence ?? []).map((e) => EvidenceItemRequest.toInput(e));
    return answerAction(id, await this.escalateDispute.execute(grant.orderId, id, { message: body.message, evidence }), 'escalating');
  }

  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  @ApiOperation({ summary: 'Withdraw the complaint before a money outcome is decided (the hold lifts)' })
  async withdraw(@Param('id', uuid) id: string, @Body() body: WithdrawRequest, @CurrentBuyerGrant() grant: BuyerGrant): Promise<DisputeActionResponse> {
    return answerAction(id, await this.withdrawDispute.execute(grant.orderId, id, { message: body.message ?? null }), 'withdrawing');
  }

  @Post(':id/messages')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  @ApiOperation({ summary: 'Reply with a message and more evidence while the dispute is open' })
  async messages(@Param('id', uuid) id: string, @Body() body: DisputeMessageRequest, @CurrentBuyerGrant() grant: BuyerGrant): Promise<DisputeActionResponse> {
    const evidence = (body.evidence ?? []).map((e) => EvidenceItemRequest.toInput(e));
    return answerAction(id, await this.addMessage.execute({ kind: 'buyer', orderId: grant.orderId }, id, { message: body.message, evidence }), 'a message');
  }
}
