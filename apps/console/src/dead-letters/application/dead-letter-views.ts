import { REPLAYED_FROM_HEADER, type StoredHeader } from '../domain/dead-letter-message';
import { type BytesEncoding, bytesAsText } from '../domain/message-bytes';
import type { PlatformDeadLetterRecord } from '../infrastructure/platform-dead-letter.orm-entity';

/** Open (never replayed) or replayed. */
export type DeadLetterState = 'open' | 'replayed';

/** A dead letter without its message: what the list shows to any operator. */
export interface DeadLetterSummary {
  id: string;
  state: DeadLetterState;
  /** The service that failed to process it. */
  service: string;
  consumerGroup: string | null;
  originalTopic: string | null;
  originalPartition: number | null;
  originalOffset: string | null;
  /** The message key as text (an order id, a tracking number…), or base64 (`keyEncoding`). */
  key: string | null;
  keyEncoding: BytesEncoding | null;
  eventId: string | null;
  eventType: string | null;
  reason: string;
  detail: string;
  failedAt: string;
  deadLetterTopic: string;
  deadLetterPartition: number;
  deadLetterOffset: string;
  receivedAt: string;
  /** The dead letter this message was itself replayed from, when it failed again after a replay. */
  replayedFrom: string | null;
  replayedAt: string | null;
  /** The operator who replayed it. */
  replayedBy: string | null;
  replayCount: number;
  /** Where the last replay landed on the original topic. */
  lastReplay: { partition: number; offset: string } | null;
}

/** A dead letter with its message: the value as text and the original headers (admins; audited). */
export interface DeadLetterDetail extends DeadLetterSummary {
  /** The value as UTF-8 text, or base64 when it is not UTF-8 (`payloadEncoding`); null for a tombstone. */
  payload: string | null;
  payloadEncoding: BytesEncoding | null;
  /** The value's size in bytes. */
  payloadBytes: number;
  /** The original headers, in order (`tc-dlt-*` left out: they are the fields above). */
  headers: StoredHeader[];
}

/** The summary of a stored dead letter: never its value nor its headers (besides where it was replayed from). */
export function deadLetterSummary(r: PlatformDeadLetterRecord): DeadLetterSummary {
  const key = r.key === null ? null : bytesAsText(r.key);
  const from = r.headers.find((h) => h.name === REPLAYED_FROM_HEADER && h.encoding === 'utf8');
  return {
    id: r.id,
    state: r.replayedAt === null ? 'open' : 'replayed',
    service: r.service,
    consumerGroup: r.consumerGroup,
    originalTopic: r.originalTopic,
    originalPartition: r.originalPartition,
    originalOffset: r.originalOffset,
    key: key?.text ?? null,
    keyEncoding: key?.encoding ?? null,
    eventId: r.eventId,
    eventType: r.eventType,
    reason: r.reason,
    detail: r.detail,
    failedAt: r.failedAt.toISOString(),
    deadLetterTopic: r.deadLetterTopic,
    deadLetterPartition: r.deadLetterPartition,
    deadLetterOffset: r.deadLetterOffset,
    receivedAt: r.receivedAt.toISOString(),
    replayedFrom: from?.value ?? null,
    replayedAt: r.replayedAt?.toISOString() ?? null,
    replayedBy: r.replayedBy,
    replayCount: r.replayCount,
    lastReplay: r.replayedPartition === null || r.replayedOffset === null ? null : { partition: r.replayedPartition, offset: r.replayedOffset },
  };
}

/** Everything of a stored dead letter, its value and headers included. */
export function deadLetterDetail(r: PlatformDeadLetterRecord): DeadLetterDetail {
  const payload = r.value === null ? null : bytesAsText(r.value);
  return { ...deadLetterSummary(r), payload: payload?.text ?? null, payloadEncoding: payload?.encoding ?? null, payloadBytes: r.value?.length ?? 0, headers: r.headers };
}
