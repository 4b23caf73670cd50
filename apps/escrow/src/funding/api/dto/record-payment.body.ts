import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CURRENCIES, type Currency, IsVndAmount } from '@trustcircle/contracts';
import { IsIn, IsISO8601, IsNotEmpty, IsString, IsUUID, MaxLength, Min, ValidateIf, type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface, Validate } from 'class-validator';

/** Refuses a body that names the order both ways. */
@ValidatorConstraint({ name: 'notWithPaymentReference' })
class NotWithPaymentReference implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    return (args.object as RecordPaymentBody).paymentReference === undefined;
  }

  defaultMessage(): string {
    return 'give either orderId or paymentReference, not both';
  }
}

/** Body of `POST /v1/partners/{partnerId}/payments`: exactly one of `orderId` and `paymentReference`. */
export class RecordPaymentBody {
  @ApiPropertyOptional({ format: 'uuid', example: '3f0c9a52-6a1e-4f57-9d2b-6b1f0e6c2a10', description: 'The order paid for (or give paymentReference).' })
  @ValidateIf((o: RecordPaymentBody) => o.orderId !== undefined || o.paymentReference === undefined)
  @IsUUID('all', { message: 'orderId must be a UUID (or give paymentReference)' })
  @Validate(NotWithPaymentReference)
  orderId?: string;

  @ApiPropertyOptional({ example: 'TC7KQ4M2XD', maxLength: 100, description: 'The reference the buyer quoted (or give orderId).' })
  @ValidateIf((o: RecordPaymentBody) => o.paymentReference !== undefined)
  @IsString() @IsNotEmpty() @MaxLength(100)
  paymentReference?: string;

  @ApiProperty({ example: 'VCB-20261128-000123', minLength: 1, maxLength: 100, description: 'Your transaction id; a repeat is answered as the first.' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  partnerTxnId!: string;

  @ApiProperty({ example: 1_235_000, minimum: 1, description: 'Amount paid, whole VND.' })
  @IsVndAmount() @Min(1)
  amount!: number;

  @ApiProperty({ enum: CURRENCIES, example: 'VND' })
  @IsIn(CURRENCIES)
  currency!: Currency;

  @ApiProperty({ example: '2026-11-28T15:04:05.000Z', description: 'When the buyer paid (ISO-8601).' })
  @IsISO8601({ strict: true })
  paidAt!: string;
}
