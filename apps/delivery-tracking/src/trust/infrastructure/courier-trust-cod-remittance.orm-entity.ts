import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One COD remittance line of a courier (from `escrow.cod-remitted`): its age, counted on the day it was transferred. */
@Entity({ name: 'courier_trust_cod_remittances' })
export class CourierTrustCodRemittanceRecord {
  @PrimaryColumn({ name: 'courier_id', type: 'uuid' })
  courierId!: string;

  @PrimaryColumn({ name: 'tracking_number', type: 'text' })
  trackingNumber!: string;

  /** The Vietnam day the courier transferred the line. */
  @Column({ type: 'date' })
  day!: string;

  /** Whole minutes from collected at the door to transferred. */
  @Column({ name: 'age_minutes', type: 'integer' })
  ageMinutes!: number;
}
