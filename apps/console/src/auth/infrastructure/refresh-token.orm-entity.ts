import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A refresh token of a session, by its SHA-256. The current one has no `rotatedAt`; rotated ones are kept so that
 * presenting one again is recognised as theft (the session is revoked).
 */
@Entity({ name: 'operator_refresh_tokens' })
export class RefreshTokenRecord {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt!: Date | null;
}
