import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Principal, ProblemException } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal, OperatorAuth } from '@trustcircle/security';
import { GetEscrowViewQuery } from '../application/get-escrow-view/get-escrow-view.query';
import { decodeEscrowCursor } from '../application/list-escrows/escrow-cursor';
import { ListEscrowsQuery } from '../application/list-escrows/list-escrows.query';
import { escrowNotFound } from '../application/shared/operation-problems';
import { EscrowPageResponse, EscrowSummaryResponse } from './dto/escrow-page.response';
import { EscrowViewResponse } from './dto/escrow-view.response';
import { ListEscrowsQueryParams } from './dto/list-escrows.query-params';

/** Escrows as operators see them (any operator), and as a marketplace sees its own (API key). */
@ApiTags('escrows')
@Controller('v1/escrows')
export class EscrowsController {
  constructor(
    private readonly getView: GetEscrowViewQuery,
    private readonly listEscrows: ListEscrowsQuery,
  ) {}

  @Get()
  @OperatorAuth('viewer')
  @ApiOperation({ summary: 'List escrows, newest first (operators; keyset pagination)' })
  @ApiOkResponse({ type: EscrowPageResponse })
  async list(@Query() q: ListEscrowsQueryParams): Promise<EscrowPageResponse> {
    const after = q.cursor === undefined ? undefined : decodeEscrowCursor(q.cursor);
    if (after === null) {
      throw new ProblemException({ status: 400, type: 'validation-error', title: 'Your request is not valid', detail: 'cursor is not one this API issued', field: 'cursor' });
    }
    const page = await this.listEscrows.execute({ state: q.state, marketplaceId: q.marketplaceId, after, limit: q.limit ?? 20 });
    return { items: page.items.map((e) => EscrowSummaryResponse.of(e)), nextCursor: page.nextCursor };
  }

  @Get(':orderId')
  @ApiKeyAuth('marketplace')
  @OperatorAuth('viewer')
  @ApiOperation({
    summary: 'One order’s escrow: state, amounts, deadlines, hold, delivery, payments, instructions, ledger lines',
    description: 'Operators see every escrow; a marketplace (API key) only its own: another marketplace’s order answers 404.',
  })
  @ApiOkResponse({ type: EscrowViewResponse })
  @ApiNotFoundResponse({ description: 'No escrow for this order (or not yours).' })
  async get(@Param('orderId', new ParseUUIDPipe()) orderId: string, @CurrentPrincipal() principal: Principal): Promise<EscrowViewResponse> {
    const marketplaceId = principal.kind === 'operator' ? null : (principal.partnerId ?? principal.id);
    const view = await this.getView.execute({ marketplaceId }, orderId);
    if (!view) throw escrowNotFound(orderId);
    return EscrowViewResponse.of(view);
  }
}
