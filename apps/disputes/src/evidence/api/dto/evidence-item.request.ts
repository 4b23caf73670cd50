import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, MaxLength, ValidateBy, ValidateIf } from 'class-validator';
import type { EvidenceItemInput } from '../../application/evidence-attachment';

/** One piece of evidence on the wire: `{fileId}` (uploaded before) or `{url}` (http/https), with a description. */
export class EvidenceItemRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'A file uploaded before (POST …/evidence-files). Exactly one of fileId and url.' })
  @ValidateIf((o: EvidenceItemRequest) => o.fileId !== undefined || o.url === undefined)
  @IsUUID('all', { message: 'fileId must be the id of an uploaded file (or give url instead)' })
  fileId?: string;

  @ApiPropertyOptional({ example: 'https://shop.example/listing/123', description: 'An http or https link, up to 2,000 characters.' })
  @ValidateIf((o: EvidenceItemRequest) => o.url !== undefined)
  @ValidateBy({
    name: 'notWithFileId',
    validator: { validate: (_v: unknown, args) => (args?.object as EvidenceItemRequest).fileId === undefined, defaultMessage: () => 'give either fileId or url, not both' },
  })
  @IsString()
  @Length(1, 2000)
  url?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  /** The item as the use cases take it. */
  static toInput(item: EvidenceItemRequest): EvidenceItemInput {
    return { fileId: item.fileId ?? null, url: item.url ?? null, description: item.description ?? null };
  }
}
