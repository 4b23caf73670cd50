/** A dispatched server-sent event. */
export interface SseEvent {
  kind: 'event';
  /** `event:` field; `message` when none. */
  type: string;
  /** `data:` lines joined by newlines. */
  data: string;
  /** The last event id so far (`id:`), '' when none. */
  id: string;
}

/** A comment line (`: heartbeat`): not an event, but proof the stream is alive. */
export interface SseComment {
  kind: 'comment';
  text: string;
}

export type SseItem = SseEvent | SseComment;

/**
 * An incremental parser of `text/event-stream` (the WHATWG HTML "event stream" interpretation): feed it decoded
 * text as it arrives, in chunks of any size; it answers the events and comments each chunk completes. Lines end
 * with CRLF, LF or CR (a CR at a chunk's end waits for a possible LF); a blank line dispatches the event when it has
 * data; `data` lines are joined by newlines; one space after the colon is dropped; `retry` takes digits only; an
 * `id` containing NUL is ignored; a leading byte-order mark is dropped; unknown fields are ignored.
 */
export class SseParser {
  private buffer = '';
  private started = false;
  private type = '';
  private data: string[] = [];
  private lastId = '';
  /** The reconnection time the server asked for (`retry:`), or null. */
  retryMs: number | null = null;

  push(chunk: string): SseItem[] {
    let text = this.buffer + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    const items: SseItem[] = [];
    let from = 0;
    for (;;) {
      const cr = text.indexOf('\r', from);
      const lf = text.indexOf('\n', from);
      if (cr < 0 && lf < 0) break;
      let end: number;
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        // A CR last in the chunk may be the first half of a CRLF: wait for the next chunk.
        if (cr === text.length - 1) break;
        end = cr;
        next = text[cr + 1] === '\n' ? cr + 2 : cr + 1;
      } else {
        end = lf;
        next = lf + 1;
      }
      this.line(text.slice(from, end), items);
      from = next;
    }
    this.buffer = text.slice(from);
    return items;
  }

  /** The stream ended: an event not ended by a blank line is dropped (as browsers do). */
  end(): void {
    this.buffer = '';
    this.type = '';
    this.data = [];
  }

  private line(line: string, items: SseItem[]): void {
    if (line === '') {
      if (this.data.length > 0) items.push({ kind: 'event', type: this.type || 'message', data: this.data.join('\n'), id: this.lastId });
      this.type = '';
      this.data = [];
      return;
    }
    if (line.startsWith(':')) {
      items.push({ kind: 'comment', text: line.slice(1).replace(/^ /, '') });
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    switch (field) {
      case 'event':
        this.type = value;
        break;
      case 'data':
        this.data.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) this.lastId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retryMs = Number(value);
        break;
      default:
        break;
    }
  }
}
