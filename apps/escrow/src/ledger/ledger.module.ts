import { Module } from '@nestjs/common';
import { LedgerAccountsController } from './api/ledger-accounts.controller';
import { LedgerChecksController } from './api/ledger-checks.controller';
import { LedgerEntriesController } from './api/ledger-entries.controller';
import { GetLedgerAccountsQuery } from './application/get-ledger-accounts/get-ledger-accounts.query';
import { LedgerService } from './application/ledger.service';
import { ListLedgerEntriesQuery } from './application/list-ledger-entries/list-ledger-entries.query';
import { LedgerCheckMetrics } from './application/run-ledger-check/ledger-check.metrics';
import { RunLedgerCheckUseCase } from './application/run-ledger-check/run-ledger-check.use-case';
import { ScheduledLedgerCheck } from './application/scheduled-ledger-check/scheduled-ledger-check.handler';

/**
 * The escrow service's double-entry ledger (accounts, immutable entries, balance views, the ledger check).
 * Use cases post the balanced transactions built by `domain/money-movements.ts` through `LedgerService.post`
 * inside their own transaction. Operators read lines and balances and run the check on demand
 * (`/v1/ledger/...`); the check also runs every LEDGER_CHECK_INTERVAL_MS on one replica and is exported as metrics.
 */
@Module({
  controllers: [LedgerEntriesController, LedgerAccountsController, LedgerChecksController],
  providers: [LedgerService, ListLedgerEntriesQuery, GetLedgerAccountsQuery, RunLedgerCheckUseCase, LedgerCheckMetrics, ScheduledLedgerCheck],
  exports: [LedgerService],
})
export class LedgerModule {}
