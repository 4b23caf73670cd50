import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemException, VALIDATION_PROBLEM_TYPE } from '@trustcircle/http';
import { OperatorAuth } from '@trustcircle/security';
import { decodeLedgerEntryCursor } from '../application/list-ledger-entries/ledger-entry-cursor';
import { ListLedgerEntriesQuery } from '../application/list-ledger-entries/list-ledger-entries.query';
import { LedgerEntryPageResponse, LedgerEntryResponse } from './dto/ledger-entry.response';
import { ListLedgerEntriesQueryParams } from './dto/list-ledger-entries.query-params';

function invalid(field: string, message: string): ProblemException {
  return new ProblemException({ status: 400, type: VALIDATION_PROBLEM_TYPE, title: 'Your request is not valid', detail: `Invalid field: ${field}.`, errors: [{ field, message }] });
}

/** Operators read the escrow ledger's lines (every escrow). */
@ApiTags('ledger')
@OperatorAuth('viewer')
@Controller('v1/ledger/entries')
export class LedgerEntriesController {
  constructor(private readonly listEntries: ListLedgerEntriesQuery) {}

  @Get()
  @ApiOperation({ summary: 'Ledger lines of an order, an escrow or an account, newest first (cursor pagination)' })
  @ApiOkResponse({ type: LedgerEntryPageResponse })
  async list(@Query() q: ListLedgerEntriesQueryParams): Promise<LedgerEntryPageResponse> {
    if (!q.orderId && !q.escrowId && !q.accountId) throw invalid('orderId', 'one of orderId, escrowId or accountId is required');
    const after = q.cursor === undefined ? undefined : decodeLedgerEntryCursor(q.cursor);
    if (q.cursor !== undefined && !after) throw invalid('cursor', 'cursor is not one this API issued');
    const page = await this.listEntries.execute({ orderId: q.orderId, escrowId: q.escrowId, accountId: q.accountId, after, limit: q.limit ?? 50 });
    return { items: page.items.map((l) => LedgerEntryResponse.of(l)), nextCursor: page.nextCursor };
  }
}
