import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StoredSigningSecret } from '../domain/signing-secrets';
import type { WebhookOwnerKind } from '../domain/webhook-event-types';
import type { WebhookDisabledReason, WebhookEndpointStatus } from '../domain/webhook-endpoint-vocabulary';

/**
 * A partner's webhook endpoint: where its webhooks go, which event types, and the secrets they are signed with
 * (sealed under the platform key, never in clear). A deleted endpoint stays, DISABLED with reason DELETED and no
 * secrets, for the audit trail; its owner no longer sees it.
 */
@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpointRecord {
  @PrimaryColumn('uuid')
  id!: string;

  /** The partner (marketplace or payment partner) that owns it. */
  @Column({ name: 'owner_partner_id', type: 'uuid' })
  ownerPartnerId!: string;

  @Column({ name: 'owner_kind', type: 'text' })
  ownerKind!: WebhookOwnerKind;

  /** Normalised https URL (at most 2000 characters, no credentials). May hold a token in its path: never log it. */
  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Subscribed event types, or `["*"]`. */
  @Column({ type: 'text', array: true })
  events!: string[];

  @Column({ type: 'text' })
  status!: WebhookEndpointStatus;

  /** Set exactly when DISABLED. */
  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason!: WebhookDisabledReason | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** When deliveries started failing without a success since; null while healthy. */
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true })
  failingSince!: Date | null;

  /** The current secret, and the previous one during a rotation's overlap; sealed. Empty once deleted. */
  @Column({ type: 'jsonb' })
  secrets!: StoredSigningSecret[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
