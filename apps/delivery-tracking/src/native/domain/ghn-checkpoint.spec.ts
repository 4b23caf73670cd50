import { SHIPMENT_STATUSES, type ShipmentStatus } from '@trustcircle/contracts';
import { ghnCheckpoint } from './ghn-checkpoint';
import { GHN_STATUS_MAP, mapGhnStatus } from './ghn-status';

describe('mapGhnStatus', () => {
  const expected: Array<[string, ShipmentStatus]> = [
    ['ready_to_pick', 'INFO_RECEIVED'],
    ['picking', 'INFO_RECEIVED'],
    ['money_collect_picking', 'INFO_RECEIVED'],
    ['picked', 'PICKED_UP'],
    ['storing', 'IN_TRANSIT'],
    ['transporting', 'IN_TRANSIT'],
    ['sorting', 'IN_TRANSIT'],
    ['delivering', 'OUT_FOR_DELIVERY'],
    ['money_collect_delivering', 'OUT_FOR_DELIVERY'],
    ['delivered', 'DELIVERED'],
    ['delivery_fail', 'DELIVERY_FAILED'],
    ['waiting_to_return', 'RETURNING'],
    ['return', 'RETURNING'],
    ['return_transporting', 'RETURNING'],
    ['return_sorting', 'RETURNING'],
    ['returning', 'RETURNING'],
    ['return_fail', 'EXCEPTION'],
    ['returned', 'RETURNED'],
    ['cancel', 'CANCELLED'],
    ['exception', 'EXCEPTION'],
    ['damage', 'EXCEPTION'],
    ['lost', 'LOST'],
  ];

  it.each(expected)('maps %s to %s, raw code kept, not unmapped', (code, status) => {
    expect(mapGhnStatus(code)).toEqual({ status, rawStatus: code, unmapped: false });
  });

  it('covers exactly the documented codes (22), every one to a canonical status', () => {
    expect(Object.keys(GHN_STATUS_MAP).sort()).toEqual(expected.map(([code]) => code).sort());
    for (const status of Object.values(GHN_STATUS_MAP)) expect(SHIPMENT_STATUSES).toContain(status);
  });

  it('matches ignoring case and surrounding blanks, keeping the raw code as sent', () => {
    expect(mapGhnStatus(' Delivered ')).toEqual({ status: 'DELIVERED', rawStatus: ' Delivered ', unmapped: false });
  });

  it.each(['waiting_to_finish', 'storing_return', 'DELIVERED_PARTIAL', 'constructor', 'toString', '__proto__', 'x'])(
    'maps the unknown code %j to EXCEPTION, unmapped, raw code kept',
    (code) => {
      expect(mapGhnStatus(code)).toEqual({ status: 'EXCEPTION', rawStatus: code, unmapped: true });
    },
  );
});

describe('ghnCheckpoint', () => {
  const base = { OrderCode: 'LBK6RN7X', Status: 'delivering', Time: '2025-06-02T09:15:00+07:00' };

  it('maps every field: OrderCode, Status (raw kept), Time, Warehouse, Reason, CODAmount (bigint VND)', () => {
    expect(ghnCheckpoint({ ...base, Status: 'delivery_fail', Warehouse: 'Bưu Cục Q.1', Reason: 'Khách không nghe máy', CODAmount: 350_000 })).toEqual({
      trackingNumber: 'LBK6RN7X',
      status: 'DELIVERY_FAILED',
      rawStatus: 'delivery_fail',
      unmapped: false,
      occurredAt: new Date('2025-06-02T02:15:00.000Z'),
      location: 'Bưu Cục Q.1',
      note: 'Khách không nghe máy',
      codAmount: 350_000n,
      source: 'GHN',
    });
  });

  it('absent or blank optional fields are null; CODAmount 0 is kept as 0', () => {
    const cp = ghnCheckpoint({ ...base, Warehouse: '  ', Reason: '', CODAmount: 0 });
    expect(cp).toMatchObject({ location: null, note: null, codAmount: 0n });
    expect(ghnCheckpoint(base)).toMatchObject({ location: null, note: null, codAmount: null });
    expect(ghnCheckpoint({ ...base, Warehouse: null, Reason: null, CODAmount: null })).toMatchObject({ location: null, note: null, codAmount: null });
  });

  it('an unknown status lands as EXCEPTION, unmapped, raw code kept (never dropped)', () => {
    expect(ghnCheckpoint({ ...base, Status: 'brand_new_status' })).toMatchObject({ status: 'EXCEPTION', rawStatus: 'brand_new_status', unmapped: true });
  });

  it('reads a Time without an offset as Vietnam time', () => {
    expect(ghnCheckpoint({ ...base, Time: '2025-06-02 09:15:00' }).occurredAt.toISOString()).toBe('2025-06-02T02:15:00.000Z');
  });

  it('throws on a Time that does not parse (bodies are validated first)', () => {
    expect(() => ghnCheckpoint({ ...base, Time: 'yesterday' })).toThrow(RangeError);
  });
});
