import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Why a session ended before its time. */
export type SessionRevocationReason = 'SIGNED_OUT' | 'REVOKED_BY_ADMIN' | 'REFRESH_TOKEN_REUSED' | 'CREDENTIALS_RESET';

/** A signed-in operator's session: refreshed until it is revoked, idle too long, or past its absolute end. */
@Entity({ name: 'operator_sessions' })
export class OperatorSessionRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'operator_id', type: 'uuid' })
  operatorId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The sign-in or the last refresh. */
  @Column({ name: 'last_used_at', type: 'timestamptz' })
  lastUsedAt!: Date;

  /** The absolute end. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason!: SessionRevocationReason | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent!: string | null;
}
