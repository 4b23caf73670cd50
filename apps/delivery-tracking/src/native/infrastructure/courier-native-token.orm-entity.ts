import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NativeFormat } from '../domain/native-format';

/**
 * A courier's native webhook token (hash only): valid while `expiresAt` is null (the current one) or in the
 * future (the previous one, during its rotation grace).
 */
@Entity({ name: 'courier_native_tokens' })
export class CourierNativeTokenRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'courier_id', type: 'uuid' })
  courierId!: string;

  @Column({ type: 'text' })
  format!: NativeFormat;

  /** SHA-256 (lowercase hex) of the token. The token itself is never stored. */
  @Column({ name: 'token_sha256', type: 'text' })
  tokenSha256!: string;

  /** The operator who issued it. */
  @Column({ name: 'issued_by', type: 'text' })
  issuedBy!: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  /** Null: the current token. Set when a newer one is issued (the end of its grace period). */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
}
