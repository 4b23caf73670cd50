import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One event in a partner's catch-up feed (`GET /v1/events`), at most once per (owner, event). `seq` orders each
 * owner's feed: appends of one owner are serialised (see EventFeedWriter), so a reader never sees a later entry
 * before an earlier one commits.
 */
@Entity({ name: 'event_feed' })
export class EventFeedEntryRecord {
  /** Assigned by the database (a bigint, in decimal). */
  @PrimaryColumn({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ name: 'owner_partner_id', type: 'uuid' })
  ownerPartnerId!: string;

  /** The source event's id (its envelope id). */
  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** The event's data as the owner receives it (the webhook body's `data`). */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
