import { Module } from '@nestjs/common';
import { BuyerAuthModule } from '@trustcircle/security';
import { FundingModule } from '../funding/funding.module';
import { EscrowOnCancellationRequested } from './api/cancellation-requested.consumer';
import { ConfirmReceiptController } from './api/confirm-receipt.controller';
import { EscrowOnDeliveryFacts } from './api/delivery-facts.consumer';
import { EscrowOnDisputeRequests } from './api/dispute-requests.consumer';
import { FundingExpiryDeadline } from './api/funding-expiry.deadline';
import { InspectionEndDeadline } from './api/inspection-end.deadline';
import { OpenEscrowOnOrderPlaced } from './api/order-placed.consumer';
import { ShipByDeadline } from './api/ship-by.deadline';
import { ApplyDisputeOutcomeUseCase } from './application/apply-dispute-outcome/apply-dispute-outcome.use-case';
import { CancelEscrowUseCase } from './application/cancel-escrow/cancel-escrow.use-case';
import { ConfirmReceiptUseCase } from './application/confirm-receipt/confirm-receipt.use-case';
import { EndInspectionUseCase } from './application/end-inspection/end-inspection.use-case';
import { ExpireFundingUseCase } from './application/expire-funding/expire-funding.use-case';
import { LiftHoldUseCase } from './application/lift-hold/lift-hold.use-case';
import { MissShipByUseCase } from './application/miss-ship-by/miss-ship-by.use-case';
import { OpenEscrowUseCase } from './application/open-escrow/open-escrow.use-case';
import { PlaceHoldUseCase } from './application/place-hold/place-hold.use-case';
import { RecordShipmentFactUseCase } from './application/record-shipment-fact/record-shipment-fact.use-case';
import { EscrowCoreModule } from './escrow-core.module';

/**
 * The escrow lifecycle: one escrow per order, opened on `orders.order-placed`, moved by delivery milestones,
 * dispute requests, cancellation requests, its own deadlines (funding expiry, ship-by, inspection end) and the
 * buyer's early confirmation of receipt.
 */
@Module({
  imports: [EscrowCoreModule, FundingModule, BuyerAuthModule],
  controllers: [ConfirmReceiptController],
  providers: [
    OpenEscrowUseCase,
    OpenEscrowOnOrderPlaced,
    RecordShipmentFactUseCase,
    EscrowOnDeliveryFacts,
    PlaceHoldUseCase,
    LiftHoldUseCase,
    ApplyDisputeOutcomeUseCase,
    EscrowOnDisputeRequests,
    CancelEscrowUseCase,
    EscrowOnCancellationRequested,
    ExpireFundingUseCase,
    FundingExpiryDeadline,
    MissShipByUseCase,
    ShipByDeadline,
    EndInspectionUseCase,
    InspectionEndDeadline,
    ConfirmReceiptUseCase,
  ],
  exports: [OpenEscrowUseCase],
})
export class EscrowModule {}
