import { ApiPropertyOptional } from '@nestjs/swagger';
import { SERVICE_NAMES } from '@trustcircle/contracts';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { AuditSource } from '../../domain/audit-entry';

const AUDIT_SOURCES: readonly AuditSource[] = SERVICE_NAMES;

/** Query of `GET /v1/admin/audit`. */
export class ListAuditDto {
  @ApiPropertyOptional({ description: 'Entries by this operator.', format: 'uuid' })
  @IsOptional() @IsUUID()
  operatorId?: string;

  @ApiPropertyOptional({ description: 'An action, or a prefix ending in `.*` (`partner.*`).', example: 'auth.sign-in' })
  @IsOptional() @IsString() @MaxLength(100) @Matches(/^[a-z][a-z0-9.-]*(\.\*)?$/, { message: 'action must be a dotted lowercase action, optionally ending in .*' })
  action?: string;

  @ApiPropertyOptional({ description: 'Entries about this target (a partner or operator id; failed sign-ins name the operator here).' })
  @IsOptional() @IsString() @MaxLength(200)
  targetId?: string;

  @ApiPropertyOptional({ description: 'Entries from this source: `console`, or the service where operators acted (`escrow`, `disputes`).', enum: AUDIT_SOURCES })
  @IsOptional() @IsIn(AUDIT_SOURCES)
  source?: AuditSource;

  @ApiPropertyOptional({ description: 'From this instant (ISO 8601), inclusive.', example: '2026-03-01T00:00:00+07:00' })
  @IsOptional() @Type(() => Date) @IsDate()
  from?: Date;

  @ApiPropertyOptional({ description: 'Until this instant (ISO 8601), exclusive.' })
  @IsOptional() @Type(() => Date) @IsDate()
  to?: Date;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;
}
