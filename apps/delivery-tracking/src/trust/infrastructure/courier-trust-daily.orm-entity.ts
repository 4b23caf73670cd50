import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One courier's counters for one Vietnam day, upserted (incremented) in the transaction of each courier event. */
@Entity({ name: 'courier_trust_daily' })
export class CourierTrustDailyRecord {
  @PrimaryColumn({ name: 'courier_id', type: 'uuid' })
  courierId!: string;

  /** `YYYY-MM-DD`, Asia/Ho_Chi_Minh. */
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'integer' })
  shipments!: number;

  @Column({ type: 'integer' })
  exceptions!: number;

  @Column({ type: 'integer' })
  delivered!: number;

  @Column({ name: 'delivered_on_time', type: 'integer' })
  deliveredOnTime!: number;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'failed_attempts', type: 'integer' })
  failedAttempts!: number;
}
