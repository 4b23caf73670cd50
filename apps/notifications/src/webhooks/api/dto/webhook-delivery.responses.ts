import { ApiProperty } from '@nestjs/swagger';
import { WEBHOOK_DELIVERY_STATUSES, type WebhookDeliveryStatus } from '../../application/list-deliveries/list-webhook-deliveries.query';

/** One try to deliver a webhook: what the receiver answered, and how long it took. Times are ISO-8601 UTC. */
export class WebhookDeliveryAttemptResponse {
  @ApiProperty({ description: 'From 1; keeps counting across retries and replays.' }) attempt!: number;
  @ApiProperty({ example: 'webhook' }) provider!: string;
  @ApiProperty({ enum: ['SENT', 'FAILED'] }) outcome!: 'SENT' | 'FAILED';
  @ApiProperty({ nullable: true, type: Boolean, description: 'For a failure: whether it is worth retrying.' }) retryable!: boolean | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The HTTP status your receiver answered; null when it did not answer (timeout, connection refused).' }) statusCode!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'Your receiver’s answer, truncated to 1,000 characters.' }) response!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it failed (timeout, refused connection, status), truncated to 1,000 characters.' }) error!: string | null;
  @ApiProperty() latencyMs!: number;
  @ApiProperty({ description: 'When the try started.' }) at!: string;
}

/** One webhook to the endpoint (one event), with every try. Times are ISO-8601 UTC. */
export class WebhookDeliveryResponse {
  @ApiProperty({ format: 'uuid', description: 'The `webhook-id` header: the same on every retry and replay of this webhook (dedupe on it).' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The source event (`eventId` in the body, `id` in the event feed).' }) eventId!: string;
  @ApiProperty({ example: 'escrow.escrow-released' }) eventType!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) orderId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the source event happened (what `replay` windows select on).' }) eventOccurredAt!: string | null;
  @ApiProperty({ enum: WEBHOOK_DELIVERY_STATUSES, description: 'PENDING: waiting for its next try (or for an earlier webhook of the same order); SENDING: being sent; SENT; FAILED: no retry left.' })
  status!: WebhookDeliveryStatus;
  @ApiProperty({ description: 'Delivery rounds on the retry schedule since it was planned or last replayed.' }) rounds!: number;
  @ApiProperty({ description: 'Tries in all (retries and replays included).' }) attemptCount!: number;
  @ApiProperty({ nullable: true, type: String, description: 'When the next try is due (PENDING); null otherwise.' }) nextAttemptAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why the last try failed; null once delivered.' }) lastError!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'When your receiver last accepted it.' }) sentAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When it was last SENT or FAILED for good; null while PENDING or SENDING.' }) finishedAt!: string | null;
  @ApiProperty({ type: [WebhookDeliveryAttemptResponse], description: 'Every try, oldest first.' }) attempts!: WebhookDeliveryAttemptResponse[];
}

/** A page of an endpoint's webhooks, newest first. */
export class WebhookDeliveryPageResponse {
  @ApiProperty({ type: [WebhookDeliveryResponse] }) items!: WebhookDeliveryResponse[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next (older) page; null on the last page.' }) nextCursor!: string | null;
}

/** What a replay did. */
export class ReplayWebhooksResponse {
  @ApiProperty({ description: 'Webhooks put back in the queue (those SENT or FAILED in the window; those still PENDING or SENDING are left as they are).' })
  replayed!: number;
}
