import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent, type Principal } from '@trustcircle/http';
import { toVnd } from '@trustcircle/kernel';
import { ApiKeyAuth, CurrentPrincipal, OperatorAuth } from '@trustcircle/security';
import { EvidenceItemRequest } from '../../evidence/api/dto/evidence-item.request';
import { AddMessageUseCase } from '../application/add-message/add-message.use-case';
import { DecideDisputeUseCase } from '../application/decide-dispute/decide-dispute.use-case';
import { RespondToDisputeUseCase } from '../application/respond-to-dispute/respond-to-dispute.use-case';
import { ReviewVulnerableFlagUseCase } from '../application/review-vulnerable-flag/review-vulnerable-flag.use-case';
import type { DisputeViewer } from '../application/shared/dispute-access';
import { answerAction } from './answer-action';
import { DecisionRequest, DisputeMessageRequest, MerchantResponseRequest, VulnerableFlagRequest } from './dto/dispute-action.requests';
import { DisputeActionResponse } from './dto/dispute-action.response';

const uuid = new ParseUUIDPipe();

/** The marketplace answers on the seller's behalf (API key); mediators decide (operator token). */
@ApiTags('disputes')
@Controller('v1/disputes')
@ApiOkResponse({ type: DisputeActionResponse })
@ApiBadRequestResponse({ description: 'A field is invalid (the problem names it); nothing is stored.' })
@ApiNotFoundResponse({ description: 'No such dispute for you (another marketplace’s dispute answers the same).' })
@ApiConflictResponse({ description: 'Not possible in the dispute’s state, or its deadline passed (the problem says which).' })
export class DisputeActionsController {
  constructor(
    private readonly respond: RespondToDisputeUseCase,
    private readonly addMessage: AddMessageUseCase,
    private readonly decide: DecideDisputeUseCase,
    private readonly reviewFlag: ReviewVulnerableFlagUseCase,
  ) {}

  @Post(':id/responses')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  @ApiKeyAuth('marketplace')
  @ApiOperation({ summary: 'Answer a complaint before the merchant deadline: ACCEPT, REJECT (with evidence) or OFFER_PARTIAL' })
  async responses(@Param('id', uuid) id: string, @Body() body: MerchantResponseRequest, @CurrentPrincipal() principal: Principal): Promise<DisputeActionResponse> {
    const result = await this.respond.execute(principal.partnerId ?? principal.id, id, {
      action: body.action,
      amount: body.amount === undefined ? null : toVnd(body.amount),
      message: body.message,
      evidence: (body.evidence ?? []).map((e) => EvidenceItemRequest.toInput(e)),
    });
    return answerAction(id, result, 'a merchant response');
  }

  @Post(':id/messages')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  @ApiKeyAuth('marketplace')
  @OperatorAuth('mediator')
  @ApiOperation({ summary: 'Add a message with more evidence to an open dispute (the marketplace, or a mediator)' })
  async messages(@Param('id', uuid) id: string, @Body() body: DisputeMessageRequest, @CurrentPrincipal() principal: Principal): Promise<DisputeActionResponse> {
    const viewer: DisputeViewer = principal.kind === 'operator' ? { kind: 'operator', operatorId: principal.id } : { kind: 'marketplace', marketplaceId: principal.partnerId ?? principal.id };
    const result = await this.addMessage.execute(viewer, id, { message: body.message, evidence: (body.evidence ?? []).map((e) => EvidenceItemRequest.toInput(e)) });
    return answerAction(id, result, 'a message');
  }

  @Post(':id/decision')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  @OperatorAuth('mediator')
  @ApiOperation({
    summary: 'Decide an escalated dispute (mediators): REFUND_FULL, REFUND_PARTIAL, RELEASE_TO_SELLER or RETURN_AND_REFUND',
    description: 'Final on the platform; records who decided and why. The buyer is told where to take the case next.',
  })
  async decision(@Param('id', uuid) id: string, @Body() body: DecisionRequest, @CurrentPrincipal() principal: Principal): Promise<DisputeActionResponse> {
    const result = await this.decide.execute(principal.id, id, { outcome: body.outcome, amount: body.amount === undefined ? null : toVnd(body.amount), reason: body.reason });
    return answerAction(id, result, 'a decision');
  }

  @Post(':id/vulnerable-flag')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  @OperatorAuth('mediator')
  @ApiOperation({ summary: 'Confirm or remove the vulnerable-consumer flag (mediators), with a reason' })
  async vulnerableFlag(@Param('id', uuid) id: string, @Body() body: VulnerableFlagRequest, @CurrentPrincipal() principal: Principal): Promise<DisputeActionResponse> {
    const result = await this.reviewFlag.execute(principal.id, id, { action: body.action, category: body.category ?? null, reason: body.reason });
    return answerAction(id, result, 'a review of the vulnerable flag');
  }
}
