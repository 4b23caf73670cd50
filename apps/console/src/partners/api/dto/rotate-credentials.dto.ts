import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { RotationTarget } from '../../application/rotate-credentials/rotate-credentials.use-case';

/** Body of `POST /v1/admin/partners/{id}/credential-rotations`. */
export class RotateCredentialsDto {
  @ApiPropertyOptional({ enum: ['all', 'api-key', 'webhook-secret'], default: 'all', example: 'all' })
  @IsOptional() @IsIn(['all', 'api-key', 'webhook-secret'])
  credential?: RotationTarget;

  @ApiPropertyOptional({ description: 'Hours the current credentials stay valid (default 72); 0 ends them at once.', minimum: 0, maximum: 720, example: 72 })
  @IsOptional() @IsInt() @Min(0) @Max(720)
  overlapHours?: number;
}
