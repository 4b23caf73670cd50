import { ApiProperty } from '@nestjs/swagger';

/** The outcome of a signing key rotation. */
export class RotationResponse {
  @ApiProperty({ description: 'The new active key.' })
  kid!: string;

  @ApiProperty({ nullable: true, type: String, description: 'The key retired (it keeps verifying).' })
  retiredKid!: string | null;
}
