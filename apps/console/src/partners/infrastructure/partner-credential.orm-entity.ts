import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a credential is. */
export type CredentialType = 'API_KEY' | 'WEBHOOK_SECRET';
export type CredentialStatus = 'ACTIVE' | 'REVOKED';

/**
 * One credential of a partner: an API key (its SHA-256 only) or a webhook signing secret (sealed under the
 * platform key, AAD `<partnerId>:<id>`). Never in clear. Valid while ACTIVE and before `expiresAt`.
 */
@Entity({ name: 'partner_credentials' })
export class PartnerCredentialRecord {
  /** The API key's key id, or the secret's id (`ws_…`). */
  @PrimaryColumn('text')
  id!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column('text')
  type!: CredentialType;

  /** API keys: SHA-256 (hex) of the whole key. */
  @Column({ type: 'text', nullable: true })
  sha256!: string | null;

  /** Webhook secrets: the sealed secret. */
  @Column({ type: 'text', nullable: true })
  ciphertext!: string | null;

  /** Webhook secrets: the platform key that sealed it. */
  @Column({ name: 'enc_key_id', type: 'text', nullable: true })
  encKeyId!: string | null;

  @Column('text')
  status!: CredentialStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Set by a rotation: the old credential stays valid until then. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
