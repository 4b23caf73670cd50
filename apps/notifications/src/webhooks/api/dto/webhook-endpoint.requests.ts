import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { MAX_DESCRIPTION_LENGTH, MAX_SUBSCRIBED_EVENTS } from '../../domain/webhook-endpoint-vocabulary';
import { MAX_WEBHOOK_URL_LENGTH } from '../../domain/webhook-url-rules';

const URL_DOC = 'https URL that receives the webhooks (at most 2000 characters, no user name or password, no fragment, not a private or loopback address).';
const EVENTS_DOC = 'Event types to receive (see the catalogue: marketplaces and payment partners each have theirs), or `["*"]` for all of yours, those added later included.';

/** Body of `POST /v1/webhook-endpoints`. */
export class CreateWebhookEndpointRequest {
  @ApiProperty({ example: 'https://shop.example.vn/hooks/trustcircle', maxLength: MAX_WEBHOOK_URL_LENGTH, description: URL_DOC })
  @IsString() @IsNotEmpty() @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  url!: string;

  @ApiProperty({ type: [String], example: ['disputes.dispute-opened', 'escrow.escrow-released'], description: EVENTS_DOC })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_SUBSCRIBED_EVENTS) @IsString({ each: true }) @MaxLength(100, { each: true })
  events!: string[];

  @ApiPropertyOptional({ maxLength: MAX_DESCRIPTION_LENGTH, example: 'Production receiver', nullable: true })
  @IsOptional() @IsString() @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string | null;
}

/** Body of `PATCH /v1/webhook-endpoints/{id}`: only the fields to change. */
export class UpdateWebhookEndpointRequest {
  @ApiPropertyOptional({ maxLength: MAX_WEBHOOK_URL_LENGTH, description: URL_DOC })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  url?: string;

  @ApiPropertyOptional({ type: [String], description: EVENTS_DOC })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_SUBSCRIBED_EVENTS) @IsString({ each: true }) @MaxLength(100, { each: true })
  events?: string[];

  @ApiPropertyOptional({ maxLength: MAX_DESCRIPTION_LENGTH, nullable: true, description: 'null clears it.' })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsString() @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string | null;

  @ApiPropertyOptional({ enum: ['ENABLED', 'DISABLED'], description: '`ENABLED` re-enables a disabled endpoint (its failing streak forgotten); `DISABLED` pauses it.' })
  @IsOptional() @IsIn(['ENABLED', 'DISABLED'])
  status?: 'ENABLED' | 'DISABLED';
}
