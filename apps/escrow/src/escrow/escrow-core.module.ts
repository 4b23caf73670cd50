import { Module } from '@nestjs/common';
import { DocumentIssuingModule } from '../documents/document-issuing.module';
import { CodParcels } from '../cod/application/shared/cod-parcels';
import { InstructionsModule } from '../instructions/instructions.module';
import { LedgerModule } from '../ledger/ledger.module';
import { EscrowLookup } from './application/shared/escrow-lookup';
import { EscrowMoney } from './application/shared/escrow-money.service';
import { EscrowTransitions } from './application/shared/escrow-transitions';
import { FundingFollowUp } from './application/shared/funding-follow-up';
import { InspectionWindow } from './application/shared/inspection-window';

/**
 * The escrow's shared building blocks, for every feature that decides about an escrow (lifecycle, funding,
 * operations): locking and moving escrows through the state machine, moving held money (ledger + state + event +
 * instruction in one transaction), the inspection window, what follows a payment, and COD escrows' parcels.
 */
@Module({
  imports: [LedgerModule, InstructionsModule, DocumentIssuingModule],
  providers: [EscrowTransitions, EscrowMoney, EscrowLookup, InspectionWindow, FundingFollowUp, CodParcels],
  exports: [EscrowTransitions, EscrowMoney, EscrowLookup, InspectionWindow, FundingFollowUp, CodParcels, LedgerModule, InstructionsModule, DocumentIssuingModule],
})
export class EscrowCoreModule {}
