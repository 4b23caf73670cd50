/** The dead-letter desk's answers (`/v1/admin/dead-letters`, apps/console/src/dead-letters/api). */

/** The services whose dead-letter topics the console reads. */
export const SERVICE_NAMES = ['orders', 'escrow', 'delivery-tracking', 'disputes', 'notifications', 'console'] as const;

/** Why a service gave up on a message (the platform's consumer; UNKNOWN when the dead letter says none). */
export const KNOWN_REASONS = ['MALFORMED_JSON', 'INVALID_ENVELOPE', 'UNKNOWN_TYPE', 'INVALID_PAYLOAD', 'CONTRACT_VIOLATION', 'HANDLER_REJECTED', 'HANDLER_FAILED', 'UNKNOWN'] as const;

export type DeadLetterStateFilter = 'open' | 'replayed' | 'all';

export type Encoding = 'utf8' | 'base64';

/** A dead letter without its message. */
export interface DeadLetterSummary {
  id: string;
  state: 'open' | 'replayed';
  service: string;
  consumerGroup: string | null;
  originalTopic: string | null;
  originalPartition: number | null;
  originalOffset: string | null;
  key: string | null;
  keyEncoding: Encoding | null;
  eventId: string | null;
  eventType: string | null;
  reason: string;
  detail: string;
  failedAt: string;
  deadLetterTopic: string;
  deadLetterPartition: number;
  deadLetterOffset: string;
  receivedAt: string;
  replayedFrom: string | null;
  replayedAt: string | null;
  replayedBy: string | null;
  replayCount: number;
  lastReplay: { partition: number; offset: string } | null;
}

/** A dead letter with its message (admins; every view is audited). */
export interface DeadLetterDetail extends DeadLetterSummary {
  payload: string | null;
  payloadEncoding: Encoding | null;
  payloadBytes: number;
  headers: Array<{ name: string; value: string; encoding: Encoding }>;
}

/** Open dead letters of one service and reason. */
export interface OpenCount {
  service: string;
  reason: string;
  open: number;
  oldestFailedAt: string;
  latestFailedAt: string;
}

export interface DeadLetterPage {
  items: DeadLetterSummary[];
  nextCursor: string | null;
  openCounts: OpenCount[];
}

export interface ReplayResult {
  deadLetter: DeadLetterSummary;
  replayedTo: { topic: string; partition: number; offset: string };
}

/** The list's filters. */
export interface DeadLetterFilter {
  service: string;
  reason: string;
  state: DeadLetterStateFilter;
}
