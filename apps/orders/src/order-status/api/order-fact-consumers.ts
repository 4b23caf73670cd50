import { RecordFactOnEscrowOpened } from './escrow-opened.consumer';
import { RecordFactOnPaymentReceived } from './payment-received.consumer';
import { RecordFactOnEscrowFunded } from './escrow-funded.consumer';
import { RecordFactOnEscrowUnderpaid } from './escrow-underpaid.consumer';
import { RecordFactOnEscrowExpired } from './escrow-expired.consumer';
import { RecordFactOnInspectionStarted } from './inspection-started.consumer';
import { RecordFactOnInspectionEnded } from './inspection-ended.consumer';
import { RecordFactOnEscrowReleased } from './escrow-released.consumer';
import { RecordFactOnEscrowRefunded } from './escrow-refunded.consumer';
import { RecordFactOnEscrowPaidOut } from './escrow-paid-out.consumer';
import { RecordFactOnHoldReleased } from './hold-released.consumer';
import { RecordFactOnCancellationAccepted } from './cancellation-accepted.consumer';
import { RecordFactOnCancellationRefused } from './cancellation-refused.consumer';
import { RecordFactOnRefundInstructionIssued } from './refund-instruction-issued.consumer';
import { RecordFactOnInstructionSettled } from './instruction-settled.consumer';
import { RecordFactOnRefundDestinationRequired } from './refund-destination-required.consumer';
import { RecordFactOnCodRemitted } from './cod-remitted.consumer';
import { RecordFactOnDocumentIssued } from './document-issued.consumer';
import { RecordFactOnShipmentRegistered } from './shipment-registered.consumer';
import { RecordFactOnShipmentStatusChanged } from './shipment-status-changed.consumer';
import { RecordFactOnShipmentFirstScanned } from './shipment-first-scanned.consumer';
import { RecordFactOnShipmentDelivered } from './shipment-delivered.consumer';
import { RecordFactOnShipmentDeliveryFailedFinally } from './shipment-delivery-failed-finally.consumer';
import { RecordFactOnShipmentReturned } from './shipment-returned.consumer';
import { RecordFactOnShipmentLost } from './shipment-lost.consumer';
import { RecordFactOnDisputeOpened } from './dispute-opened.consumer';
import { RecordFactOnHoldOutcomeRecorded } from './hold-outcome-recorded.consumer';
import { RecordFactOnMerchantResponded } from './merchant-responded.consumer';
import { RecordFactOnOfferMade } from './offer-made.consumer';
import { RecordFactOnOfferAccepted } from './offer-accepted.consumer';
import { RecordFactOnOfferDeclined } from './offer-declined.consumer';
import { RecordFactOnDisputeEscalated } from './dispute-escalated.consumer';
import { RecordFactOnDisputeDecided } from './dispute-decided.consumer';
import { RecordFactOnDisputeResolved } from './dispute-resolved.consumer';
import { RecordFactOnDisputeWithdrawn } from './dispute-withdrawn.consumer';

/** One thin consumer per escrow, delivery-tracking and disputes event orders consumes. */
export const ORDER_FACT_CONSUMERS = [
  RecordFactOnEscrowOpened,
  RecordFactOnPaymentReceived,
  RecordFactOnEscrowFunded,
  RecordFactOnEscrowUnderpaid,
  RecordFactOnEscrowExpired,
  RecordFactOnInspectionStarted,
  RecordFactOnInspectionEnded,
  RecordFactOnEscrowReleased,
  RecordFactOnEscrowRefunded,
  RecordFactOnEscrowPaidOut,
  RecordFactOnHoldReleased,
  RecordFactOnCancellationAccepted,
  RecordFactOnCancellationRefused,
  RecordFactOnRefundInstructionIssued,
  RecordFactOnInstructionSettled,
  RecordFactOnRefundDestinationRequired,
  RecordFactOnCodRemitted,
  RecordFactOnDocumentIssued,
  RecordFactOnShipmentRegistered,
  RecordFactOnShipmentStatusChanged,
  RecordFactOnShipmentFirstScanned,
  RecordFactOnShipmentDelivered,
  RecordFactOnShipmentDeliveryFailedFinally,
  RecordFactOnShipmentReturned,
  RecordFactOnShipmentLost,
  RecordFactOnDisputeOpened,
  RecordFactOnHoldOutcomeRecorded,
  RecordFactOnMerchantResponded,
  RecordFactOnOfferMade,
  RecordFactOnOfferAccepted,
  RecordFactOnOfferDeclined,
  RecordFactOnDisputeEscalated,
  RecordFactOnDisputeDecided,
  RecordFactOnDisputeResolved,
  RecordFactOnDisputeWithdrawn,
];
