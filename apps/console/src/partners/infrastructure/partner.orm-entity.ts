import type { PartnerKind, PartnerSettingsV1, PartnerStatus } from '@trustcircle/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A partner of the registry: marketplace, courier or payment partner. Never deleted: disabled. */
@Entity({ name: 'partners' })
export class PartnerRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: PartnerKind;

  @Column('text')
  name!: string;

  @Column('text')
  status!: PartnerStatus;

  /** +1 per change; the `revision` of its `partners.partner-upserted` events. */
  @Column('integer')
  revision!: number;

  /** Effective settings (every field set). */
  @Column('jsonb')
  settings!: PartnerSettingsV1;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
