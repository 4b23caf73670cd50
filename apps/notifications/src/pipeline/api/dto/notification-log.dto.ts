import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { NotificationWithAttempts } from '../../application/list-notifications/list-notifications.query';
import { maskRecipient } from '../../domain/delivery-policy';

const STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED'] as const;

/** `GET /v1/notifications` filters. */
export class ListNotificationsParams {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orderId?: string;

  @ApiPropertyOptional({ example: '+84901234567', description: 'A phone (E.164) or an email address, in full; shown masked in the answer.' })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  recipient?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'cursor is not one this API issued' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

/** One delivery attempt. */
export class NotificationAttemptResponse {
  @ApiProperty() attempt!: number;
  @ApiProperty({ example: 'sms-http' }) provider!: string;
  @ApiProperty({ enum: ['SENT', 'FAILED'] }) outcome!: string;
  @ApiPropertyOptional({ nullable: true }) retryable!: boolean | null;
  @ApiPropertyOptional({ nullable: true }) statusCode!: number | null;
  @ApiPropertyOptional({ nullable: true }) providerMessageId!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The provider’s answer, truncated to 1,000 characters.' }) response!: string | null;
  @ApiPropertyOptional({ nullable: true }) error!: string | null;
  @ApiProperty() latencyMs!: number;
  @ApiProperty() startedAt!: string;
}

/** One notification in the audit log (recipients masked; one-time codes never in clear). */
export class NotificationLogItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() eventType!: string;
  @ApiPropertyOptional({ nullable: true }) orderId!: string | null;
  @ApiProperty() recipientRole!: string;
  @ApiProperty({ example: '+8490****567' }) recipientMasked!: string;
  @ApiProperty({ enum: ['SMS', 'ZALO', 'EMAIL', 'WEBHOOK'] }) channel!: string;
  @ApiProperty({ example: 'escrow-funded.sms.vi@1' }) template!: string;
  @ApiProperty() critical!: boolean;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiPropertyOptional({ nullable: true }) smsSegments!: number | null;
  @ApiPropertyOptional({ nullable: true }) smsEncoding!: string | null;
  @ApiPropertyOptional({ nullable: true }) nextAttemptAt!: string | null;
  @ApiPropertyOptional({ nullable: true }) lastError!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ nullable: true }) sentAt!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'From the source event to the provider accepting it.' }) latencyMs!: number | null;
  @ApiProperty({ type: [NotificationAttemptResponse] }) attempts!: NotificationAttemptResponse[];

  static of({ notification: n, attempts }: NotificationWithAttempts): NotificationLogItem {
    return {
      id: n.id,
      eventId: n.eventId,
      eventType: n.eventType,
      orderId: n.orderId,
      recipientRole: n.recipientRole,
      recipientMasked: n.channel === 'WEBHOOK' ? `endpoint ${n.endpointId ?? ''}`.trim() : maskRecipient(n.recipient),
      channel: n.channel,
      template: n.template,
      critical: n.critical,
      status: n.status,
      smsSegments: n.smsSegments,
      smsEncoding: n.smsEncoding,
      nextAttemptAt: n.nextAttemptAt?.toISOString() ?? null,
      lastError: n.lastError,
      createdAt: n.createdAt.toISOString(),
      sentAt: n.sentAt?.toISOString() ?? null,
      latencyMs: n.sentAt && n.eventOccurredAt ? n.sentAt.getTime() - n.eventOccurredAt.getTime() : null,
      attempts: attempts.map((a) => ({
        attempt: a.attempt,
        provider: a.provider,
        outcome: a.outcome,
        retryable: a.retryable,
        statusCode: a.statusCode,
        providerMessageId: a.providerMessageId,
        response: a.response,
        error: a.error,
        latencyMs: a.latencyMs,
        startedAt: a.startedAt.toISOString(),
      })),
    };
  }
}

/** A page of the audit log. */
export class NotificationLogPage {
  @ApiProperty({ type: [NotificationLogItem] }) items!: NotificationLogItem[];
  @ApiPropertyOptional({ nullable: true }) nextCursor!: string | null;
}
