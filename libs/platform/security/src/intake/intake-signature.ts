import { INTAKE_HEADERS } from '@trustcircle/contracts';
import type { IntakeRecord } from '@trustcircle/messaging';
import { judgeWebhookTimestamp, readWebhookHeaders, signWebhook, verifyWebhookSignature } from '../webhooks/standard-webhook';

/**
 * The Standard Webhooks signature of a Kafka intake record (see `INTAKE_HEADERS` in `@trustcircle/contracts`):
 * the same scheme, secrets and code as signed HTTP webhooks, over the record's exact value bytes. Only the
 * timestamp is judged differently: a record may be consumed hours late (consumer lag, a replay from the
 * dead-letter desk with its original headers), so it may be as old as the topic's retention, and at most
 * {@link INTAKE_FUTURE_TOLERANCE_SECONDS} ahead of our clock. A signed record replayed is harmless: intake is
 * idempotent (the same marketplace, externalId and body is the same order; the same courier, tracking number,
 * status and time is a duplicate checkpoint).
 */
export const INTAKE_FUTURE_TOLERANCE_SECONDS = 5 * 60;

/** The three signature headers a producer adds to an intake record (beside `tc-partner-id`). */
export type IntakeSignatureHeaders = Record<(typeof INTAKE_HEADERS)['webhookId' | 'webhookTimestamp' | 'webhookSignature'], string>;

/**
 * Signs an intake record for a producer (or a test): the headers to add beside `tc-partner-id`.
 *
 * @param secret one of the partner's `whsec_…` webhook signing secrets
 * @param value the record's value exactly as it will be produced
 * @param meta the record's unique id and the signing time (unix seconds, or a Date)
 * @example producer.send({ topic, messages: [{ key, value, headers: { 'tc-partner-id': id, ...signIntakeRecord(secret, value, { id: `msg_${randomUUID()}`, timestamp: new Date() }) } }] })
 */
export function signIntakeRecord(secret: string, value: Buffer | string, meta: { id: string; timestamp: number | Date }): IntakeSignatureHeaders {
  const timestamp = String(meta.timestamp instanceof Date ? Math.floor(meta.timestamp.getTime() / 1000) : meta.timestamp);
  return {
    [INTAKE_HEADERS.webhookId]: meta.id,
    [INTAKE_HEADERS.webhookTimestamp]: timestamp,
    [INTAKE_HEADERS.webhookSignature]: signWebhook(secret, meta.id, timestamp, value),
  };
}

/** Why a record's signature is refused. */
export type IntakeSignatureProblem = 'unsigned' | 'no-secret' | 'forged' | 'stale' | 'future';

/** The verdict on an intake record's signature: never carries a secret or a signature. */
export type IntakeSignatureVerdict = { ok: true; webhookId: string } | { ok: false; problem: IntakeSignatureProblem; webhookId?: string; detail: string };

/**
 * Judges an intake record's signature against the named partner's current secrets. Pure.
 *
 * @param secrets the partner's currently valid `whsec_…` secrets (two during a rotation; empty → `no-secret`)
 * @param maxAgeSeconds how old the timestamp may be (the topic's retention)
 */
export function judgeIntakeSignature(secrets: readonly string[], record: IntakeRecord, now: Date, maxAgeSeconds: number): IntakeSignatureVerdict {
  const headers = readWebhookHeaders(record.headers);
  const names = `${INTAKE_HEADERS.webhookId}, ${INTAKE_HEADERS.webhookTimestamp} and ${INTAKE_HEADERS.webhookSignature}`;
  if (!headers) return { ok: false, problem: 'unsigned', detail: `the record must carry ${names} (Standard Webhooks), signed by the partner` };
  const webhookId = headers.id;
  if (secrets.length === 0) return { ok: false, problem: 'no-secret', webhookId, detail: 'the partner has no current webhook signing secret' };
  if (!verifyWebhookSignature(secrets, headers, record.value)) {
    return { ok: false, problem: 'forged', webhookId, detail: `${INTAKE_HEADERS.webhookSignature} does not verify with a current secret of the partner named in ${INTAKE_HEADERS.partnerId}` };
  }
  if (judgeWebhookTimestamp(headers.timestamp, now, maxAgeSeconds) === 'stale') {
    return { ok: false, problem: 'stale', webhookId, detail: `${INTAKE_HEADERS.webhookTimestamp} ${headers.timestamp} is older than the topic's retention (${maxAgeSeconds} s)` };
  }
  if (judgeWebhookTimestamp(headers.timestamp, now, INTAKE_FUTURE_TOLERANCE_SECONDS) === 'future') {
    return { ok: false, problem: 'future', webhookId, detail: `${INTAKE_HEADERS.webhookTimestamp} ${headers.timestamp} is more than ${INTAKE_FUTURE_TOLERANCE_SECONDS} s in the future` };
  }
  return { ok: true, webhookId };
}
