import { Body, Controller, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@trustcircle/http';
import { toVnd } from '@trustcircle/kernel';
import { CurrentPrincipal, SignedWebhook } from '@trustcircle/security';
import type { Response } from 'express';
import { ReconcileStatementUseCase } from '../application/reconcile-statement/reconcile-statement.use-case';
import { StatementBody } from './dto/statement.body';
import { StatementReconciliationResponse } from './dto/statement-reconciliation.response';

/**
 * Statements posted by payment partners (signed webhooks, like payments and settlements: the statement is a
 * money document the partner vouches for, so its exact body is signed and the signature checked).
 */
@ApiTags('payment-partners')
@Controller('v1/partners/:partnerId/statements')
export class PartnerStatementsController {
  constructor(private readonly reconcileStatement: ReconcileStatementUseCase) {}

  @Post()
  @SignedWebhook('payment-partner', { partnerIdParam: 'partnerId' })
  @ApiOperation({
    summary: 'Post your statement of a business day; answers matched, ours only, theirs only and amount differences',
    description:
      'Matching key: PAYMENT by your partnerTxnId; PAYOUT / REFUND by the instruction id (your idempotency key) or the reference you settled it with. ' +
      'The same content as your latest statement of the day answers the same (200); other content is a new revision (201).',
  })
  @ApiParam({ name: 'partnerId', format: 'uuid', description: 'Your payment partner id.' })
  @ApiCreatedResponse({ type: StatementReconciliationResponse, description: 'Reconciled (a new revision).' })
  @ApiOkResponse({ type: StatementReconciliationResponse, description: 'The same content as your latest statement of that day.' })
  @ApiBadRequestResponse({ description: 'A field is invalid (problem+json naming it).' })
  async post(@Body() body: StatementBody, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<StatementReconciliationResponse> {
    const { kind, result } = await this.reconcileStatement.execute({
      partnerId: principal.partnerId ?? principal.id,
      date: body.date,
      lines: body.lines.map((l) => ({ reference: l.reference, kind: l.kind, amount: toVnd(l.amount) })),
    });
    res.status(kind === 'reconciled' ? HttpStatus.CREATED : HttpStatus.OK);
    return result;
  }
}
