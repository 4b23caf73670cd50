import { VndColumn } from '@trustcircle/database';
import type { Vnd } from '@trustcircle/kernel';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who wrote an entry of a dispute's trail. SYSTEM: a deadline, escrow's answer, a delivery fact. */
export type TrailAuthorRole = 'BUYER' | 'MERCHANT' | 'MEDIATOR' | 'SYSTEM';

/**
 * What an entry of the trail records. Party actions carry the party's message (`body`); SYSTEM entries record
 * what the platform did on its own (deadlines, escrow's answer to the hold, the return shipment).
 */
export const DISPUTE_MESSAGE_KINDS = [
  'FILED',
  'REPLY',
  'HOLD_ACCEPTED',
  'HOLD_REFUSED',
  'MERCHANT_ACCEPTED',
  'MERCHANT_REJECTED',
  'OFFER_MADE',
  'OFFER_ACCEPTED',
  'OFFER_DECLINED',
  'OFFER_LAPSED',
  'ESCALATED',
  'DEFAULT_JUDGMENT',
  'CLOSED_NOT_ESCALATED',
  'MEDIATOR_DEADLINE_BREACHED',
  'DECIDED',
  'VULNERABLE_CONFIRMED',
  'VULNERABLE_REMOVED',
  'WITHDRAWN',
  'RETURN_DELIVERED',
  'RETURN_NOT_SHIPPED',
] as const;
export type DisputeMessageKind = (typeof DISPUTE_MESSAGE_KINDS)[number];

/** One entry of a dispute's append-only trail (a trigger refuses updates and deletes). */
@Entity({ name: 'dispute_messages' })
export class DisputeMessageRecord {
  @PrimaryColumn('uuid')
  id!: string;

  /** Order of the trail (assigned by the database). */
  @Column({ type: 'bigint', insert: false, update: false, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq!: number;

  @Column({ name: 'dispute_id', type: 'uuid' })
  disputeId!: string;

  @Column({ name: 'author_role', type: 'text' })
  authorRole!: TrailAuthorRole;

  /** The marketplace (partner id) or mediator (operator id); null for the buyer and the system. */
  @Column({ name: 'author_id', type: 'text', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  kind!: DisputeMessageKind;

  /** The party's words (up to 5,000 characters), or null. */
  @Column({ type: 'text', nullable: true })
  body!: string | null;

  /** An amount the entry is about (an offer, a refund), whole VND, or null. */
  @VndColumn({ nullable: true })
  amount!: Vnd | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One piece of evidence attached to a dispute: a stored file or a link. Append-only. */
@Entity({ name: 'dispute_evidence' })
export class DisputeEvidenceRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq!: number;

  @Column({ name: 'dispute_id', type: 'uuid' })
  disputeId!: string;

  /** The trail entry it came with, if any. */
  @Column({ name: 'message_id', type: 'uuid', nullable: true })
  messageId!: string | null;

  @Column({ name: 'submitted_by_role', type: 'text' })
  submittedByRole!: TrailAuthorRole;

  @Column({ type: 'text' })
  kind!: 'FILE' | 'LINK';

  /** The evidence store's file id (FILE). */
  @Column({ name: 'file_id', type: 'uuid', nullable: true })
  fileId!: string | null;

  /** An http(s) link (LINK). */
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Where an offer stands. WITHDRAWN: the buyer withdrew the dispute while it was pending. */
export type OfferState = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'LAPSED' | 'WITHDRAWN';

/** A marketplace's partial-refund offer (at most one pending per dispute). */
@Entity({ name: 'dispute_offers' })
export class DisputeOfferRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'dispute_id', type: 'uuid' })
  disputeId!: string;

  @VndColumn()
  amount!: Vnd;

  @Column({ type: 'text' })
  state!: OfferState;

  @Column({ name: 'made_at', type: 'timestamptz' })
  madeAt!: Date;

  @Column({ name: 'buyer_due_at', type: 'timestamptz' })
  buyerDueAt!: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}
