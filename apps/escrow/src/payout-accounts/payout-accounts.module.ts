import { Module } from '@nestjs/common';
import { InstructionsModule } from '../instructions/instructions.module';
import { PayoutAccountsController } from './api/payout-accounts.controller';
import { GetPayoutAccountQuery } from './application/get-payout-account/get-payout-account.query';
import { RegisterPayoutAccountUseCase } from './application/register-payout-account/register-payout-account.use-case';

/**
 * Seller payout accounts registered by marketplaces (`PUT/GET /v1/sellers/{sellerId}/payout-account`). The vault
 * that seals them is provided by InstructionsModule, which pays out to them.
 */
@Module({ imports: [InstructionsModule], controllers: [PayoutAccountsController], providers: [RegisterPayoutAccountUseCase, GetPayoutAccountQuery] })
export class PayoutAccountsModule {}
