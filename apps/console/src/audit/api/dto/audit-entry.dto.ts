import { ApiProperty } from '@nestjs/swagger';

/** Who acted. */
export class AuditActorDto {
  @ApiProperty({ enum: ['OPERATOR', 'CLI', 'ANONYMOUS'], description: 'ANONYMOUS: a failed sign-in (the operator named is the target).' }) type!: string;
  @ApiProperty({ nullable: true, type: String, description: "The operator's name, or the OS user of the admin CLI.", example: 'nguyen.lan' }) name!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) operatorId!: string | null;
  @ApiProperty({ nullable: true, enum: ['viewer', 'mediator', 'admin'], description: 'The role the operator acted with.' }) role!: string | null;
}

/** What the action was about. */
export class AuditTargetDto {
  @ApiProperty({ example: 'partner' }) type!: string;
  @ApiProperty({ example: '7d0c6a52-5f3e-4b8e-9a51-0f6c2e9b1a44' }) id!: string;
}

/** Where the request came from. */
export class AuditOriginDto {
  @ApiProperty({ nullable: true, type: String, example: '203.0.113.7' }) ip!: string | null;
  @ApiProperty({ nullable: true, type: String }) userAgent!: string | null;
}

/** The event that told of an operator action done at another service. */
export class AuditSourceEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'escrow.manual-action-decided' }) type!: string;
}

/** One line of the audit trail. */
export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026-03-01T08:00:00.000Z' }) at!: string;
  @ApiProperty({ type: AuditActorDto }) actor!: AuditActorDto;
  @ApiProperty({ example: 'partner.create' }) action!: string;
  @ApiProperty({ enum: ['SUCCEEDED', 'FAILED'] }) outcome!: string;
  @ApiProperty({ type: AuditTargetDto, nullable: true }) target!: AuditTargetDto | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Route parameters, query, request body and, for a failure, its status and problem type; secrets removed, phones masked.',
  })
  detail!: Record<string, unknown>;
  @ApiProperty({ type: AuditOriginDto }) origin!: AuditOriginDto;
  @ApiProperty({ nullable: true, type: String }) correlationId!: string | null;
  @ApiProperty({
    enum: ['console', 'escrow', 'disputes'],
    description: '`console` for the console’s own actions; otherwise the service where the operator acted, whose event told of it (no origin then).',
  })
  source!: string;
  @ApiProperty({ type: AuditSourceEventDto, nullable: true, description: 'The event of `source` that told of the action; null for the console’s own.' })
  sourceEvent!: AuditSourceEventDto | null;
}

/** A page of the audit trail, newest first. */
export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty({ nullable: true, type: String, example: null }) nextCursor!: string | null;
}
