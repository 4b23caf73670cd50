import { ApiProperty } from '@nestjs/swagger';

/** The answer to a filed complaint. */
export class DisputeFiledResponse {
  @ApiProperty({ format: 'uuid' })
  disputeId!: string;

  @ApiProperty({ example: 'AWAITING_MERCHANT' })
  state!: string;

  @ApiProperty({ example: '2026-11-30T14:30:00.000Z', description: 'When the marketplace must answer (UTC); silence then is a default judgment.' })
  merchantResponseDueAt!: string;

  @ApiProperty({ example: '2026-11-30T21:30:00+07:00', description: 'The same instant in Asia/Ho_Chi_Minh.' })
  merchantResponseDueAtLocal!: string;
}
