import { Module } from '@nestjs/common';
import { DocumentIssuingModule } from '../documents/document-issuing.module';
import { LedgerModule } from '../ledger/ledger.module';
import { PayoutAccountVault } from '../payout-accounts/application/payout-account-vault';
import { RefundDestinationVault } from '../refund-destinations/application/refund-destination-vault';
import { PartnerInstructionsController } from './api/partner-instructions.controller';
import { SettlementsController } from './api/settlements.controller';
import { InstructionIssuer } from './application/instruction-issuer';
import { ListPartnerInstructionsQuery } from './application/list-instructions/list-partner-instructions.query';
import { FailInstruction } from './application/record-settlement/fail-instruction';
import { RecordSettlementUseCase } from './application/record-settlement/record-settlement.use-case';
import { SettleInstruction } from './application/record-settlement/settle-instruction';
import { InstructionRetryHandler } from './application/retry-instruction/instruction-retry.handler';
import { AwaitingInstructionRelease } from './application/shared/awaiting-instruction-release';
import { AwaitingPayoutRelease } from './application/shared/awaiting-payout-release';
import { AwaitingRefundRelease } from './application/shared/awaiting-refund-release';
import { ClawbackRecovery } from './application/shared/clawback-recovery';
import { CodRefundDestination } from './application/shared/cod-refund-destination';
import { InstructionEvents } from './application/shared/instruction-events';
import { InstructionInFlight } from './application/shared/instruction-in-flight';
import { InstructionStore } from './application/shared/instruction-store';
import { PayoutAccountMissing } from './application/shared/payout-account-missing';
import { PayoutAccountResolver } from './application/shared/payout-account-resolver';

/**
 * Payout and refund instructions to payment partners: issued by escrow's money moves (`InstructionIssuer`; a
 * cash-on-delivery refund goes to the buyer's refund destination, see RefundDestinationsModule), pulled by partners (`GET /v1/partners/{partnerId}/instructions`), settled or failed by them
 * (`POST /v1/partners/{partnerId}/settlements`), retried with backoff and escalated, never lost.
 */
@Module({
  imports: [LedgerModule, DocumentIssuingModule],
  controllers: [PartnerInstructionsController, SettlementsController],
  providers: [
    InstructionIssuer,
    InstructionStore,
    InstructionEvents,
    InstructionInFlight,
    PayoutAccountVault,
    PayoutAccountResolver,
    PayoutAccountMissing,
    ClawbackRecovery,
    AwaitingInstructionRelease,
    AwaitingPayoutRelease,
    RefundDestinationVault,
    CodRefundDestination,
    AwaitingRefundRelease,
    ListPartnerInstructionsQuery,
    RecordSettlementUseCase,
    SettleInstruction,
    FailInstruction,
    InstructionRetryHandler,
  ],
  exports: [InstructionIssuer, PayoutAccountVault, AwaitingPayoutRelease, RefundDestinationVault, AwaitingRefundRelease],
})
export class InstructionsModule {}
