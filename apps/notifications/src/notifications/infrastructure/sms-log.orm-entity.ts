import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the development SMS provider "sent": stored instead of delivered, so people and tests can read it. */
@Entity({ name: 'sms_log' })
export class SmsLogRecord {
  @PrimaryColumn('uuid')
  id!: string;

  /** E.164 phone. */
  @Column({ name: 'to_phone', type: 'text' })
  toPhone!: string;

  @Column({ type: 'text' })
  body!: string;

  /** The sender's idempotency key: one stored message per key. */
  @Column({ name: 'idempotency_key', type: 'text', unique: true })
  idempotencyKey!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
