import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VERIFICATION_REASONS, type VerificationReason } from '../../domain/verification';

class VerificationChainResponse {
  @ApiProperty({ nullable: true, type: String })
  previousSha256!: string | null;

  @ApiProperty({ description: 'Escrow issued exactly this document and its previous hash is its chain’s previous document.' })
  matchesIssued!: boolean;
}

/** Whether a presented document is one escrow issued, unaltered. */
export class VerificationResponse {
  @ApiProperty()
  valid!: boolean;

  @ApiPropertyOptional({ enum: VERIFICATION_REASONS, description: 'Why it is not valid.' })
  reason?: VerificationReason;

  @ApiProperty({ nullable: true, type: String })
  documentId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  kid!: string | null;

  @ApiProperty()
  sha256!: string;

  @ApiProperty({ nullable: true, type: String })
  issuedAt!: string | null;

  @ApiProperty({ type: VerificationChainResponse })
  chain!: VerificationChainResponse;
}
