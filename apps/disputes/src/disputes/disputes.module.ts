import { Module } from '@nestjs/common';
import { BuyerAuthModule } from '@trustcircle/security';
import { EvidenceModule } from '../evidence/evidence.module';
import { TrustModule } from '../trust/trust.module';
import { BuyerActionsController } from './api/buyer-actions.controller';
import { DisputeActionsController } from './api/dispute-actions.controller';
import { DisputeDeadlineDue, DisputeDeadlineReminder } from './api/dispute-deadline.handlers';
import { OrderFactsOnEscrowFunded } from './api/escrow-funded.consumer';
import { FileDisputeController } from './api/file-dispute.controller';
import { DisputeOnHoldAccepted, DisputeOnHoldRefused } from './api/hold-outcome.consumers';
import { OrderFactsOnInspectionEnded } from './api/inspection-ended.consumer';
import { OrderFactsOnInspectionStarted } from './api/inspection-started.consumer';
import { OrderFactsOnOrderPlaced } from './api/order-placed.consumer';
import { DisputeOnReturnDelivered, DisputeOnReturnScanned } from './api/return-shipment.consumers';
import { OrderFactsOnShipmentRegistered } from './api/shipment-registered.consumer';
import { AddMessageUseCase } from './application/add-message/add-message.use-case';
import { AnswerOfferUseCase } from './application/answer-offer/answer-offer.use-case';
import { DecideDisputeUseCase } from './application/decide-dispute/decide-dispute.use-case';
import { EscalateDisputeUseCase } from './application/escalate-dispute/escalate-dispute.use-case';
import { FileDisputeUseCase } from './application/file-dispute/file-dispute.use-case';
import { HandleDisputeDeadlineUseCase } from './application/handle-deadline/handle-dispute-deadline.use-case';
import { SendDeadlineReminderUseCase } from './application/handle-deadline/send-deadline-reminder.use-case';
import { RecordHoldOutcomeUseCase } from './application/record-hold-outcome/record-hold-outcome.use-case';
import { RecordOrderFactsUseCase } from './application/record-order-facts/record-order-facts.use-case';
import { RespondToDisputeUseCase } from './application/respond-to-dispute/respond-to-dispute.use-case';
import { ReviewVulnerableFlagUseCase } from './application/review-vulnerable-flag/review-vulnerable-flag.use-case';
import { DisputeActions } from './application/shared/dispute-actions';
import { DisputeMetrics } from './application/shared/dispute.metrics';
import { DisputeResolutions } from './application/shared/dispute-resolutions';
import { DisputeTransitions } from './application/shared/dispute-transitions';
import { TrackReturnUseCase } from './application/track-return/track-return.use-case';
import { WithdrawDisputeUseCase } from './application/withdraw-dispute/withdraw-dispute.use-case';

/**
 * Disputes: the order facts the filing rule needs (copied from orders, escrow and delivery events), the buyer's
 * complaint, the marketplace's answer, offers, escalation to mediators and their decisions, the deadlines and
 * their defaults, escrow's answer to the hold, and the return shipment of a RETURN_AND_REFUND outcome.
 */
@Module({
  imports: [BuyerAuthModule, EvidenceModule, TrustModule],
  controllers: [FileDisputeController, BuyerActionsController, DisputeActionsController],
  providers: [
    DisputeTransitions,
    DisputeResolutions,
    DisputeActions,
    DisputeMetrics,
    RecordOrderFactsUseCase,
    OrderFactsOnOrderPlaced,
    OrderFactsOnEscrowFunded,
    OrderFactsOnInspectionStarted,
    OrderFactsOnInspectionEnded,
    OrderFactsOnShipmentRegistered,
    FileDisputeUseCase,
    RespondToDisputeUseCase,
    AnswerOfferUseCase,
    EscalateDisputeUseCase,
    WithdrawDisputeUseCase,
    AddMessageUseCase,
    DecideDisputeUseCase,
    ReviewVulnerableFlagUseCase,
    HandleDisputeDeadlineUseCase,
    SendDeadlineReminderUseCase,
    DisputeDeadlineDue,
    DisputeDeadlineReminder,
    RecordHoldOutcomeUseCase,
    DisputeOnHoldAccepted,
    DisputeOnHoldRefused,
    TrackReturnUseCase,
    DisputeOnReturnScanned,
    DisputeOnReturnDelivered,
  ],
})
export class DisputesModule {}
