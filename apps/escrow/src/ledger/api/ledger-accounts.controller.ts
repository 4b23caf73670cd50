import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemException, VALIDATION_PROBLEM_TYPE } from '@trustcircle/http';
import { OperatorAuth } from '@trustcircle/security';
import { GetLedgerAccountsQuery } from '../application/get-ledger-accounts/get-ledger-accounts.query';
import { LedgerAccountListResponse, LedgerAccountResponse } from './dto/ledger-account.response';
import { ListLedgerAccountsQueryParams } from './dto/list-ledger-accounts.query-params';

/** Operators read ledger account balances (posted, pending, available). */
@ApiTags('ledger')
@OperatorAuth('viewer')
@Controller('v1/ledger/accounts')
export class LedgerAccountsController {
  constructor(private readonly accounts: GetLedgerAccountsQuery) {}

  @Get()
  @ApiOperation({ summary: 'The accounts of an escrow, or the account of a code, with their balances' })
  @ApiOkResponse({ type: LedgerAccountListResponse })
  async list(@Query() q: ListLedgerAccountsQueryParams): Promise<LedgerAccountListResponse> {
    if (!q.escrowId && !q.code) {
      throw new ProblemException({
        status: 400,
        type: VALIDATION_PROBLEM_TYPE,
        title: 'Your request is not valid',
        detail: 'Invalid field: escrowId.',
        errors: [{ field: 'escrowId', message: 'one of escrowId or code is required' }],
      });
    }
    return { items: (await this.accounts.list({ escrowId: q.escrowId, code: q.code })).map((a) => LedgerAccountResponse.of(a)) };
  }

  @Get(':accountId')
  @ApiOperation({ summary: 'One account with its balances' })
  @ApiOkResponse({ type: LedgerAccountResponse })
  @ApiNotFoundResponse({ description: 'No such account.' })
  async get(@Param('accountId', new ParseUUIDPipe()) accountId: string): Promise<LedgerAccountResponse> {
    const account = await this.accounts.byId(accountId);
    if (!account) throw new ProblemException({ status: 404, type: 'ledger-account-not-found', title: 'Ledger account not found', detail: `No ledger account ${accountId}.` });
    return LedgerAccountResponse.of(account);
  }
}
