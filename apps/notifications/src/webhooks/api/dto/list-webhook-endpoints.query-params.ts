import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** Query of `GET /v1/webhook-endpoints`. */
export class ListWebhookEndpointsQueryParams {
  @ApiPropertyOptional({ format: 'uuid', description: 'Operators: only this partner’s endpoints (deleted ones included). A partner always sees only its own.' })
  @IsOptional() @IsUUID()
  partnerId?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;
}
