import { ApiProperty } from '@nestjs/swagger';
import { PAYOUT_METHODS, type PayoutMethod } from '@trustcircle/contracts';
import { IsIn, IsString, ValidateBy, type ValidationOptions } from 'class-validator';
import { EWALLET_ISSUERS, type RefundDestinationField, type RefundDestinationInput, refundDestinationProblem } from '../../domain/refund-destination';

/** Checks one string field with the domain's method-dependent rules (`refundDestinationProblem`), naming the field; `@IsString()` reports a non-string. */
function IsRefundDestinationField(field: RefundDestinationField, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'refundDestination',
      validator: {
        validate: (value, args) => typeof value !== 'string' || refundDestinationProblem(field, args?.object as RefundDestinationInput) === null,
        defaultMessage: (args) => refundDestinationProblem(field, args?.object as RefundDestinationInput) ?? `${field} is invalid`,
      },
    },
    options,
  );
}

/** Body of `PUT /v1/public/escrows/{orderCode}/refund-destination`: where a cash-on-delivery buyer is refunded. */
export class RefundDestinationBody {
  @ApiProperty({ enum: PAYOUT_METHODS, example: 'BANK_ACCOUNT' })
  @IsIn(PAYOUT_METHODS)
  method!: PayoutMethod;

  @ApiProperty({ example: 'VCB', description: `Bank code (NAPAS short name or BIN), or for an e-wallet one of ${EWALLET_ISSUERS.join(', ')}.` })
  @IsString() @IsRefundDestinationField('institutionCode')
  institutionCode!: string;

  @ApiProperty({ example: '0011223346789', description: 'Bank account number (6–19 digits), or the Vietnamese mobile number the e-wallet is registered to. Spaces, dots and dashes are ignored.' })
  @IsString() @IsRefundDestinationField('accountNumber')
  accountNumber!: string;

  @ApiProperty({ example: 'Nguyễn Văn An', description: 'The holder’s name (2–100 letters and spaces), stored unaccented and uppercase as banks hold it (NGUYEN VAN AN).' })
  @IsString() @IsRefundDestinationField('accountName')
  accountName!: string;
}
