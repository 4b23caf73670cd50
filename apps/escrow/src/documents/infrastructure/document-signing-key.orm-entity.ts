import type { Ed25519PublicJwk } from '@trustcircle/security';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The life of a document signing key: ACTIVE signs (one at a time), RETIRED only verifies, REVOKED neither. */
export type SigningKeyStatus = 'ACTIVE' | 'RETIRED' | 'REVOKED';

/** An Ed25519 key that signs documents; the private key sealed under the platform key (AAD: `document-signing-key:<kid>`). */
@Entity({ name: 'document_signing_keys' })
export class DocumentSigningKeyRecord {
  /** RFC 7638 thumbprint of the public JWK. */
  @PrimaryColumn('text')
  kid!: string;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk!: Ed25519PublicJwk;

  /** PKCS#8 DER of the private key, sealed (base64 of IV ‖ ciphertext ‖ tag). */
  @Column({ name: 'sealed_private_key', type: 'text' })
  sealedPrivateKey!: string;

  /** The platform key that sealed it. */
  @Column({ name: 'sealing_key_id', type: 'text' })
  sealingKeyId!: string;

  @Column({ type: 'text' })
  status!: SigningKeyStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;
}
