import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/**
 * `POST /v1/documents/verify`: the compact JWS, alone or inside the document as `GET /v1/documents/{id}` returns
 * it (then `content` and `sha256` must match the JWS; the other fields are informative).
 */
export class VerifyDocumentBody {
  @ApiProperty({ description: 'The compact JWS of the document.' })
  @IsString()
  @MaxLength(65_536)
  @Matches(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, { message: 'jws must be a compact JWS (three base64url parts)' })
  jws!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'The content shown with the JWS; must equal its payload.' })
  @IsOptional()
  @IsObject()
  content?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'The hash shown with the JWS; must be its SHA-256.' })
  @IsOptional()
  @IsString()
  sha256?: string;

  @ApiPropertyOptional() @Allow() id?: unknown;
  @ApiPropertyOptional() @Allow() number?: unknown;
  @ApiPropertyOptional() @Allow() kind?: unknown;
  @ApiPropertyOptional() @Allow() subject?: unknown;
  @ApiPropertyOptional() @Allow() orderId?: unknown;
  @ApiPropertyOptional() @Allow() sequence?: unknown;
  @ApiPropertyOptional() @Allow() previousSha256?: unknown;
  @ApiPropertyOptional() @Allow() kid?: unknown;
  @ApiPropertyOptional() @Allow() issuedAt?: unknown;
}
