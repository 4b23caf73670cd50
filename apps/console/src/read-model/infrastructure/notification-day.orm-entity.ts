import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Notification attempts on one Vietnamese day and channel: sent, failed for good, failed and retried. */
@Entity({ name: 'rm_notification_days' })
export class NotificationDayRecord {
  @PrimaryColumn('date') day!: string;
  @PrimaryColumn('text') channel!: string;
  @Column('integer') sent!: number;
  @Column('integer') failed!: number;
  @Column('integer') retried!: number;
}
