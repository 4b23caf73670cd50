import type { PayloadOf } from '../catalogue';
import type { DISPUTE_EVENTS } from '../disputes/disputes.catalogue';
import { SAMPLE } from './sample-values';

const AT = SAMPLE.at;
const dispute = { orderId: SAMPLE.orderId, disputeId: SAMPLE.disputeId } as const;

/** A valid sample payload per disputes event. */
export const DISPUTE_SAMPLES: { [K in keyof typeof DISPUTE_EVENTS]: () => PayloadOf<K> } = {
  'disputes.dispute-opened': () => ({
    ...dispute,
    marketplaceId: SAMPLE.marketplaceId,
    sellerId: SAMPLE.sellerId,
    reason: 'DAMAGED',
    requestedOutcome: 'REFUND_PARTIAL',
    requestedAmount: 450_000,
    vulnerable: true,
    vulnerableCategory: 'ELDERLY',
    evidenceCount: 2,
    merchantResponseDueAt: '2025-03-06T10:00:00.000Z',
    openedAt: AT.disputed,
  }),
  'disputes.hold-requested': () => ({ ...dispute, requestedAt: AT.disputed }),
  'disputes.hold-outcome-recorded': () => ({
    ...dispute,
    outcome: 'ACCEPTED',
    refusalReason: null,
    moneyHeld: true,
    escrowEventId: SAMPLE.eventId,
    recordedAt: AT.disputed,
  }),
  'disputes.merchant-responded': () => ({
    ...dispute,
    action: 'OFFER_PARTIAL',
    amount: 300_000,
    evidenceCount: 1,
    onTime: true,
    buyerDueAt: '2025-03-07T10:00:00.000Z',
    respondedAt: AT.resolved,
  }),
  'disputes.offer-made': () => ({ ...dispute, offerId: SAMPLE.offerId, amount: 300_000, buyerDueAt: '2025-03-07T10:00:00.000Z', madeAt: AT.resolved }),
  'disputes.offer-accepted': () => ({ ...dispute, offerId: SAMPLE.offerId, amount: 300_000, acceptedAt: AT.dueLater }),
  'disputes.offer-declined': () => ({ ...dispute, offerId: SAMPLE.offerId, declinedBy: 'BUYER', declinedAt: AT.dueLater }),
  'disputes.dispute-escalated': () => ({
    ...dispute,
    escalatedBy: 'BUYER',
    priority: true,
    mediatorDueAt: '2025-03-09T10:00:00.000Z',
    escalatedAt: AT.dueLater,
  }),
  'disputes.dispute-decided': () => ({
    ...dispute,
    decisionId: SAMPLE.decisionId,
    outcome: 'REFUND_PARTIAL',
    amount: 450_000,
    decidedBy: SAMPLE.operatorId,
    reason: 'Ảnh chụp cho thấy một bình bị vỡ khi nhận hàng.',
    onTime: true,
    decidedAt: '2025-03-07T10:00:00.000Z',
  }),
  'disputes.dispute-resolved': () => ({
    ...dispute,
    outcome: 'REFUND_PARTIAL',
    refundAmount: 450_000,
    resolvedBy: 'MEDIATOR_DECISION',
    moneyHeld: true,
    resolvedAt: '2025-03-07T10:00:00.000Z',
  }),
  'disputes.dispute-withdrawn': () => ({ ...dispute, withdrawnAt: AT.resolved }),
  'disputes.return-deadline-passed': () => ({ ...dispute, dueAt: '2025-03-14T10:00:00.000Z', passedAt: '2025-03-14T10:00:05.000Z' }),
  'disputes.deadline-reminder': () => ({
    ...dispute,
    deadline: 'MERCHANT_RESPONSE',
    dueAt: '2025-03-06T10:00:00.000Z',
    recipientRole: 'MERCHANT',
    remindedAt: AT.resolved,
  }),
  'disputes.vulnerable-flag-changed': () => ({
    ...dispute,
    change: 'CONFIRMED',
    vulnerable: true,
    category: 'ELDERLY',
    changedBy: SAMPLE.operatorId,
    reason: 'Người mua 78 tuổi, đã xác minh qua điện thoại.',
    changedAt: AT.resolved,
  }),
  'disputes.clawback-requested': () => ({ ...dispute, amount: 450_000, causeEventId: SAMPLE.eventId, requestedAt: '2025-03-07T10:00:00.000Z' }),
};
