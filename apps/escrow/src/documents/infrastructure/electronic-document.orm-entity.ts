import type { DocumentKind, DocumentSubject } from '@trustcircle/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ElectronicDocument } from '../domain/electronic-document';

/** An issued electronic document (immutable: the database refuses UPDATE and DELETE). */
@Entity({ name: 'documents' })
export class ElectronicDocumentRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'text' })
  kind!: DocumentKind;

  @Column({ type: 'text' })
  subject!: DocumentSubject;

  /** The order; null for a partner settlement statement. */
  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  /** Who may read it besides operators and the order's buyer: the order's marketplace… */
  @Column({ name: 'marketplace_id', type: 'uuid', nullable: true })
  marketplaceId!: string | null;

  /** …and the payment partner that funded the order (or whose statement it is). */
  @Column({ name: 'payment_partner_id', type: 'uuid', nullable: true })
  paymentPartnerId!: string | null;

  /** `order:<orderId>` or `partner:<partnerId>`. */
  @Column({ name: 'chain_key', type: 'text' })
  chainKey!: string;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ name: 'source_event_id', type: 'uuid' })
  sourceEventId!: string;

  @Column({ name: 'source_event_type', type: 'text' })
  sourceEventType!: string;

  /** The signed payload (as signed; the JWS is the authority). */
  @Column({ type: 'jsonb' })
  content!: ElectronicDocument;

  @Column({ type: 'text' })
  jws!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'previous_sha256', type: 'text', nullable: true })
  previousSha256!: string | null;

  @Column({ name: 'signing_key_id', type: 'text' })
  signingKeyId!: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;
}
