import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { NATIVE_FORMATS, type NativeFormat } from '../../domain/native-format';

/** Body of `POST /v1/couriers/{courierId}/native-token`. */
export class IssueNativeTokenBody {
  @ApiProperty({ enum: NATIVE_FORMATS, description: 'The courier’s own webhook format the token is for (GHN: in the URL path; Viettel Post: the body’s TOKEN).' })
  @IsIn(NATIVE_FORMATS)
  format!: NativeFormat;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 168,
    description: 'Hours the token(s) it replaces stay valid (default NATIVE_TOKEN_ROTATION_GRACE_HOURS, 24). 0 replaces them at once (a leaked token).',
  })
  @IsOptional() @IsInt() @Min(0) @Max(168)
  previousValidForHours?: number;
}
