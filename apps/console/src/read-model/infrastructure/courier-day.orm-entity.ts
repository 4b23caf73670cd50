import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A courier's checkpoints on one Vietnamese day, and how many were exceptions. */
@Entity({ name: 'rm_courier_days' })
export class CourierDayRecord {
  @PrimaryColumn('date') day!: string;
  @PrimaryColumn({ name: 'courier_id', type: 'uuid' }) courierId!: string;
  @Column('integer') events!: number;
  @Column('integer') exceptions!: number;
}
