import { Module } from '@nestjs/common';
import { LedgerService } from './application/ledger.service';

/**
 * The escrow service's double-entry ledger (accounts, immutable entries, balance views, the ledger check).
 * Use cases post the balanced transactions built by `domain/money-movements.ts` through `LedgerService.post`
 * inside their own transaction.
 */
@Module({ providers: [LedgerService], exports: [LedgerService] })
export class LedgerModule {}
