import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuth } from '@trustcircle/security';
import { RunLedgerCheckUseCase } from '../application/run-ledger-check/run-ledger-check.use-case';
import { LedgerCheckResponse } from './dto/ledger-check.response';

/**
 * Operators run the ledger check on demand. Mediators and admins: the check scans the whole ledger and a failure
 * raises a CRITICAL alert, so it is not for read-only viewers (who see the scheduled result as a metric).
 */
@ApiTags('ledger')
@Controller('v1/ledger/checks')
export class LedgerChecksController {
  constructor(private readonly runCheck: RunLedgerCheckUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @OperatorAuth('mediator')
  @ApiOperation({
    summary: 'Run the ledger check now',
    description:
      'Every entry balances, money is conserved per escrow, held money equals what open escrows hold, and no payable, held or suspense account is negative. ' +
      'A failure records escrow.ledger-check-failed and an operator alert. Amounts in whole VND.',
  })
  @ApiOkResponse({ type: LedgerCheckResponse })
  async run(): Promise<LedgerCheckResponse> {
    return LedgerCheckResponse.of(await this.runCheck.execute('ON_DEMAND'));
  }
}
