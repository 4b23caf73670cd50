import { ApiProperty } from '@nestjs/swagger';
import { WEBHOOK_OWNER_KINDS, type WebhookOwnerKind } from '../../domain/webhook-event-types';
import { WEBHOOK_DISABLED_REASONS, WEBHOOK_ENDPOINT_STATUSES, type WebhookDisabledReason, type WebhookEndpointStatus } from '../../domain/webhook-endpoint-vocabulary';

/** An endpoint (never its secret). Times are ISO-8601 UTC. */
export class WebhookEndpointResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The partner that owns it.' }) ownerPartnerId!: string;
  @ApiProperty({ enum: WEBHOOK_OWNER_KINDS }) ownerKind!: WebhookOwnerKind;
  @ApiProperty() url!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ type: [String] }) events!: string[];
  @ApiProperty({ enum: WEBHOOK_ENDPOINT_STATUSES }) status!: WebhookEndpointStatus;
  @ApiProperty({ enum: WEBHOOK_DISABLED_REASONS, nullable: true }) disabledReason!: WebhookDisabledReason | null;
  @ApiProperty({ nullable: true, type: String }) disabledAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When deliveries started failing without a success since.' }) failingSince!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the current signing secret was made.' }) secretCreatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Until when the previous secret still signs (after a rotation).' }) previousSecretExpiresAt!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

/** An endpoint with its signing secret: answered once, at creation or rotation, never again. */
export class WebhookEndpointWithSecretResponse extends WebhookEndpointResponse {
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'Standard Webhooks signing secret. Shown this once: store it now.' })
  secret!: string;
}

/** A page of endpoints, oldest first. */
export class WebhookEndpointPageResponse {
  @ApiProperty({ type: [WebhookEndpointResponse] }) items!: WebhookEndpointResponse[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
}

/** One event of the feed. */
export class FeedItemResponse {
  @ApiProperty({ format: 'uuid', description: 'The event id (the same as in its webhook).' }) id!: string;
  @ApiProperty({ example: 'disputes.dispute-opened' }) type!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) orderId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event data, as in the webhook body.' }) data!: Record<string, unknown>;
}

/** A page of the event feed, oldest first. */
export class FeedPageResponse {
  @ApiProperty({ type: [FeedItemResponse] }) items!: FeedItemResponse[];
  @ApiProperty({ description: 'Pass as `after` next time. An empty page answers the cursor it was given, so a client can poll with it.' }) nextCursor!: string;
  @ApiProperty({ description: 'More events are already waiting: fetch again at once.' }) hasMore!: boolean;
}
