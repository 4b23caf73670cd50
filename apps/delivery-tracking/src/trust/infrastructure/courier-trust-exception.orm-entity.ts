import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A shipment already counted as an exception for its courier's trust (each shipment counts once). */
@Entity({ name: 'courier_trust_exceptions' })
export class CourierTrustExceptionRecord {
  @PrimaryColumn({ name: 'shipment_id', type: 'uuid' })
  shipmentId!: string;

  @Column({ name: 'courier_id', type: 'uuid' })
  courierId!: string;

  @Column({ type: 'date' })
  day!: string;
}
