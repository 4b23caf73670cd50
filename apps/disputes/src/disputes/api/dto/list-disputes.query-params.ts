import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { DISPUTE_STATES, type DisputeState } from '../../domain/dispute-state-machine';

/** Query of `GET /v1/disputes` (a marketplace's own disputes, or every dispute for operators). */
export class ListDisputesQueryParams {
  @ApiPropertyOptional({ enum: DISPUTE_STATES, description: 'Only disputes in this state.' })
  @IsOptional()
  @IsIn(DISPUTE_STATES, { message: `status must be one of ${DISPUTE_STATES.join(', ')}` })
  status?: DisputeState;

  @ApiPropertyOptional({ format: 'uuid', description: 'Operators: only this marketplace’s disputes. A marketplace always sees only its own.' })
  @IsOptional()
  @IsUUID()
  marketplaceId?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

/** Query of `GET /v1/disputes/queue` (mediators). */
export class MediatorQueueQueryParams {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this marketplace’s cases.' })
  @IsOptional()
  @IsUUID()
  marketplaceId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50, description: 'How many cases from the head of the queue.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
