import type { Encoding, OpenCount } from './dead-letter-types';

/** Open dead letters of one service: the total and its reasons, most first. */
export interface ServiceSummary {
  service: string;
  open: number;
  latestFailedAt: string;
  reasons: OpenCount[];
}

/**
 * The open counts per service (most open first, then by name), each with its reasons (most first, then by name).
 */
export function summarizeOpen(counts: readonly OpenCount[]): ServiceSummary[] {
  const byService = new Map<string, OpenCount[]>();
  for (const c of counts) byService.set(c.service, [...(byService.get(c.service) ?? []), c]);
  return [...byService.entries()]
    .map(([service, reasons]) => ({
      service,
      open: reasons.reduce((s, r) => s + r.open, 0),
      latestFailedAt: reasons.map((r) => r.latestFailedAt).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)),
      reasons: [...reasons].sort((a, b) => b.open - a.open || a.reason.localeCompare(b.reason)),
    }))
    .sort((a, b) => b.open - a.open || a.service.localeCompare(b.service));
}

/** A message value as the desk shows it. */
export interface PayloadView {
  kind: 'json' | 'text' | 'base64' | 'empty';
  text: string;
  /** The text was cut to {@link MAX_PAYLOAD_CHARS}. */
  truncated: boolean;
}

/** The most of a value the page renders (the whole value is a replay away; the console keeps it). */
export const MAX_PAYLOAD_CHARS = 100_000;

/**
 * A dead letter's value for reading: JSON pretty-printed (two spaces), other text as it is, bytes that are not
 * UTF-8 as their base64, a tombstone (no value) as empty. Long values are cut.
 */
export function payloadView(payload: string | null, encoding: Encoding | null): PayloadView {
  if (payload === null) return { kind: 'empty', text: '', truncated: false };
  let kind: PayloadView['kind'] = encoding === 'base64' ? 'base64' : 'text';
  let text = payload;
  if (kind === 'text') {
    const pretty = prettyJson(payload);
    if (pretty !== null) {
      kind = 'json';
      text = pretty;
    }
  }
  const truncated = text.length > MAX_PAYLOAD_CHARS;
  return { kind, text: truncated ? text.slice(0, MAX_PAYLOAD_CHARS) : text, truncated };
}

/** `text` as indented JSON when it is a JSON object or array, else null. */
export function prettyJson(text: string): string | null {
  const t = text.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return null;
  try {
    return JSON.stringify(JSON.parse(t), null, 2);
  } catch {
    return null;
  }
}

/** A size in bytes: `812 B`, `3.4 KB`, `1.2 MB`. */
export function bytesText(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Where a message came from: `orders.events.v1 [3] @10452`, or that it is not known. */
export function originText(topic: string | null, partition: number | null, offset: string | null): string {
  if (!topic) return 'Unknown original topic';
  return `${topic}${partition === null ? '' : ` [${partition}]`}${offset === null ? '' : ` @${offset}`}`;
}
