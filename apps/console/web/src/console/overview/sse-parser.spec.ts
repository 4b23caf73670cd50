import { SseParser } from './sse-parser';

describe(SseParser.name, () => {
  it('reads the console’s frames: retry, id, event and one JSON data line, then heartbeats', () => {
    const p = new SseParser();
    expect(p.push('retry: 3000\nid: 1\nevent: snapshot\ndata: {"today":"2026-11-29"}\n\n: heartbeat\n\n')).toEqual([
      { kind: 'event', type: 'snapshot', data: '{"today":"2026-11-29"}', id: '1' },
      { kind: 'comment', text: 'heartbeat' },
    ]);
    expect(p.retryMs).toBe(3000);
  });

  it('puts together events split anywhere across chunks, a CRLF split in two included', () => {
    const text = 'id: 7\r\nevent: snapshot\r\ndata: {"a":1}\r\n\r\nevent: snapshot\rdata: {"a":2}\r\r\n';
    for (let size = 1; size <= text.length; size++) {
      const p = new SseParser();
      const items = [];
      for (let i = 0; i < text.length; i += size) items.push(...p.push(text.slice(i, i + size)));
      expect([size, items]).toEqual([
        size,
        [
          { kind: 'event', type: 'snapshot', data: '{"a":1}', id: '7' },
          { kind: 'event', type: 'snapshot', data: '{"a":2}', id: '7' },
        ],
      ]);
    }
  });

  it('joins data lines with newlines, drops one leading space only, and names an event without a type "message"', () => {
    const p = new SseParser();
    expect(p.push('data:one\ndata:  two\ndata\n\n')).toEqual([{ kind: 'event', type: 'message', data: 'one\n two\n', id: '' }]);
  });

  it('dispatches nothing without data, ignores unknown fields, bad retries and ids with NUL, and drops a leading BOM', () => {
    const p = new SseParser();
    expect(p.push('\uFEFFevent: snapshot\n\nfoo: bar\nretry: 5s\nid: a\0b\ndata: x\n\n')).toEqual([{ kind: 'event', type: 'message', data: 'x', id: '' }]);
    expect(p.retryMs).toBeNull();
  });

  it('keeps an unfinished event until its blank line, and drops it when the stream ends', () => {
    const p = new SseParser();
    expect(p.push('event: snapshot\ndata: {"a"')).toEqual([]);
    expect(p.push(':1}\n')).toEqual([]);
    expect(p.push('\n')).toEqual([{ kind: 'event', type: 'snapshot', data: '{"a":1}', id: '' }]);
    p.push('event: snapshot\ndata: {"half"');
    p.end();
    expect(p.push('data: next\n\n')).toEqual([{ kind: 'event', type: 'message', data: 'next', id: '' }]);
  });
});
