import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An operator's sign-in credentials: an argon2id hash of the password, and the TOTP secret sealed under the platform key. */
@Entity({ name: 'operator_credentials' })
export class OperatorCredentialsRecord {
  @PrimaryColumn({ name: 'operator_id', type: 'uuid' })
  operatorId!: string;

  /** PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`). */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  /** The base32 TOTP secret, sealed (AES-256-GCM) with AAD {@link totpSecretAad}. */
  @Column({ name: 'totp_secret_sealed', type: 'text' })
  totpSecretSealed!: string;

  @Column({ name: 'totp_enc_key_id', type: 'text' })
  totpEncKeyId!: string;

  /** The last TOTP time-step accepted: a code of this step or earlier is refused (bigint, as a string). */
  @Column({ name: 'totp_last_step', type: 'bigint' })
  totpLastStep!: string;

  @Column({ name: 'enrolled_at', type: 'timestamptz' })
  enrolledAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The AAD a TOTP secret is sealed with: it opens for its operator only. */
export function totpSecretAad(operatorId: string): string {
  return `operator-totp:${operatorId}`;
}
