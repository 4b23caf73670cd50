import type { Ed25519PublicJwkV1, PartnerApiKeyV1, PartnerKind, PartnerSettingsV1, PartnerStatus, PartnerWebhookSecretV1, SigningKeyStatus } from '@trustcircle/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A partner as this service learned it (`partner_directory`; see `partnerDirectoryTablesV1`). */
@Entity({ name: 'partner_directory' })
export class PartnerDirectoryRecord {
  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column('text')
  kind!: PartnerKind;

  @Column('text')
  status!: PartnerStatus;

  @Column('text')
  name!: string;

  /** The event's `revision`; only a higher one overwrites. */
  @Column('integer')
  version!: number;

  /** Hashes only. */
  @Column({ name: 'api_keys', type: 'jsonb' })
  apiKeys!: PartnerApiKeyV1[];

  /** Sealed only. */
  @Column({ name: 'webhook_secrets', type: 'jsonb' })
  webhookSecrets!: PartnerWebhookSecretV1[];

  @Column({ name: 'marketplace_ids', type: 'uuid', array: true })
  marketplaceIds!: string[];

  @Column('jsonb')
  settings!: PartnerSettingsV1;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz', insert: false, update: false })
  receivedAt!: Date;
}

/** A public key operator tokens are signed with (`operator_signing_keys`). */
@Entity({ name: 'operator_signing_keys' })
export class OperatorSigningKeyRecord {
  @PrimaryColumn('text')
  kid!: string;

  @Column('text')
  alg!: 'EdDSA';

  @Column('jsonb')
  jwk!: Ed25519PublicJwkV1;

  @Column('text')
  status!: SigningKeyStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @Column({ name: 'not_after', type: 'timestamptz', nullable: true })
  notAfter!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The directory's entities, for a service's entity list. */
export const PARTNER_DIRECTORY_ENTITIES = [PartnerDirectoryRecord, OperatorSigningKeyRecord];
