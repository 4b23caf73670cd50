import { ApiProperty } from '@nestjs/swagger';
import {
  DEADLINE_ROLES,
  type DeadlineRole,
  DISPUTE_DEADLINES,
  DISPUTE_OUTCOMES,
  DISPUTE_REASONS,
  type DisputeDeadline,
  type DisputeOutcome,
  type DisputeReason,
  type Escalator,
  ESCALATORS,
  HOLD_REFUSAL_REASONS,
  type HoldRefusalReason,
  MERCHANT_ACTIONS,
  type MerchantAction,
  REQUESTED_OUTCOMES,
  type RequestedOutcome,
  RESOLUTION_PATHS,
  type ResolutionPath,
  VULNERABLE_CATEGORIES,
  type VulnerableCategory,
} from '@trustcircle/contracts';
import { toVnLocalIso, type Vnd, vndToWire } from '@trustcircle/kernel';
import type { CourierCheckpointView } from '../../../evidence/application/courier-timeline/courier-timeline.query';
import type { DisputeView, EvidenceItemView } from '../../application/get-dispute-view/dispute-view';
import { DISPUTE_STATUS_TEXT } from '../../application/get-dispute-view/dispute-status-text';
import { AFTER_MEDIATOR_DECISION } from '../../domain/after-decision';
import { STATE_DEADLINES } from '../../domain/dispute-deadlines';
import { DISPUTE_STATES, type DisputeState } from '../../domain/dispute-state-machine';
import type { DisputeRecord, VulnerableStatus } from '../../infrastructure/dispute.orm-entity';
import { DISPUTE_MESSAGE_KINDS, type DisputeMessageRecord, type DisputeOfferRecord, type OfferState, type TrailAuthorRole } from '../../infrastructure/dispute-trail.orm-entities';

/**
 * Who a view is for: the buyer (buyer token), the marketplace (API key) or an operator. Only operators see who
 * (which marketplace account or mediator) wrote an entry and which mediator decided; evidence links point to the
 * viewer's side of the API.
 */
export type DisputeViewSide = 'buyer' | 'marketplace' | 'operator';

/** An instant as ISO UTC, or null. */
export function isoOrNull(at: Date | null): string | null {
  return at ? at.toISOString() : null;
}

/** An instant in Asia/Ho_Chi_Minh (`toVnLocalIso`), or null. */
export function localOrNull(at: Date | null): string | null {
  return at ? toVnLocalIso(at) : null;
}

/** An amount on the wire (whole VND), or null. */
export function vndOrNull(amount: Vnd | null): number | null {
  return amount === null ? null : vndToWire(amount);
}

/** Where a dispute's evidence file is served to `side`. */
export function evidenceContentUrl(side: DisputeViewSide, disputeId: string, evidenceId: string): string {
  return `${side === 'buyer' ? '/v1/public/disputes' : '/v1/disputes'}/${disputeId}/evidence/${evidenceId}/content`;
}

class StatusTextResponse {
  @ApiProperty({ example: 'Đang chờ người bán phản hồi' }) vi!: string;
  @ApiProperty({ example: 'Waiting for the seller’s answer' }) en!: string;
}

class VulnerableResponse {
  @ApiProperty({ enum: VULNERABLE_CATEGORIES }) category!: VulnerableCategory;
  @ApiProperty({ enum: ['DECLARED', 'CONFIRMED', 'REMOVED'], description: 'Declared by the buyer; confirmed or removed by a mediator.' }) status!: VulnerableStatus;
}

class CurrentDeadlineResponse {
  @ApiProperty({ enum: DISPUTE_DEADLINES }) deadline!: DisputeDeadline;
  @ApiProperty({ enum: DEADLINE_ROLES, description: 'Who must act before it.' }) actor!: DeadlineRole;
  @ApiProperty({ example: '2026-11-30T14:30:00.000Z' }) dueAt!: string;
  @ApiProperty({ example: '2026-11-30T21:30:00+07:00' }) dueAtLocal!: string;
}

class OfferResponse {
  @ApiProperty({ format: 'uuid' }) offerId!: string;
  @ApiProperty({ example: 300000, description: 'Whole VND.' }) amount!: number;
  @ApiProperty({ enum: ['PENDING', 'ACCEPTED', 'DECLINED', 'LAPSED', 'WITHDRAWN'] }) state!: OfferState;
  @ApiProperty() madeAt!: string;
  @ApiProperty() madeAtLocal!: string;
  @ApiProperty({ description: 'When the buyer must answer (silence escalates to a mediator).' }) buyerDueAt!: string;
  @ApiProperty() buyerDueAtLocal!: string;
  @ApiProperty({ nullable: true, type: String }) answeredAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) answeredAtLocal!: string | null;
}

class MessageResponse {
  @ApiProperty({ format: 'uuid' }) messageId!: string;
  @ApiProperty({ enum: DISPUTE_MESSAGE_KINDS, description: 'What the entry records.' }) kind!: string;
  @ApiProperty({ enum: ['BUYER', 'MERCHANT', 'MEDIATOR', 'SYSTEM'] }) authorRole!: TrailAuthorRole;
  @ApiProperty({ nullable: true, type: String, description: 'The marketplace or mediator account; shown to operators only (null otherwise).' }) authorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) body!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Whole VND (an offer, a refund).' }) amount!: number | null;
  @ApiProperty() at!: string;
  @ApiProperty() atLocal!: string;
}

class CourierCheckpointResponse {
  @ApiProperty({ enum: ['OUTBOUND', 'RETURN'] }) direction!: 'OUTBOUND' | 'RETURN';
  @ApiProperty() trackingNumber!: string;
  @ApiProperty({ example: 'DELIVERED' }) status!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty() occurredAtLocal!: string;
  @ApiProperty({ nullable: true, type: String }) location!: string | null;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
}

class EvidenceItemResponse {
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Null for the courier timeline (attached automatically, always current).' }) evidenceId!: string | null;
  @ApiProperty({ enum: ['FILE', 'LINK', 'COURIER_TIMELINE'] }) kind!: 'FILE' | 'LINK' | 'COURIER_TIMELINE';
  @ApiProperty({ enum: ['BUYER', 'MERCHANT', 'MEDIATOR', 'SYSTEM'] }) submittedByRole!: TrailAuthorRole;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The trail entry it came with.' }) messageId!: string | null;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ description: 'When it was attached (the courier timeline: its latest checkpoint).' }) at!: string;
  @ApiProperty() atLocal!: string;
  @ApiProperty({ nullable: true, type: String, example: 'image/jpeg', description: 'FILE: the type detected from the bytes.' }) contentType!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'FILE: bytes.' }) size!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'FILE: SHA-256 of the bytes (hex), to check a copy.' }) sha256!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'FILE: where to download it, on your side of the API (same credentials).' }) contentUrl!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'LINK: the http(s) link.' }) url!: string | null;
  @ApiProperty({ type: [CourierCheckpointResponse], nullable: true, description: 'COURIER_TIMELINE: the checkpoints, oldest first.' })
  checkpoints!: CourierCheckpointResponse[] | null;
}

class OutcomeResponse {
  @ApiProperty({ enum: DISPUTE_OUTCOMES }) outcome!: DisputeOutcome;
  @ApiProperty({ example: 1250000, description: 'Whole VND refunded to the buyer (0 for a release to the seller).' }) refundAmount!: number;
  @ApiProperty({ enum: RESOLUTION_PATHS }) resolvedBy!: ResolutionPath;
  @ApiProperty({ nullable: true, type: String, description: 'The mediator’s reasons.' }) decisionReason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The mediator who decided; shown to operators only.' }) decidedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) resolvedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) resolvedAtLocal!: string | null;
}

class AfterDecisionOptionResponse {
  @ApiProperty({ enum: ['CONSUMER_PROTECTION_AUTHORITY', 'COURT', 'COMMERCIAL_ARBITRATION'] }) code!: string;
  @ApiProperty() vi!: string;
  @ApiProperty() en!: string;
}

class AfterDecisionResponse {
  @ApiProperty() vi!: string;
  @ApiProperty() en!: string;
  @ApiProperty({ type: [AfterDecisionOptionResponse] }) options!: AfterDecisionOptionResponse[];
}

/**
 * `GET /v1/public/disputes/{id}` (buyer) and `GET /v1/disputes/{id}` (marketplace, operators): one dispute with
 * its state, every absolute deadline (UTC and Asia/Ho_Chi_Minh), the trail, the evidence (with the courier's
 * timeline), the offers and the outcome. Amounts are whole VND.
 */
export class DisputeViewResponse {
  @ApiProperty({ format: 'uuid' }) disputeId!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ example: 'TC-7KQ4-M2XD' }) orderCode!: string;
  @ApiProperty({ format: 'uuid' }) marketplaceId!: string;
  @ApiProperty() sellerId!: string;
  @ApiProperty({ enum: DISPUTE_STATES }) state!: DisputeState;
  @ApiProperty({ type: StatusTextResponse, description: 'The state in plain words.' }) statusText!: StatusTextResponse;
  @ApiProperty({ enum: DISPUTE_REASONS }) reason!: DisputeReason;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: REQUESTED_OUTCOMES }) requestedOutcome!: RequestedOutcome;
  @ApiProperty({ nullable: true, type: Number, description: 'REFUND_PARTIAL only.' }) requestedAmount!: number | null;
  @ApiProperty({ example: 1250000, description: 'The order total at filing (the ceiling of any refund).' }) orderTotal!: number;
  @ApiProperty({ type: VulnerableResponse, nullable: true, description: 'A vulnerable consumer’s declaration, if any.' }) vulnerable!: VulnerableResponse | null;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Whether escrow holds the money: null until escrow answered.' }) moneyHeld!: boolean | null;
  @ApiProperty({ enum: HOLD_REFUSAL_REASONS, nullable: true, description: 'Why escrow refused the hold (the money had left).' }) holdRefusalReason!: HoldRefusalReason | null;
  @ApiProperty({ type: CurrentDeadlineResponse, nullable: true, description: 'The deadline running now; null once the dispute is over.' }) currentDeadline!: CurrentDeadlineResponse | null;
  @ApiProperty({ description: 'The marketplace’s first-response deadline (silence: default judgment for the buyer).' }) merchantResponseDueAt!: string;
  @ApiProperty() merchantResponseDueAtLocal!: string;
  @ApiProperty({ nullable: true, type: String }) merchantRespondedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) merchantRespondedAtLocal!: string | null;
  @ApiProperty({ enum: MERCHANT_ACTIONS, nullable: true }) merchantAction!: MerchantAction | null;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Whether the first response came in time (false after a default judgment).' }) merchantOnTime!: boolean | null;
  @ApiProperty({ nullable: true, type: String }) escalatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) escalatedAtLocal!: string | null;
  @ApiProperty({ enum: ESCALATORS, nullable: true }) escalatedBy!: Escalator | null;
  @ApiProperty({ nullable: true, type: String, description: 'The mediator’s decision deadline.' }) mediatorDueAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) mediatorDueAtLocal!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the mediator’s deadline passed undecided.' }) mediatorBreachedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) mediatorBreachedAtLocal!: string | null;
  @ApiProperty() openedAt!: string;
  @ApiProperty() openedAtLocal!: string;
  @ApiProperty({ nullable: true, type: String, description: 'When the dispute reached RESOLVED, WITHDRAWN or CLOSED.' }) finishedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) finishedAtLocal!: string | null;
  @ApiProperty({ type: [OfferResponse], description: 'The marketplace’s offers, oldest first.' }) offers!: OfferResponse[];
  @ApiProperty({ type: [MessageResponse], description: 'The append-only trail, in order.' }) messages!: MessageResponse[];
  @ApiProperty({ type: [EvidenceItemResponse], description: 'Files and links in the order attached, then the courier timeline.' }) evidence!: EvidenceItemResponse[];
  @ApiProperty({ type: OutcomeResponse, nullable: true, description: 'The money outcome, once decided.' }) outcome!: OutcomeResponse | null;
  @ApiProperty({ type: AfterDecisionResponse, nullable: true, description: 'After a mediator’s decision: where the buyer can take the case next.' })
  afterDecision!: AfterDecisionResponse | null;

  static of(view: DisputeView, side: DisputeViewSide): DisputeViewResponse {
    const d = view.dispute;
    const running = d.currentDeadline && d.currentDueAt ? { deadline: d.currentDeadline, dueAt: d.currentDueAt } : null;
    return {
      disputeId: d.id,
      orderId: d.orderId,
      orderCode: d.orderCode,
      marketplaceId: d.marketplaceId,
      sellerId: d.sellerId,
      state: d.state,
      statusText: { ...DISPUTE_STATUS_TEXT[d.state] },
      reason: d.reason,
      description: d.description,
      requestedOutcome: d.requestedOutcome,
      requestedAmount: vndOrNull(d.requestedAmount),
      orderTotal: vndToWire(d.orderTotal),
      vulnerable: vulnerableOf(d),
      moneyHeld: d.moneyHeld,
      holdRefusalReason: d.holdRefusalReason,
      currentDeadline: running
        ? { deadline: running.deadline, actor: actorOf(running.deadline), dueAt: running.dueAt.toISOString(), dueAtLocal: toVnLocalIso(running.dueAt) }
        : null,
      merchantResponseDueAt: d.merchantResponseDueAt.toISOString(),
      merchantResponseDueAtLocal: toVnLocalIso(d.merchantResponseDueAt),
      merchantRespondedAt: isoOrNull(d.merchantRespondedAt),
      merchantRespondedAtLocal: localOrNull(d.merchantRespondedAt),
      merchantAction: d.merchantAction,
      merchantOnTime: d.merchantOnTime,
      escalatedAt: isoOrNull(d.escalatedAt),
      escalatedAtLocal: localOrNull(d.escalatedAt),
      escalatedBy: d.escalatedBy,
      mediatorDueAt: isoOrNull(d.mediatorDueAt),
      mediatorDueAtLocal: localOrNull(d.mediatorDueAt),
      mediatorBreachedAt: isoOrNull(d.mediatorBreachedAt),
      mediatorBreachedAtLocal: localOrNull(d.mediatorBreachedAt),
      openedAt: d.openedAt.toISOString(),
      openedAtLocal: toVnLocalIso(d.openedAt),
      finishedAt: isoOrNull(d.finishedAt),
      finishedAtLocal: localOrNull(d.finishedAt),
      offers: view.offers.map(offerOf),
      messages: view.messages.map((m) => messageOf(m, side)),
      evidence: [...view.evidence.map((e) => evidenceOf(e, d.id, side)), ...courierItem(view.courierTimeline)],
      outcome: outcomeOf(d, side),
      afterDecision: d.resolvedBy === 'MEDIATOR_DECISION' ? { vi: AFTER_MEDIATOR_DECISION.vi, en: AFTER_MEDIATOR_DECISION.en, options: AFTER_MEDIATOR_DECISION.options.map((o) => ({ ...o })) } : null,
    };
  }
}

/** The declaration, or null when none was made. */
export function vulnerableOf(d: Pick<DisputeRecord, 'vulnerableCategory' | 'vulnerableStatus'>): { category: VulnerableCategory; status: VulnerableStatus } | null {
  return d.vulnerableCategory && d.vulnerableStatus !== 'NONE' ? { category: d.vulnerableCategory, status: d.vulnerableStatus } : null;
}

function actorOf(deadline: DisputeDeadline): DeadlineRole {
  const found = Object.values(STATE_DEADLINES).find((s) => s?.deadline === deadline);
  return found ? found.role : 'MERCHANT';
}

function offerOf(o: DisputeOfferRecord): OfferResponse {
  return {
    offerId: o.id,
    amount: vndToWire(o.amount),
    state: o.state,
    madeAt: o.madeAt.toISOString(),
    madeAtLocal: toVnLocalIso(o.madeAt),
    buyerDueAt: o.buyerDueAt.toISOString(),
    buyerDueAtLocal: toVnLocalIso(o.buyerDueAt),
    answeredAt: isoOrNull(o.answeredAt),
    answeredAtLocal: localOrNull(o.answeredAt),
  };
}

function messageOf(m: DisputeMessageRecord, side: DisputeViewSide): MessageResponse {
  return {
    messageId: m.id,
    kind: m.kind,
    authorRole: m.authorRole,
    authorId: side === 'operator' ? m.authorId : null,
    body: m.body,
    amount: vndOrNull(m.amount),
    at: m.createdAt.toISOString(),
    atLocal: toVnLocalIso(m.createdAt),
  };
}

function evidenceOf({ record: e, file }: EvidenceItemView, disputeId: string, side: DisputeViewSide): EvidenceItemResponse {
  const isFile = e.kind === 'FILE';
  return {
    evidenceId: e.id,
    kind: e.kind,
    submittedByRole: e.submittedByRole,
    messageId: e.messageId,
    description: e.description,
    at: e.createdAt.toISOString(),
    atLocal: toVnLocalIso(e.createdAt),
    contentType: file?.contentType ?? null,
    size: file?.size ?? null,
    sha256: file?.sha256 ?? null,
    contentUrl: isFile ? evidenceContentUrl(side, disputeId, e.id) : null,
    url: isFile ? null : e.url,
    checkpoints: null,
  };
}

/** The courier's timeline as one SYSTEM evidence item (none when the courier reported nothing). */
function courierItem(checkpoints: readonly CourierCheckpointView[]): EvidenceItemResponse[] {
  if (checkpoints.length === 0) return [];
  const latest = checkpoints.reduce((a, c) => (c.occurredAt.getTime() > a.getTime() ? c.occurredAt : a), checkpoints[0].occurredAt);
  return [
    {
      evidenceId: null,
      kind: 'COURIER_TIMELINE',
      submittedByRole: 'SYSTEM',
      messageId: null,
      description: null,
      at: latest.toISOString(),
      atLocal: toVnLocalIso(latest),
      contentType: null,
      size: null,
      sha256: null,
      contentUrl: null,
      url: null,
      checkpoints: checkpoints.map((c) => ({
        direction: c.direction,
        trackingNumber: c.trackingNumber,
        status: c.status,
        occurredAt: c.occurredAt.toISOString(),
        occurredAtLocal: toVnLocalIso(c.occurredAt),
        location: c.location,
        description: c.description,
      })),
    },
  ];
}

function outcomeOf(d: DisputeRecord, side: DisputeViewSide): OutcomeResponse | null {
  if (!d.outcome || d.refundAmount === null || !d.resolvedBy) return null;
  return {
    outcome: d.outcome,
    refundAmount: vndToWire(d.refundAmount),
    resolvedBy: d.resolvedBy,
    decisionReason: d.decisionReason,
    decidedBy: side === 'operator' ? d.decidedBy : null,
    resolvedAt: isoOrNull(d.resolvedAt),
    resolvedAtLocal: localOrNull(d.resolvedAt),
  };
}
