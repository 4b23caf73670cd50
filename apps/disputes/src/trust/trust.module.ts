import { Module } from '@nestjs/common';
import { TrustScoresController } from './api/trust-scores.controller';
import { GetTrustScoreQuery } from './application/get-trust-score/get-trust-score.query';
import { TrustLedger } from './application/record-trust/trust-ledger';

/**
 * Public trust scores of merchants and marketplaces: the ledger that keeps the read model in the transactions that
 * apply orders and dispute moves (exported to the disputes feature), and `GET /v1/public/trust/merchant|marketplace/{id}`.
 */
@Module({
  controllers: [TrustScoresController],
  providers: [TrustLedger, GetTrustScoreQuery],
  exports: [TrustLedger],
})
export class TrustModule {}
