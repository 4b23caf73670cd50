import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DISPUTE_OUTCOMES, type DisputeOutcome, IsVndAmount, MERCHANT_ACTIONS, type MerchantAction, VULNERABLE_CATEGORIES, type VulnerableCategory } from '@trustcircle/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { EvidenceItemRequest } from '../../../evidence/api/dto/evidence-item.request';

/** Evidence on an action: files uploaded before and links, at most 20. */
class WithEvidence {
  @ApiPropertyOptional({ type: [EvidenceItemRequest], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvidenceItemRequest)
  evidence?: EvidenceItemRequest[];
}

/** `POST /v1/disputes/{id}/responses`: the marketplace's answer on the seller's behalf. */
export class MerchantResponseRequest extends WithEvidence {
  @ApiProperty({ enum: MERCHANT_ACTIONS, description: 'ACCEPT refunds what was asked; REJECT needs evidence; OFFER_PARTIAL waits for the buyer.' })
  @IsIn(MERCHANT_ACTIONS)
  action!: MerchantAction;

  @ApiPropertyOptional({ example: 300000, description: 'Whole VND; OFFER_PARTIAL only, 0 < amount < order total.' })
  @IsOptional()
  @IsVndAmount()
  amount?: number;

  @ApiProperty({ minLength: 1, maxLength: 5000, example: 'Người bán đã kiểm tra và đồng ý hoàn tiền.' })
  @IsString()
  @Length(1, 5000)
  message!: string;
}

/** `POST /v1/public/disputes/{id}/offer-response`: the buyer's answer to the pending offer. */
export class OfferResponseRequest {
  @ApiProperty({ enum: ['ACCEPT', 'DECLINE'], description: 'DECLINE sends the dispute to a mediator.' })
  @IsIn(['ACCEPT', 'DECLINE'])
  decision!: 'ACCEPT' | 'DECLINE';

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  message?: string;
}

/** `POST /v1/public/disputes/{id}/escalate`: the buyer asks a mediator to decide, after a rejection. */
export class EscalateRequest extends WithEvidence {
  @ApiProperty({ minLength: 1, maxLength: 5000, example: 'Hàng giả, tôi có ảnh so sánh với hàng chính hãng.' })
  @IsString()
  @Length(1, 5000)
  message!: string;
}

/** `POST /v1/public/disputes/{id}/withdraw`: the buyer withdraws the complaint (the hold lifts). */
export class WithdrawRequest {
  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  message?: string;
}

/** `POST …/disputes/{id}/messages`: a message with more evidence from a party or a mediator. */
export class DisputeMessageRequest extends WithEvidence {
  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  message!: string;
}

/** `POST /v1/disputes/{id}/decision`: a mediator decides an escalated dispute. */
export class DecisionRequest {
  @ApiProperty({ enum: DISPUTE_OUTCOMES })
  @IsIn(DISPUTE_OUTCOMES)
  outcome!: DisputeOutcome;

  @ApiPropertyOptional({ example: 400000, description: 'Whole VND; REFUND_PARTIAL only, 0 < amount < order total.' })
  @IsOptional()
  @IsVndAmount()
  amount?: number;

  @ApiProperty({ minLength: 1, maxLength: 2000, description: 'Why; shown to both parties.' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

/** `POST /v1/disputes/{id}/vulnerable-flag`: a mediator confirms or removes the vulnerable-consumer flag. */
export class VulnerableFlagRequest {
  @ApiProperty({ enum: ['CONFIRM', 'REMOVE'] })
  @IsIn(['CONFIRM', 'REMOVE'])
  action!: 'CONFIRM' | 'REMOVE';

  @ApiPropertyOptional({ enum: VULNERABLE_CATEGORIES, description: 'CONFIRM: required when the buyer declared none; corrects the declared one.' })
  @IsOptional()
  @IsIn(VULNERABLE_CATEGORIES)
  category?: VulnerableCategory;

  @ApiProperty({ minLength: 1, maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  reason!: string;
}
