import { ApiProperty } from '@nestjs/swagger';
import { BENEFICIARY_DESTINATIONS, BENEFICIARY_PARTIES, type BeneficiaryDestination, type BeneficiaryParty, INSTRUCTION_KINDS, type InstructionKind, REFUND_REASONS, type RefundReason } from '@trustcircle/contracts';
import { vndToWire } from '@trustcircle/kernel';
import type { PartnerInstruction } from '../../application/list-instructions/list-partner-instructions.query';
import { PARTNER_VISIBLE_STATUSES } from '../../application/list-instructions/list-partner-instructions.query';

/** Where the money goes, with the full account details while a payout or cash-on-delivery refund is PENDING (authenticated pull only). */
export class InstructionBeneficiaryResponse {
  @ApiProperty({ enum: BENEFICIARY_PARTIES, example: 'SELLER' })
  party!: BeneficiaryParty;

  @ApiProperty({ enum: BENEFICIARY_DESTINATIONS, example: 'BANK_ACCOUNT' })
  destination!: BeneficiaryDestination;

  @ApiProperty({ type: String, nullable: true, example: 'shop-1024', description: 'Payouts only.' })
  sellerId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'VCB' })
  institutionCode!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '******6789' })
  accountNumberMasked!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '0011223346789', description: 'The full account or wallet number (PENDING payouts and cash-on-delivery refunds only).' })
  accountNumber!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'NGUYEN VAN A', description: 'The account holder (PENDING payouts and cash-on-delivery refunds only).' })
  accountName!: string | null;
}

/** One payout or refund instruction of the calling payment partner. */
export class InstructionResponse {
  @ApiProperty({ format: 'uuid', description: 'Your idempotency key for the transfer, and the settlement’s reference.' })
  instructionId!: string;

  @ApiProperty({ enum: INSTRUCTION_KINDS, example: 'PAYOUT' })
  kind!: InstructionKind;

  @ApiProperty({ enum: PARTNER_VISIBLE_STATUSES, example: 'PENDING' })
  status!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null only for the refund of a payment that never matched an order.' })
  orderId!: string | null;

  @ApiProperty({ example: 980_000, description: 'Whole VND.' })
  amount!: number;

  @ApiProperty({ enum: ['VND'], example: 'VND' })
  currency!: 'VND';

  @ApiProperty({ enum: REFUND_REASONS, nullable: true, description: 'Refunds only.' })
  reason!: RefundReason | null;

  @ApiProperty({ type: String, nullable: true, example: 'VNPAY-88001234', description: 'Refunds against the original payment: your transaction id of that payment; null for a cash-on-delivery refund (paid to the beneficiary’s account).' })
  originalPartnerTxnId!: string | null;

  @ApiProperty({ type: InstructionBeneficiaryResponse })
  beneficiary!: InstructionBeneficiaryResponse;

  @ApiProperty({ example: 1, description: 'Which attempt this is (a failed instruction is issued again).' })
  attempt!: number;

  @ApiProperty({ example: '2026-03-07T03:00:00.000Z' })
  issuedAt!: string;

  static of({ instruction: i, details }: PartnerInstruction): InstructionResponse {
    return {
      instructionId: i.id,
      kind: i.kind,
      status: i.status,
      orderId: i.orderId,
      amount: vndToWire(i.amount),
      currency: i.currency,
      reason: i.reason,
      originalPartnerTxnId: i.originalPartnerTxnId,
      beneficiary: { ...i.beneficiary, accountNumber: details?.accountNumber ?? null, accountName: details?.accountName ?? null },
      attempt: i.attempt,
      issuedAt: i.issuedAt.toISOString(),
    };
  }
}

/** A page of instructions. */
export class InstructionPageResponse {
  @ApiProperty({ type: [InstructionResponse] })
  items!: InstructionResponse[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null at the end.' })
  nextCursor!: string | null;
}
