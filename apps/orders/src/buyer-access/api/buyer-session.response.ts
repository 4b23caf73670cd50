import { ApiProperty } from '@nestjs/swagger';

/** A buyer token for one order. */
export class BuyerSessionResponse {
  @ApiProperty({ example: 'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCIsImtpZCI6Ii4uLiJ9.eyJzdWIiOiIuLi4ifQ.c2ln', description: 'Send as Authorization: Bearer on /v1/public/orders/{code}.' })
  accessToken!: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({ example: 1800, description: 'Seconds until the token expires.' })
  expiresIn!: number;

  @ApiProperty({ example: '2026-11-29T15:00:00.000Z' })
  expiresAt!: string;

  @ApiProperty({ example: 'TC-7KQ4-M2XD', description: 'The one order the token opens.' })
  orderCode!: string;
}
