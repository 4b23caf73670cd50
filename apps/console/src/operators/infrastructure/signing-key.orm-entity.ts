import type { SigningKeyStatus } from '@trustcircle/contracts';
import type { Ed25519PublicJwk } from '@trustcircle/security';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An Ed25519 key operator tokens are signed with; the private key (PKCS#8) sealed under the platform key, AAD = kid. */
@Entity({ name: 'signing_keys' })
export class SigningKeyRecord {
  /** RFC 7638 thumbprint of the public key: the tokens' `kid`. */
  @PrimaryColumn('text')
  kid!: string;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk!: Ed25519PublicJwk;

  @Column({ name: 'private_key_sealed', type: 'text' })
  privateKeySealed!: string;

  @Column({ name: 'enc_key_id', type: 'text' })
  encKeyId!: string;

  @Column('text')
  status!: SigningKeyStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @Column({ name: 'not_after', type: 'timestamptz', nullable: true })
  notAfter!: Date | null;
}
