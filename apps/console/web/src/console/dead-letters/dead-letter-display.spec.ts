import { bytesText, MAX_PAYLOAD_CHARS, originText, payloadView, prettyJson, summarizeOpen } from './dead-letter-display';

describe(summarizeOpen.name, () => {
  it('totals the open dead letters per service, most first, reasons most first', () => {
    const at = (d: string) => `2026-11-${d}T00:00:00.000Z`;
    const summary = summarizeOpen([
      { service: 'escrow', reason: 'INVALID_PAYLOAD', open: 2, oldestFailedAt: at('01'), latestFailedAt: at('05') },
      { service: 'orders', reason: 'MALFORMED_JSON', open: 1, oldestFailedAt: at('02'), latestFailedAt: at('02') },
      { service: 'escrow', reason: 'HANDLER_FAILED', open: 3, oldestFailedAt: at('03'), latestFailedAt: at('04') },
      { service: 'disputes', reason: 'UNKNOWN', open: 5, oldestFailedAt: at('03'), latestFailedAt: at('03') },
    ]);
    expect(summary.map((s) => [s.service, s.open, s.latestFailedAt])).toEqual([
      ['disputes', 5, at('03')],
      ['escrow', 5, at('05')],
      ['orders', 1, at('02')],
    ]);
    expect(summary[1].reasons.map((r) => r.reason)).toEqual(['HANDLER_FAILED', 'INVALID_PAYLOAD']);
    expect(summarizeOpen([])).toEqual([]);
  });
});

describe(payloadView.name, () => {
  it('pretty-prints JSON', () => {
    expect(payloadView('{"id":"e-1","data":{"amount":1000}}', 'utf8')).toEqual({
      kind: 'json',
      text: '{\n  "id": "e-1",\n  "data": {\n    "amount": 1000\n  }\n}',
      truncated: false,
    });
  });

  it('shows other text as it is, bytes as base64, a tombstone as empty', () => {
    expect(payloadView('{not json', 'utf8')).toEqual({ kind: 'text', text: '{not json', truncated: false });
    expect(payloadView('3q2+7w==', 'base64')).toEqual({ kind: 'base64', text: '3q2+7w==', truncated: false });
    expect(payloadView(null, null)).toEqual({ kind: 'empty', text: '', truncated: false });
  });

  it('cuts a very long value', () => {
    const view = payloadView('x'.repeat(MAX_PAYLOAD_CHARS + 10), 'utf8');
    expect(view.truncated).toBe(true);
    expect(view.text).toHaveLength(MAX_PAYLOAD_CHARS);
  });
});

describe(prettyJson.name, () => {
  it('formats objects and arrays only', () => {
    expect(prettyJson(' [1,2] ')).toBe('[\n  1,\n  2\n]');
    expect(prettyJson('"just a string"')).toBeNull();
    expect(prettyJson('42')).toBeNull();
  });
});

describe(originText.name, () => {
  it('says where the message was', () => {
    expect(originText('orders.events.v1', 3, '10452')).toBe('orders.events.v1 [3] @10452');
    expect(originText('orders.events.v1', null, null)).toBe('orders.events.v1');
    expect(originText(null, 1, '2')).toBe('Unknown original topic');
  });
});

describe(bytesText.name, () => {
  it('reads sizes', () => {
    expect(bytesText(812)).toBe('812 B');
    expect(bytesText(3482)).toBe('3.4 KB');
    expect(bytesText(1_258_291)).toBe('1.2 MB');
  });
});
