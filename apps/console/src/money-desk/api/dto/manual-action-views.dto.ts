import { ApiProperty } from '@nestjs/swagger';
import { MANUAL_ACTION_KINDS } from '@trustcircle/contracts';
import { MANUAL_ACTION_STATUSES } from '../../../read-model/domain/manual-action-status';

/** An operator: id, and name from the console's registry. */
export class OperatorRefDto {
  @ApiProperty({ format: 'uuid' }) operatorId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'nguyen.lan', description: 'Null when the console does not know the operator.' }) name!: string | null;
}

/** A manual money action at escrow, as the money desk lists it. */
export class ManualActionItemDto {
  @ApiProperty({ format: 'uuid' }) actionId!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'TC-7KQ4-M2XD', description: 'Null when the console does not know the order yet.' }) orderCode!: string | null;
  @ApiProperty({ format: 'uuid' }) escrowId!: string;
  @ApiProperty({ enum: MANUAL_ACTION_KINDS }) kind!: string;
  @ApiProperty({ nullable: true, type: Number, example: 450_000, description: 'Whole VND. Null when only the decision was consumed.' }) amount!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'The proposer’s reason. Null when only the decision was consumed.' }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) disputeId!: string | null;
  @ApiProperty({ enum: MANUAL_ACTION_STATUSES }) status!: string;
  @ApiProperty({ type: OperatorRefDto }) proposedBy!: OperatorRefDto;
  @ApiProperty({ nullable: true, type: String, example: '2026-03-01T08:00:00.000Z' }) proposedAt!: string | null;
  @ApiProperty({ type: OperatorRefDto, nullable: true, description: 'The second admin: never the proposer.' }) decidedBy!: OperatorRefDto | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The decider’s note.' }) note!: string | null;
}

/** A page of manual actions. */
export class ManualActionPageDto {
  @ApiProperty({ type: [ManualActionItemDto] }) items!: ManualActionItemDto[];
  @ApiProperty({ nullable: true, type: String, example: null }) nextCursor!: string | null;
}
