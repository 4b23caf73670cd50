/**
 * Server-sent events framing (the WHATWG HTML "event stream" format): an event is `field: value` lines ended by a
 * blank line; a line starting with `:` is a comment, which clients ignore (a heartbeat).
 */

/** An event named `event` with id `id` and JSON `data` (one line: JSON.stringify escapes newlines). */
export function sseEvent(event: string, id: number, data: unknown, retryMs?: number): string {
  return `${retryMs === undefined ? '' : `retry: ${retryMs}\n`}id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: keeps the connection (and proxies) awake without an event. */
export function sseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;
}
