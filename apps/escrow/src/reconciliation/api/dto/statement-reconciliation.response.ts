import { ApiProperty } from '@nestjs/swagger';
import { LINE_KINDS, type LineKind } from '../../domain/reconciliation-line';
import { ReconciliationLineResponse } from './reconciliation-line.response';

/** A statement line found on escrow's side with the same amount. */
export class MatchedLineResponse {
  @ApiProperty({ enum: LINE_KINDS })
  kind!: LineKind;

  @ApiProperty({ description: 'Your reference, as on the statement.' })
  reference!: string;

  @ApiProperty({ description: 'Position of the line in your statement (0-based).' })
  line!: number;

  @ApiProperty({ description: 'Whole VND.' })
  amount!: number;

  @ApiProperty({ format: 'uuid', description: 'Escrow’s id of the payment or instruction.' })
  id!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  orderId!: string | null;
}

/** A statement line found on escrow's side with another amount. */
export class AmountMismatchResponse {
  @ApiProperty({ enum: LINE_KINDS })
  kind!: LineKind;

  @ApiProperty()
  reference!: string;

  @ApiProperty({ description: 'Position of the line in your statement (0-based).' })
  line!: number;

  @ApiProperty({ description: 'Escrow’s amount, whole VND.' })
  ourAmount!: number;

  @ApiProperty({ description: 'Your amount, whole VND.' })
  theirAmount!: number;

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  orderId!: string | null;
}

/** A statement line escrow has no line for. */
export class TheirOnlyLineResponse {
  @ApiProperty({ enum: LINE_KINDS })
  kind!: LineKind;

  @ApiProperty()
  reference!: string;

  @ApiProperty({ description: 'Position of the line in your statement (0-based).' })
  line!: number;

  @ApiProperty({ description: 'Whole VND.' })
  amount!: number;

  @ApiProperty({ description: 'True when an earlier line of the statement already has this reference.' })
  duplicate!: boolean;
}

/** Counts of each outcome. */
export class ReconciliationCountsResponse {
  @ApiProperty() matched!: number;
  @ApiProperty() oursOnly!: number;
  @ApiProperty() theirsOnly!: number;
  @ApiProperty() amountMismatches!: number;
}

/**
 * `POST /v1/partners/{partnerId}/statements`: the statement compared with escrow's lines of the day. The same
 * content posted again (the latest revision's) answers the same; another content is a new revision.
 */
export class StatementReconciliationResponse {
  @ApiProperty({ format: 'uuid' })
  reconciliationId!: string;

  @ApiProperty({ format: 'uuid' })
  partnerId!: string;

  @ApiProperty({ example: '2026-11-28' })
  businessDate!: string;

  @ApiProperty({ example: 1, description: 'Revision of your statement for this day (1, 2, …).' })
  revision!: number;

  @ApiProperty({ description: 'True when every line matched, on both sides.' })
  balanced!: boolean;

  @ApiProperty({ type: ReconciliationCountsResponse })
  counts!: ReconciliationCountsResponse;

  @ApiProperty({ type: [MatchedLineResponse] })
  matched!: MatchedLineResponse[];

  @ApiProperty({ type: [ReconciliationLineResponse], description: 'Escrow’s lines missing from your statement.' })
  oursOnly!: ReconciliationLineResponse[];

  @ApiProperty({ type: [TheirOnlyLineResponse] })
  theirsOnly!: TheirOnlyLineResponse[];

  @ApiProperty({ type: [AmountMismatchResponse] })
  amountMismatches!: AmountMismatchResponse[];

  @ApiProperty({ example: '2026-11-28T18:00:00.000Z' })
  reconciledAt!: string;
}
