import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MANUAL_ACTION_STATUSES, type ManualActionStatus } from '../../../read-model/domain/manual-action-status';

/** Query of `GET /v1/admin/manual-actions`. */
export class ListManualActionsDto {
  @ApiPropertyOptional({
    enum: MANUAL_ACTION_STATUSES,
    description: 'PROPOSED: the queue, awaiting a second admin, oldest first. APPROVED or REJECTED: newest decision first. Omitted: all, newest activity first.',
  })
  @IsOptional() @IsIn(MANUAL_ACTION_STATUSES)
  status?: ManualActionStatus;

  @ApiPropertyOptional({ description: 'One order’s manual actions.', format: 'uuid' })
  @IsOptional() @IsUUID()
  orderId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page (same status).' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;
}
