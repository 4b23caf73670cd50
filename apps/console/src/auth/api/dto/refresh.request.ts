import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Body of `POST /v1/auth/sessions/refresh`: the refresh token, unless the browser's cookie carries it. */
export class RefreshRequest {
  @ApiPropertyOptional({ description: 'The current refresh token. Browsers leave it out: the `tc_refresh` cookie carries it.', example: 'tcrt_Jq3vXw1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9' })
  @IsOptional() @IsString() @MaxLength(100)
  refreshToken?: string;
}
