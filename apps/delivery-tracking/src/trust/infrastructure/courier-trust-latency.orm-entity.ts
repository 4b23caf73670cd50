import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How many of a courier's events, received on a Vietnam day, arrived `minutes` (whole, 0–10080) after they happened. */
@Entity({ name: 'courier_trust_latency' })
export class CourierTrustLatencyRecord {
  @PrimaryColumn({ name: 'courier_id', type: 'uuid' })
  courierId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'integer' })
  minutes!: number;

  @Column({ type: 'integer' })
  events!: number;
}
