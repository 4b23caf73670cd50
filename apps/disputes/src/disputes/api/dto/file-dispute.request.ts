import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DISPUTE_REASONS, type DisputeReason, IsVndAmount, REQUESTED_OUTCOMES, type RequestedOutcome, VULNERABLE_CATEGORIES, type VulnerableCategory } from '@trustcircle/contracts';
import { Type } from 'class-transformer';
import { EvidenceItemRequest } from '../../../evidence/api/dto/evidence-item.request';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';

/** A buyer's declaration as a vulnerable consumer (2023 consumer-protection law). */
export class VulnerableDeclarationRequest {
  @ApiProperty({ enum: VULNERABLE_CATEGORIES, example: 'ELDERLY' })
  @IsIn(VULNERABLE_CATEGORIES)
  category!: VulnerableCategory;
}

/** `POST /v1/public/disputes`: a complaint about the order the buyer token opens. */
export class FileDisputeRequest {
  @ApiProperty({ example: 'TC-7KQ4-M2XD', description: 'The order code (the one the buyer token opens).' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,40}$/, { message: 'orderCode must be an order code' })
  orderCode!: string;

  @ApiProperty({ enum: DISPUTE_REASONS })
  @IsIn(DISPUTE_REASONS)
  reason!: DisputeReason;

  @ApiProperty({ minLength: 1, maxLength: 5000, example: 'The screen is cracked.' })
  @IsString()
  @Length(1, 5000)
  description!: string;

  @ApiProperty({ enum: REQUESTED_OUTCOMES })
  @IsIn(REQUESTED_OUTCOMES)
  requestedOutcome!: RequestedOutcome;

  @ApiPropertyOptional({ example: 300000, description: 'Whole VND; required, and 0 < amount < order total, only for REFUND_PARTIAL.' })
  @IsOptional()
  @IsVndAmount()
  requestedAmount?: number;

  @ApiPropertyOptional({ type: VulnerableDeclarationRequest, description: 'Declares a vulnerable consumer: priority and shorter deadlines.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => VulnerableDeclarationRequest)
  vulnerable?: VulnerableDeclarationRequest;

  @ApiPropertyOptional({ type: [EvidenceItemRequest], maxItems: 20, description: 'Files uploaded before (fileId) and links (url).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvidenceItemRequest)
  evidence?: EvidenceItemRequest[];
}
