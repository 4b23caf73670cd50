import { ApiProperty } from '@nestjs/swagger';

const ENCODINGS = ['utf8', 'base64'];

class ReplayPlaceDto {
  @ApiProperty({ example: 2 }) partition!: number;
  @ApiProperty({ example: '18342', description: 'Kafka offset (a decimal string).' }) offset!: string;
}

/** A dead letter without its message. */
export class DeadLetterSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['open', 'replayed'] }) state!: string;
  @ApiProperty({ example: 'escrow', description: 'The service that failed to process the message (the dead-letter topic’s owner).' }) service!: string;
  @ApiProperty({ nullable: true, type: String, example: 'tc.escrow' }) consumerGroup!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'orders.events.v1' }) originalTopic!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 3 }) originalPartition!: number | null;
  @ApiProperty({ nullable: true, type: String, example: '10452' }) originalOffset!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The message key: UTF-8 text, or base64 (see keyEncoding).' }) key!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ENCODINGS }) keyEncoding!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'From the `tc-event-id` header (or the envelope when it parses).' }) eventId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'orders.order-placed' }) eventType!: string | null;
  @ApiProperty({ example: 'INVALID_PAYLOAD', description: 'MALFORMED_JSON, INVALID_ENVELOPE, UNKNOWN_TYPE, INVALID_PAYLOAD, CONTRACT_VIOLATION, HANDLER_REJECTED, HANDLER_FAILED; UNKNOWN when the dead letter says none.' })
  reason!: string;
  @ApiProperty({ example: 'data.totalAmount must be a positive integer' }) detail!: string;
  @ApiProperty({ example: '2026-11-29T14:31:02.000Z' }) failedAt!: string;
  @ApiProperty({ example: 'deadletter.escrow.v1' }) deadLetterTopic!: string;
  @ApiProperty() deadLetterPartition!: number;
  @ApiProperty() deadLetterOffset!: string;
  @ApiProperty({ description: 'When the console read it.' }) receivedAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The dead letter this message had been replayed from (it failed again).' }) replayedFrom!: string | null;
  @ApiProperty({ nullable: true, type: String }) replayedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Id of the operator who replayed it.' }) replayedBy!: string | null;
  @ApiProperty() replayCount!: number;
  @ApiProperty({ nullable: true, type: ReplayPlaceDto, description: 'Where the replay landed on the original topic.' }) lastReplay!: ReplayPlaceDto | null;
}

class MessageHeaderDto {
  @ApiProperty({ example: 'tc-event-type' }) name!: string;
  @ApiProperty({ example: 'orders.order-placed' }) value!: string;
  @ApiProperty({ enum: ENCODINGS }) encoding!: string;
}

/** A dead letter with its message (admins; every view audited). */
export class DeadLetterDetailDto extends DeadLetterSummaryDto {
  @ApiProperty({ nullable: true, type: String, description: 'The message value: UTF-8 text, or base64 when it is not UTF-8 (see payloadEncoding). May hold personal data.' })
  payload!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ENCODINGS }) payloadEncoding!: string | null;
  @ApiProperty({ description: 'The value’s size in bytes.' }) payloadBytes!: number;
  @ApiProperty({ type: [MessageHeaderDto], description: 'The original headers in order (the tc-dlt-* ones are the fields above).' }) headers!: MessageHeaderDto[];
}

class OpenDeadLetterCountDto {
  @ApiProperty({ example: 'escrow' }) service!: string;
  @ApiProperty({ example: 'INVALID_PAYLOAD' }) reason!: string;
  @ApiProperty({ example: 3 }) open!: number;
  @ApiProperty() oldestFailedAt!: string;
  @ApiProperty() latestFailedAt!: string;
}

/** Answer of `GET /v1/admin/dead-letters`. */
export class DeadLetterPageDto {
  @ApiProperty({ type: [DeadLetterSummaryDto], description: 'Newest failure first.' }) items!: DeadLetterSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
  @ApiProperty({ type: [OpenDeadLetterCountDto], description: 'Every open dead letter counted per service and reason, whatever the filters.' }) openCounts!: OpenDeadLetterCountDto[];
}

class ReplayedToDto {
  @ApiProperty({ example: 'orders.events.v1' }) topic!: string;
  @ApiProperty() partition!: number;
  @ApiProperty() offset!: string;
}

/** Answer of `POST /v1/admin/dead-letters/{id}/replay`. */
export class ReplayResultDto {
  @ApiProperty({ type: DeadLetterSummaryDto }) deadLetter!: DeadLetterSummaryDto;
  @ApiProperty({ type: ReplayedToDto, description: 'Where the message landed on its original topic.' }) replayedTo!: ReplayedToDto;
}
