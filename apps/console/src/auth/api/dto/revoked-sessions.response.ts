import { ApiProperty } from '@nestjs/swagger';

/** What an admin revocation did. */
export class RevokedSessionsResponse {
  @ApiProperty({ format: 'uuid' }) operatorId!: string;
  @ApiProperty({ description: 'Live sessions ended now (0 when none).', example: 2 }) revokedSessions!: number;
}
