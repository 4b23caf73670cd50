import { ApiProperty } from '@nestjs/swagger';
import { OPERATOR_ROLES, type OperatorRole } from '@trustcircle/security';
import type { IssuedSession } from '../../application/issued-session';

/** The signed-in operator. */
export class SessionOperatorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'nguyen.lan' }) name!: string;
  @ApiProperty({ enum: OPERATOR_ROLES, example: 'mediator' }) role!: OperatorRole;
}

/** A session's tokens, as a sign-in or a refresh answers them. */
export class SessionResponse {
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'The operator token (EdDSA JWT) for `Authorization: Bearer`, at the console and every service.' }) accessToken!: string;
  @ApiProperty({ description: 'When the access token expires; refresh before.', example: '2026-03-01T08:10:00.000Z' }) expiresAt!: string;
  @ApiProperty({ description: 'Seconds until then.', example: 600 }) expiresIn!: number;
  @ApiProperty({ description: 'Single use: a refresh answers a new one. Also set as the `tc_refresh` cookie (HttpOnly, Path=/v1/auth).', example: 'tcrt_…' })
  refreshToken!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ description: "The session's absolute end: sign in again then.", example: '2026-03-01T16:00:00.000Z' }) sessionExpiresAt!: string;
  @ApiProperty({ type: SessionOperatorDto }) operator!: SessionOperatorDto;

  static of(s: IssuedSession): SessionResponse {
    return {
      tokenType: 'Bearer',
      accessToken: s.accessToken,
      expiresAt: s.accessTokenExpiresAt.toISOString(),
      // The token's exp − iat (whole seconds).
      expiresIn: Math.max(0, Math.round(s.accessTokenExpiresAt.getTime() / 1000) - Math.floor(s.issuedAt.getTime() / 1000)),
      refreshToken: s.refreshToken,
      sessionId: s.sessionId,
      sessionExpiresAt: s.sessionExpiresAt.toISOString(),
      operator: s.operator,
    };
  }
}
