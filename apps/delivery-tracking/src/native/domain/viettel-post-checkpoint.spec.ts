import { SHIPMENT_STATUSES, type ShipmentStatus } from '@trustcircle/contracts';
import { viettelPostCheckpoint } from './viettel-post-checkpoint';
import { mapViettelPostStatus, VIETTEL_POST_IGNORED, VIETTEL_POST_STATUS_MAP } from './viettel-post-status';

describe('mapViettelPostStatus', () => {
  const expected: Array<[number, ShipmentStatus]> = [
    [100, 'INFO_RECEIVED'],
    [101, 'CANCELLED'],
    [102, 'INFO_RECEIVED'],
    [103, 'INFO_RECEIVED'],
    [104, 'INFO_RECEIVED'],
    [105, 'PICKED_UP'],
    [106, 'EXCEPTION'],
    [107, 'CANCELLED'],
    [200, 'PICKED_UP'],
    [201, 'CANCELLED'],
    [300, 'IN_TRANSIT'],
    [301, 'IN_TRANSIT'],
    [302, 'IN_TRANSIT'],
    [303, 'IN_TRANSIT'],
    [400, 'IN_TRANSIT'],
    [401, 'IN_TRANSIT'],
    [402, 'IN_TRANSIT'],
    [403, 'IN_TRANSIT'],
    [500, 'OUT_FOR_DELIVERY'],
    [501, 'DELIVERED'],
    [502, 'RETURNING'],
    [503, 'EXCEPTION'],
    [504, 'RETURNED'],
    [505, 'RETURNING'],
    [506, 'DELIVERY_FAILED'],
    [507, 'DELIVERY_FAILED'],
    [508, 'OUT_FOR_DELIVERY'],
    [509, 'IN_TRANSIT'],
    [510, 'IN_TRANSIT'],
    [515, 'RETURNING'],
    [550, 'OUT_FOR_DELIVERY'],
  ];

  it.each(expected)('maps %i to %s, raw code kept as text, not unmapped', (code, status) => {
    expect(mapViettelPostStatus(code)).toEqual({ kind: 'status', status, rawStatus: String(code), unmapped: false });
  });

  it('covers exactly the reference table (31 codes besides 202), every one to a canonical status', () => {
    expect([...VIETTEL_POST_STATUS_MAP.keys()].sort()).toEqual(expected.map(([code]) => code).sort());
    for (const status of VIETTEL_POST_STATUS_MAP.values()) expect(SHIPMENT_STATUSES).toContain(status);
  });

  it('ignores 202 (waybill edited: not a movement), keeping its raw code for the answer', () => {
    expect(mapViettelPostStatus(202)).toEqual({ kind: 'ignored', rawStatus: '202' });
    expect([...VIETTEL_POST_IGNORED]).toEqual([202]);
    expect(VIETTEL_POST_STATUS_MAP.has(202)).toBe(false);
  });

  it.each([0, -1, 99, 108, 203, 304, 404, 511, 516, 551, 999, 1000, 70_000])('maps the unknown code %i to EXCEPTION, unmapped, raw code kept', (code) => {
    expect(mapViettelPostStatus(code)).toEqual({ kind: 'status', status: 'EXCEPTION', rawStatus: String(code), unmapped: true });
  });
});

describe('viettelPostCheckpoint', () => {
  const base = { ORDER_NUMBER: '1034538162', ORDER_STATUS: 501, ORDER_STATUSDATE: '02/06/2025 09:15:00' };

  it('maps every field: ORDER_NUMBER, ORDER_STATUS (raw kept), ORDER_STATUSDATE (Vietnam time), LOCALION_CURRENTLY, NOTE, MONEY_COLLECTION', () => {
    expect(viettelPostCheckpoint({ ...base, LOCALION_CURRENTLY: 'Bưu cục Quận 1', NOTE: 'Phát thành công', MONEY_COLLECTION: 350_000 })).toEqual({
      kind: 'checkpoint',
      checkpoint: {
        trackingNumber: '1034538162',
        status: 'DELIVERED',
        rawStatus: '501',
        unmapped: false,
        occurredAt: new Date('2025-06-02T02:15:00.000Z'),
        location: 'Bưu cục Quận 1',
        note: 'Phát thành công',
        codAmount: 350_000n,
        source: 'VIETTEL_POST',
      },
    });
  });

  it('absent or blank optional fields are null', () => {
    expect(viettelPostCheckpoint({ ...base, LOCALION_CURRENTLY: '', NOTE: ' ', MONEY_COLLECTION: null })).toMatchObject({
      checkpoint: { location: null, note: null, codAmount: null },
    });
    expect(viettelPostCheckpoint(base)).toMatchObject({ checkpoint: { location: null, note: null, codAmount: null } });
  });

  it('an unknown code lands as EXCEPTION, unmapped, raw code kept (never dropped)', () => {
    expect(viettelPostCheckpoint({ ...base, ORDER_STATUS: 777 })).toMatchObject({ kind: 'checkpoint', checkpoint: { status: 'EXCEPTION', rawStatus: '777', unmapped: true } });
  });

  it('202 is ignored (no checkpoint), even with a date that would not parse', () => {
    expect(viettelPostCheckpoint({ ...base, ORDER_STATUS: 202, ORDER_STATUSDATE: 'n/a' })).toEqual({ kind: 'ignored', rawStatus: '202' });
  });

  it('throws on a date that does not parse (bodies are validated first)', () => {
    expect(() => viettelPostCheckpoint({ ...base, ORDER_STATUSDATE: '2025-06-02 09:15:00' })).toThrow(RangeError);
  });
});
