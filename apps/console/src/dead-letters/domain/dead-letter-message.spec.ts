import { DEAD_LETTER_HEADERS, EVENT_HEADERS } from '@trustcircle/contracts';
import { flattenHeaders, kafkaHeadersOf, messageDigest, parseDeadLetter, type RawDeadLetter } from './dead-letter-message';

const RECEIVED = new Date('2026-11-29T15:00:00.000Z');

/** A dead letter as the platform's publisher writes it, headers as KafkaJS hands them to a consumer (buffers). */
function published(overrides: Partial<RawDeadLetter> = {}, headers: Record<string, string | Buffer | Buffer[]> = {}): RawDeadLetter {
  const all: Record<string, string | Buffer | Buffer[]> = {
    [EVENT_HEADERS.eventId]: '5f0c8a1e-2b7d-4c3e-9a61-0d2f4e6b8c11',
    [EVENT_HEADERS.eventType]: 'orders.order-placed',
    'tc-correlation-id': 'corr-1',
    [DEAD_LETTER_HEADERS.reason]: 'INVALID_PAYLOAD',
    [DEAD_LETTER_HEADERS.detail]: 'data.totalAmount must be a positive integer',
    [DEAD_LETTER_HEADERS.originalTopic]: 'orders.events.v1',
    [DEAD_LETTER_HEADERS.originalPartition]: '4',
    [DEAD_LETTER_HEADERS.originalOffset]: '10452',
    [DEAD_LETTER_HEADERS.consumerGroup]: 'tc.escrow',
    [DEAD_LETTER_HEADERS.failedAt]: '2026-11-29T14:31:02.123Z',
    ...headers,
  };
  return {
    topic: 'deadletter.escrow.v1',
    partition: 1,
    offset: '77',
    timestamp: String(Date.parse('2026-11-29T14:31:02.200Z')),
    key: Buffer.from('order-1'),
    value: Buffer.from('{"id":"x"}'),
    headers: Object.fromEntries(Object.entries(all).map(([k, v]) => [k, typeof v === 'string' ? Buffer.from(v) : v])),
    ...overrides,
  };
}

describe('a dead letter read from its topic', () => {
  it('says who failed (the topic’s service), where the message was, why and when, and keeps the original headers only', () => {
    const d = parseDeadLetter(published(), RECEIVED);
    expect(d).toMatchObject({
      service: 'escrow',
      consumerGroup: 'tc.escrow',
      originalTopic: 'orders.events.v1',
      originalPartition: 4,
      originalOffset: '10452',
      eventId: '5f0c8a1e-2b7d-4c3e-9a61-0d2f4e6b8c11',
      eventType: 'orders.order-placed',
      reason: 'INVALID_PAYLOAD',
      detail: 'data.totalAmount must be a positive integer',
      failedAt: new Date('2026-11-29T14:31:02.123Z'),
      deadLetterTopic: 'deadletter.escrow.v1',
      deadLetterPartition: 1,
      deadLetterOffset: '77',
      deadLetterTimestamp: new Date('2026-11-29T14:31:02.200Z'),
    });
    expect(d?.headers.map((h) => h.name)).toEqual([EVENT_HEADERS.eventId, EVENT_HEADERS.eventType, 'tc-correlation-id']);
    expect(d?.key?.toString()).toBe('order-1');
  });

  it('is the same dead letter when its topic carries it twice (a retried publish: other offset, time and failure instant)', () => {
    const first = parseDeadLetter(published(), RECEIVED);
    const again = parseDeadLetter(published({ offset: '78', timestamp: String(Date.parse('2026-11-29T14:31:05Z')) }, { [DEAD_LETTER_HEADERS.failedAt]: '2026-11-29T14:31:05.000Z' }), RECEIVED);
    expect(again?.digest.equals(first?.digest ?? Buffer.alloc(0))).toBe(true);
    expect(parseDeadLetter(published({ value: Buffer.from('{"id":"y"}') }), RECEIVED)?.digest.equals(first?.digest ?? Buffer.alloc(0))).toBe(false);
  });

  it('is recorded even when it is not the platform’s: reason UNKNOWN, origin unknown, failed when it was written', () => {
    const d = parseDeadLetter({ topic: 'deadletter.notifications.v1', partition: 0, offset: '3', timestamp: '1764426662000', key: null, value: Buffer.from([0xff, 0x00]) }, RECEIVED);
    expect(d).toMatchObject({
      service: 'notifications',
      consumerGroup: null,
      originalTopic: null,
      originalPartition: null,
      originalOffset: null,
      eventId: null,
      eventType: null,
      reason: 'UNKNOWN',
      detail: '',
      failedAt: new Date(1764426662000),
      headers: [],
    });
  });

  it('refuses nonsense coordinates and instants, and rids text of NULs', () => {
    const d = parseDeadLetter(
      published({}, {
        [DEAD_LETTER_HEADERS.originalPartition]: '-1',
        [DEAD_LETTER_HEADERS.originalOffset]: '99999999999999999999',
        [DEAD_LETTER_HEADERS.failedAt]: 'yesterday',
        [DEAD_LETTER_HEADERS.detail]: 'bad\u0000 value',
      }),
      RECEIVED,
    );
    expect(d).toMatchObject({ originalPartition: null, originalOffset: null, failedAt: new Date('2026-11-29T14:31:02.200Z'), detail: 'bad value' });
  });

  it('takes the event id and type from the envelope when the headers lack them, and never fails on a malformed value', () => {
    const noIds = { [EVENT_HEADERS.eventId]: Buffer.alloc(0), [EVENT_HEADERS.eventType]: Buffer.alloc(0) };
    expect(parseDeadLetter(published({ value: Buffer.from('{"id":"e-1","type":"escrow.escrow-funded","data":{}}') }, noIds), RECEIVED)).toMatchObject({ eventId: 'e-1', eventType: 'escrow.escrow-funded' });
    for (const value of [Buffer.from('{"id":'), Buffer.from('[1]'), Buffer.from('null'), Buffer.from([0xff]), null]) {
      expect(parseDeadLetter(published({ value }, noIds), RECEIVED)).toMatchObject({ eventId: null, eventType: null, value });
    }
  });

  it('is no dead letter of ours on another topic', () => {
    expect(parseDeadLetter(published({ topic: 'orders.events.v1' }), RECEIVED)).toBeUndefined();
  });
});

describe('message headers', () => {
  it('flatten in order, a repeated header once per value, binary ones as base64, and come back byte for byte', () => {
    const binary = Buffer.from([0xde, 0xad, 0xbe, 0xef]);
    const flat = flattenHeaders({ a: Buffer.from('1'), b: [Buffer.from('x'), 'y'], c: binary, d: undefined });
    expect(flat).toEqual([
      { name: 'a', value: '1', encoding: 'utf8' },
      { name: 'b', value: 'x', encoding: 'utf8' },
      { name: 'b', value: 'y', encoding: 'utf8' },
      { name: 'c', value: binary.toString('base64'), encoding: 'base64' },
    ]);
    expect(kafkaHeadersOf(flat)).toEqual({ a: Buffer.from('1'), b: [Buffer.from('x'), Buffer.from('y')], c: binary });
  });
});

describe('a message digest', () => {
  it('tells a missing key or value from an empty one, and key from value', () => {
    const digests = [
      messageDigest(null, null),
      messageDigest(Buffer.alloc(0), null),
      messageDigest(null, Buffer.alloc(0)),
      messageDigest(Buffer.from('ab'), Buffer.from('c')),
      messageDigest(Buffer.from('a'), Buffer.from('bc')),
    ].map((d) => d.toString('hex'));
    expect(new Set(digests).size).toBe(digests.length);
  });
});
