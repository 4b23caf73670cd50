import type { PlatformDeadLetterRecord } from '../infrastructure/platform-dead-letter.orm-entity';
import { deadLetterDetail, deadLetterSummary } from './dead-letter-views';

function record(overrides: Partial<PlatformDeadLetterRecord> = {}): PlatformDeadLetterRecord {
  return {
    id: '7d7c0f5e-3c1a-4b8e-9f2d-1a2b3c4d5e6f',
    seq: '12',
    service: 'escrow',
    consumerGroup: 'tc.escrow',
    originalTopic: 'orders.events.v1',
    originalPartition: 4,
    originalOffset: '10452',
    key: Buffer.from('order-1'),
    eventId: 'e-1',
    eventType: 'orders.order-placed',
    reason: 'INVALID_PAYLOAD',
    detail: 'data.totalAmount must be a positive integer',
    failedAt: new Date('2026-11-29T14:31:02.123Z'),
    deadLetterTopic: 'deadletter.escrow.v1',
    deadLetterPartition: 1,
    deadLetterOffset: '77',
    deadLetterTimestamp: new Date('2026-11-29T14:31:02.200Z'),
    messageDigest: Buffer.alloc(32),
    value: Buffer.from('{"buyer":{"phone":"+84901234567"}}'),
    headers: [
      { name: 'tc-event-id', value: 'e-1', encoding: 'utf8' },
      { name: 'tc-replayed-from', value: '0b9f2c3e-6a51-4f7e-9c1d-2e8a4b6c7d10', encoding: 'utf8' },
    ],
    receivedAt: new Date('2026-11-29T14:31:03.000Z'),
    replayedAt: null,
    replayedBy: null,
    replayCount: 0,
    replayedPartition: null,
    replayedOffset: null,
    ...overrides,
  };
}

describe('dead-letter views', () => {
  it('summarise without the value or headers, telling what it was replayed from', () => {
    const summary = deadLetterSummary(record());
    expect(summary).toMatchObject({ state: 'open', key: 'order-1', keyEncoding: 'utf8', replayedFrom: '0b9f2c3e-6a51-4f7e-9c1d-2e8a4b6c7d10', lastReplay: null });
    expect(JSON.stringify(summary)).not.toContain('+84901234567');
    expect(Object.keys(summary)).not.toContain('payload');
    expect(Object.keys(summary)).not.toContain('headers');
  });

  it('say a replayed one is replayed, by whom and where it landed', () => {
    const at = new Date('2026-11-30T08:00:00.000Z');
    expect(deadLetterSummary(record({ replayedAt: at, replayedBy: 'op-1', replayCount: 1, replayedPartition: 4, replayedOffset: '20001' }))).toMatchObject({
      state: 'replayed',
      replayedAt: at.toISOString(),
      replayedBy: 'op-1',
      replayCount: 1,
      lastReplay: { partition: 4, offset: '20001' },
    });
  });

  it('show the value in full in the detail: text, base64 when not UTF-8, null for a tombstone', () => {
    expect(deadLetterDetail(record())).toMatchObject({ payload: '{"buyer":{"phone":"+84901234567"}}', payloadEncoding: 'utf8', payloadBytes: 34, headers: record().headers });
    expect(deadLetterDetail(record({ value: Buffer.from([0xff, 0x00]), key: Buffer.from([0xfe]) }))).toMatchObject({ payload: '/wA=', payloadEncoding: 'base64', payloadBytes: 2, key: '/g==', keyEncoding: 'base64' });
    expect(deadLetterDetail(record({ value: null, key: null }))).toMatchObject({ payload: null, payloadEncoding: null, payloadBytes: 0, key: null, keyEncoding: null });
  });
});
