import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who uploads evidence files: a buyer (for one order), a marketplace, or a mediator. */
export type EvidenceUploaderRole = 'BUYER' | 'MERCHANT' | 'MEDIATOR';

/**
 * Who uploaded an evidence file, and so who may attach it: exactly one owner column is set (a check constraint):
 * `orderId` for a buyer, `marketplaceId` for a marketplace, `operatorId` for a mediator. Append-only.
 */
@Entity({ name: 'evidence_uploads' })
export class EvidenceUploadRecord {
  /** The evidence store's file id. */
  @PrimaryColumn({ name: 'file_id', type: 'uuid' })
  fileId!: string;

  @Column({ name: 'uploader_role', type: 'text' })
  uploaderRole!: EvidenceUploaderRole;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'marketplace_id', type: 'uuid', nullable: true })
  marketplaceId!: string | null;

  @Column({ name: 'operator_id', type: 'uuid', nullable: true })
  operatorId!: string | null;

  /** The name the uploader gave, sanitised (`sanitiseFileName`), or null. Shown, never trusted. */
  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
