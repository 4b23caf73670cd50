/**
 * What the replay store keeps per (partner, `webhook-id`), for {@link WEBHOOK_REPLAY_TTL_SECONDS}:
 * - `processing`: accepted, the handler runs (a lock until `lockedUntil`; after that it counts as `failed`);
 * - `completed`: answered; retries get this answer again (2xx and 4xx);
 * - `failed`: the handler failed with a 5xx (or the process died): accepted once, so a retry is processed again
 *   without judging its timestamp.
 * `bodySha256` binds the id to the bytes first accepted: the same id with another body is refused.
 */
export type WebhookReplayRecord =
  | { state: 'processing'; bodySha256: string; firstSeenAt: string; owner: string; lockedUntil: number }
  | { state: 'failed'; bodySha256: string; firstSeenAt: string }
  | { state: 'completed'; bodySha256: string; firstSeenAt: string; status: number; headers: Record<string, string>; body: string | null };

/** Replay records are kept 3 days: longer than senders retry (Standard Webhooks / Svix retry for about 1.5 days). */
export const WEBHOOK_REPLAY_TTL_SECONDS = 3 * 24 * 3600;

/** How long one attempt may hold a message before another may take it over. */
export const WEBHOOK_LOCK_SECONDS = 60;

/** What to do with a verified message, given what the store holds for its id. */
export type ReplayDecision =
  | { kind: 'new' }
  | { kind: 'replay'; record: Extract<WebhookReplayRecord, { state: 'completed' }> }
  | { kind: 'retry-accepted' }
  | { kind: 'in-progress' }
  | { kind: 'id-reused' };

/**
 * Decides from the stored record (if any): unseen → judge the timestamp and process; answered → replay;
 * in progress → 409; failed or an abandoned lock → process again without judging the timestamp; another body
 * under the same id → refuse. Pure.
 */
export function decideReplay(record: WebhookReplayRecord | undefined, bodySha256: string, nowMs: number): ReplayDecision {
  if (!record) return { kind: 'new' };
  if (record.bodySha256 !== bodySha256) return { kind: 'id-reused' };
  if (record.state === 'completed') return { kind: 'replay', record };
  if (record.state === 'processing' && record.lockedUntil > nowMs) return { kind: 'in-progress' };
  return { kind: 'retry-accepted' };
}
