import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ManualActionDecision } from '@trustcircle/contracts';
import { Idempotent, type Principal } from '@trustcircle/http';
import { toVnd } from '@trustcircle/kernel';
import { CurrentPrincipal, OperatorAuth } from '@trustcircle/security';
import { DecideManualActionUseCase } from '../application/decide-manual-action/decide-manual-action.use-case';
import { ListManualActionsQuery } from '../application/list-manual-actions/list-manual-actions.query';
import { ProposeManualActionUseCase } from '../application/propose-manual-action/propose-manual-action.use-case';
import { escrowNotFound } from '../application/shared/operation-problems';
import { DecideManualActionBody } from './dto/decide-manual-action.body';
import { ManualActionResponse } from './dto/manual-action.response';
import { ProposeManualActionBody } from './dto/propose-manual-action.body';

/**
 * Manual money actions on an escrow (force release, force refund, correcting entry, claw-back): one admin
 * operator proposes, a different admin approves (executed at once) or rejects. Any operator may list them.
 */
@ApiTags('escrows')
@Controller('v1/escrows/:orderId/manual-actions')
@OperatorAuth('admin')
export class ManualActionsController {
  constructor(
    private readonly propose: ProposeManualActionUseCase,
    private readonly decide: DecideManualActionUseCase,
    private readonly listActions: ListManualActionsQuery,
  ) {}

  @Get()
  @OperatorAuth('viewer')
  @ApiOperation({ summary: 'The escrow’s manual actions, oldest first' })
  @ApiOkResponse({ type: [ManualActionResponse] })
  async list(@Param('orderId', new ParseUUIDPipe()) orderId: string): Promise<ManualActionResponse[]> {
    const actions = await this.listActions.execute(orderId);
    if (!actions) throw escrowNotFound(orderId);
    return actions.map((a) => ManualActionResponse.of(a));
  }

  @Post()
  @Idempotent()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Propose a manual money action (admin); nothing moves until another admin approves' })
  @ApiCreatedResponse({ type: ManualActionResponse })
  @ApiConflictResponse({ description: 'The escrow’s state or money does not allow it (problem+json).' })
  async create(@Param('orderId', new ParseUUIDPipe()) orderId: string, @Body() body: ProposeManualActionBody, @CurrentPrincipal() principal: Principal): Promise<ManualActionResponse> {
    const action = await this.propose.execute({
      orderId,
      kind: body.kind,
      amount: body.amount === undefined ? null : toVnd(body.amount),
      reason: body.reason,
      disputeId: body.disputeId ?? null,
      postings: body.postings?.map((p) => ({ accountCode: p.accountCode, side: p.side, amount: toVnd(p.amount) })) ?? null,
      proposedBy: principal.id,
    });
    return ManualActionResponse.of(action);
  }

  @Post(':actionId/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Approve a proposal (another admin than the proposer): executed at once' })
  @ApiOkResponse({ type: ManualActionResponse })
  @ApiForbiddenResponse({ description: 'Not an admin, or the proposer (four eyes).' })
  @ApiConflictResponse({ description: 'Already decided, or the escrow no longer allows it.' })
  approve(@Param('orderId', new ParseUUIDPipe()) orderId: string, @Param('actionId', new ParseUUIDPipe()) actionId: string, @Body() body: DecideManualActionBody, @CurrentPrincipal() principal: Principal): Promise<ManualActionResponse> {
    return this.decideAs('APPROVED', orderId, actionId, body, principal);
  }

  @Post(':actionId/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reject a proposal (another admin than the proposer)' })
  @ApiOkResponse({ type: ManualActionResponse })
  @ApiForbiddenResponse({ description: 'Not an admin, or the proposer (four eyes).' })
  @ApiConflictResponse({ description: 'Already decided.' })
  reject(@Param('orderId', new ParseUUIDPipe()) orderId: string, @Param('actionId', new ParseUUIDPipe()) actionId: string, @Body() body: DecideManualActionBody, @CurrentPrincipal() principal: Principal): Promise<ManualActionResponse> {
    return this.decideAs('REJECTED', orderId, actionId, body, principal);
  }

  private async decideAs(decision: ManualActionDecision, orderId: string, actionId: string, body: DecideManualActionBody, principal: Principal): Promise<ManualActionResponse> {
    const action = await this.decide.execute({ orderId, actionId, decision, decidedBy: principal.id, note: body.note ?? null });
    return ManualActionResponse.of(action);
  }
}
