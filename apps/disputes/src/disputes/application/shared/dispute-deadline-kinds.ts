import type { DisputeDeadline } from '@trustcircle/contracts';
import type { DisputesEnv } from '../../../config/disputes.env';
import type { DisputeDeadlineHours } from '../../domain/dispute-deadlines';

/**
 * The dispute's deadlines on the shared scheduler (subject: the dispute id). One of each runs at a time: the
 * deadline of the state the dispute is in, and its reminder; both move together on every state change.
 */
export const DISPUTE_DEADLINE_KINDS = {
  /** The running deadline fell due (payload: which one). */
  DUE: 'disputes.deadline-due',
  /** The running deadline's reminder (payload: which one, and when it falls due). */
  REMINDER: 'disputes.deadline-reminder',
} as const;

/** What the scheduler keeps with a dispute deadline or reminder. */
export interface DisputeDeadlinePayload {
  deadline: DisputeDeadline;
  dueAt: string;
}

/** The configured deadline lengths. */
export function deadlineHoursOf(env: DisputesEnv): DisputeDeadlineHours {
  return {
    merchantResponse: env.DISPUTE_MERCHANT_RESPONSE_HOURS,
    buyerEscalation: env.DISPUTE_BUYER_ESCALATION_HOURS,
    buyerOfferResponse: env.DISPUTE_BUYER_OFFER_RESPONSE_HOURS,
    mediatorDecision: env.DISPUTE_MEDIATOR_DECISION_HOURS,
    returnShipment: env.DISPUTE_RETURN_SHIPMENT_DAYS * 24,
    reminderLead: env.DISPUTE_REMINDER_LEAD_HOURS,
  };
}
