import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How many orders entered a status during one minute. */
@Entity({ name: 'rm_status_minutes' })
export class StatusMinuteRecord {
  @PrimaryColumn({ type: 'timestamptz' }) minute!: Date;
  @PrimaryColumn('text') status!: string;
  @Column('integer') orders!: number;
}
