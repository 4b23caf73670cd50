import { Module } from '@nestjs/common';
import { BuyerAuthModule } from '@trustcircle/security';
import { CodShipmentFacts } from '../cod/application/shared/cod-shipment-facts';
import { FundingModule } from '../funding/funding.module';
import { ConfirmReceiptController } from './api/confirm-receipt.controller';
import { EarlyEventExpiryDeadline } from './api/early-event-expiry.deadline';
import { FundingExpiryDeadline } from './api/funding-expiry.deadline';
import { InspectionEndDeadline } from './api/inspection-end.deadline';
import { EscrowOnOrderEvents } from './api/order-events.consumer';
import { OpenEscrowOnOrderPlaced } from './api/order-placed.consumer';
import { ShipByDeadline } from './api/ship-by.deadline';
import { ApplyDisputeOutcomeUseCase } from './application/apply-dispute-outcome/apply-dispute-outcome.use-case';
import { CancelEscrowUseCase } from './application/cancel-escrow/cancel-escrow.use-case';
import { ConfirmReceiptUseCase } from './application/confirm-receipt/confirm-receipt.use-case';
import { EndInspectionUseCase } from './application/end-inspection/end-inspection.use-case';
import { ExpireEarlyEventUseCase } from './application/expire-early-event/expire-early-event.use-case';
import { ExpireFundingUseCase } from './application/expire-funding/expire-funding.use-case';
import { LiftHoldUseCase } from './application/lift-hold/lift-hold.use-case';
import { MissShipByUseCase } from './application/miss-ship-by/miss-ship-by.use-case';
import { OpenEscrowUseCase } from './application/open-escrow/open-escrow.use-case';
import { PlaceHoldUseCase } from './application/place-hold/place-hold.use-case';
import { RecordShipmentFactUseCase } from './application/record-shipment-fact/record-shipment-fact.use-case';
import { RouteEscrowEvent } from './application/route-escrow-event/route-escrow-event';
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
    CodShipmentFacts,
    PlaceHoldUseCase,
    LiftHoldUseCase,
    ApplyDisputeOutcomeUseCase,
    CancelEscrowUseCase,
    RouteEscrowEvent,
    EscrowOnOrderEvents,
    ExpireEarlyEventUseCase,
    EarlyEventExpiryDeadline,
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
