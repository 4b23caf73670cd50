import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { NotificationRecord } from '../../../notifications/infrastructure/notification.orm-entity';
import { NotificationAttemptRecord } from '../../../pipeline/infrastructure/pipeline.orm-entities';
import { WebhookEndpointRecord } from '../../infrastructure/webhook-endpoint.orm-entity';
import type { EndpointReader } from '../shared/webhook-caller';
import { webhookProblems } from '../shared/webhook-problems';
import { encodeDeliveryCursor } from './delivery-cursor';

/** The states a webhook goes through (the pipeline's notification statuses). */
export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** Which deliveries to list. */
export interface ListWebhookDeliveriesInput {
  status?: WebhookDeliveryStatus;
  /** Keyset: webhooks older (smaller sequence number) than this one. */
  beforeSeq?: number;
  limit: number;
}

/** One try, as the listing shows it. */
export interface WebhookDeliveryAttemptView {
  attempt: number;
  provider: string;
  outcome: 'SENT' | 'FAILED';
  retryable: boolean | null;
  statusCode: number | null;
  response: string | null;
  error: string | null;
  latencyMs: number;
  at: string;
}

/** One webhook (notification row of channel WEBHOOK) with every try. */
export interface WebhookDeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  orderId: string | null;
  eventOccurredAt: string | null;
  status: WebhookDeliveryStatus;
  rounds: number;
  attemptCount: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  finishedAt: string | null;
  attempts: WebhookDeliveryAttemptView[];
}

/** A page of deliveries, newest first. */
export interface WebhookDeliveryPage {
  items: WebhookDeliveryView[];
  nextCursor: string | null;
}

/**
 * An endpoint's webhooks, newest first (keyset on the notification's sequence number), each with every try. The
 * endpoint must be the caller's own and not deleted, or any endpoint for operators (deleted ones included: their
 * deliveries stay explainable). @throws 404 problem
 */
@Injectable()
export class ListWebhookDeliveriesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(reader: EndpointReader, endpointId: string, input: ListWebhookDeliveriesInput): Promise<WebhookDeliveryPage> {
    const m = this.dataSource.manager;
    await visibleEndpoint(m, reader, endpointId);
    const qb = m
      .createQueryBuilder(NotificationRecord, 'n')
      .where('n.endpointId = :endpointId AND n.channel = :channel', { endpointId, channel: 'WEBHOOK' })
      .orderBy('n.seq', 'DESC')
      .limit(input.limit + 1);
    if (input.status) qb.andWhere('n.status = :status', { status: input.status });
    if (input.beforeSeq !== undefined) qb.andWhere('n.seq < :beforeSeq', { beforeSeq: input.beforeSeq });
    const rows = await qb.getMany();
    const page = rows.slice(0, input.limit);
    const attempts = page.length ? await m.find(NotificationAttemptRecord, { where: { notificationId: In(page.map((r) => r.id)) }, order: { attempt: 'ASC' } }) : [];
    const last = page[page.length - 1];
    return {
      items: page.map((n) => deliveryView(n, attempts.filter((a) => a.notificationId === n.id))),
      nextCursor: rows.length > input.limit && last ? encodeDeliveryCursor(last.seq) : null,
    };
  }
}

/** The endpoint if this reader may see it (its owner: live ones only; operators: any). @throws 404 problem */
async function visibleEndpoint(m: EntityManager, reader: EndpointReader, endpointId: string): Promise<void> {
  const qb = m.createQueryBuilder(WebhookEndpointRecord, 'e').select('e.id').where('e.id = :endpointId', { endpointId });
  if ('owner' in reader) qb.andWhere('e.ownerPartnerId = :owner AND e.deletedAt IS NULL', { owner: reader.owner.partnerId });
  if (!(await qb.getOne())) throw webhookProblems.endpointNotFound(endpointId);
}

function deliveryView(n: NotificationRecord, attempts: NotificationAttemptRecord[]): WebhookDeliveryView {
  return {
    id: n.id,
    eventId: n.eventId,
    eventType: n.eventType,
    orderId: n.orderId,
    eventOccurredAt: iso(n.eventOccurredAt),
    status: n.status,
    rounds: n.rounds,
    attemptCount: n.attempts,
    nextAttemptAt: iso(n.nextAttemptAt),
    lastError: n.lastError,
    createdAt: n.createdAt.toISOString(),
    sentAt: iso(n.sentAt),
    finishedAt: iso(n.finishedAt),
    attempts: attempts.map((a) => ({
      attempt: a.attempt,
      provider: a.provider,
      outcome: a.outcome,
      retryable: a.retryable,
      statusCode: a.statusCode,
      response: a.response,
      error: a.error,
      latencyMs: a.latencyMs,
      at: a.startedAt.toISOString(),
    })),
  };
}

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;
