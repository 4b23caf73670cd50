import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTNER_KINDS, PARTNER_STATUSES } from '@trustcircle/contracts';
import { PartnerSettingsDto } from './partner-settings.dto';

const PARTNER_ID = '7d0c6a52-5f3e-4b8e-9a51-0f6c2e9b1a44';

/** A credential's metadata: never its hash or sealed secret. */
export class CredentialViewDto {
  @ApiProperty({ description: "The API key's key id, or the webhook secret's id.", example: '5f0c1e2d3b4a6978' }) id!: string;
  @ApiProperty({ enum: ['API_KEY', 'WEBHOOK_SECRET'] }) type!: string;
  @ApiProperty({ enum: ['ACTIVE', 'REVOKED'] }) status!: string;
  @ApiProperty({ description: 'Accepted now: active and not past its expiry.' }) valid!: boolean;
  @ApiProperty({ example: '2025-03-01T08:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'Set by a rotation.' }) expiresAt!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) revokedAt!: string | null;
}

/** A partner as operators see it. */
export class PartnerViewDto {
  @ApiProperty({ example: PARTNER_ID }) id!: string;
  @ApiProperty({ enum: PARTNER_KINDS, example: 'MARKETPLACE' }) kind!: string;
  @ApiProperty({ example: 'Chợ Việt' }) name!: string;
  @ApiProperty({ enum: PARTNER_STATUSES, example: 'ACTIVE' }) status!: string;
  @ApiProperty({ description: 'Revision, +1 per change (the events carry it).', example: 1 }) revision!: number;
  @ApiProperty({ type: PartnerSettingsDto }) settings!: PartnerSettingsDto;
  @ApiProperty({ type: [String], description: 'Payment partners: the marketplaces they serve.', example: [] }) marketplaceIds!: string[];
  @ApiProperty({ type: [CredentialViewDto] }) credentials!: CredentialViewDto[];
  @ApiProperty({ example: '2025-03-01T08:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: '2025-03-01T08:00:00.000Z' }) updatedAt!: string;
}

/** A page of partners. */
export class PartnerPageDto {
  @ApiProperty({ type: [PartnerViewDto] }) items!: PartnerViewDto[];
  @ApiProperty({ nullable: true, type: String, example: null }) nextCursor!: string | null;
}

/** Credentials handed over once. Store them now: they cannot be shown again (rotate to get new ones). */
export class IssuedCredentialsDto {
  @ApiPropertyOptional({ example: 'tc_mkp_5f0c1e2d3b4a6978_Jq3vXw1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9' }) apiKey?: string;
  @ApiPropertyOptional({ example: '5f0c1e2d3b4a6978' }) apiKeyId?: string;
  @ApiPropertyOptional({ description: 'Couriers and payment partners: signs the webhooks they send.', example: 'whsec_MfKQ9r8GKYqXnTBWyOH0cKbxvV8Zg0eTHLa3mF9uFqA=' })
  webhookSecret?: string;
  @ApiPropertyOptional({ example: 'ws_9a8b7c6d5e4f3a2b' }) webhookSecretId?: string;
}

/** Answer of `POST /v1/admin/partners`. */
export class CreatedPartnerDto {
  @ApiProperty({ type: PartnerViewDto }) partner!: PartnerViewDto;
  @ApiProperty({ type: IssuedCredentialsDto }) credentials!: IssuedCredentialsDto;
}

/** Answer of `POST /v1/admin/partners/{id}/credential-rotations`. */
export class RotatedCredentialsDto {
  @ApiProperty({ type: PartnerViewDto }) partner!: PartnerViewDto;
  @ApiProperty({ type: IssuedCredentialsDto }) credentials!: IssuedCredentialsDto;
  @ApiProperty({ description: 'When the previous credentials stop being accepted.', example: '2025-03-04T08:00:00.000Z' }) previousValidUntil!: string;
}
