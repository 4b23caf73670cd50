import { OperatorAlertRaisedV1 } from '@trustcircle/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { codRemittanceOverdueAlert, overdueCutoff } from './cod-overdue';

describe('overdue COD cash', () => {
  it('is overdue once more than the alert days passed since delivery', () => {
    expect(overdueCutoff(new Date('2026-11-28T10:00:00.000Z'), 3).toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(() => overdueCutoff(new Date(), 0)).toThrow(RangeError);
    expect(() => overdueCutoff(new Date(), 1.5)).toThrow(RangeError);
  });

  it('alerts operators with a valid WARNING COD_REMITTANCE_OVERDUE naming the order, the courier and the amounts', () => {
    const alert = codRemittanceOverdueAlert(
      {
        escrowId: '0b8f3a52-6c1e-4d7a-9f2b-3e4c5d6a7b8c',
        orderId: '7d3f1c2e-9b8a-4c6d-8e5f-0a1b2c3d4e5f',
        orderCode: 'TC-7K2M-9QXA',
        courierId: '5a6b7c8d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
        trackingNumber: 'GHN5KX7Q2P',
        deliveredAt: new Date('2026-11-24T03:00:00.000Z'),
        expected: 1_250_000n,
        outstanding: 650_000n,
      },
      3,
      '11111111-1111-4111-8111-111111111111',
      new Date('2026-11-28T10:00:00.000Z'),
    );
    expect(alert).toMatchObject({ alertId: '11111111-1111-4111-8111-111111111111', severity: 'WARNING', code: 'COD_REMITTANCE_OVERDUE', service: 'escrow', orderId: '7d3f1c2e-9b8a-4c6d-8e5f-0a1b2c3d4e5f', raisedAt: '2026-11-28T10:00:00.000Z' });
    expect(alert.message).toBe(
      'COD cash of order TC-7K2M-9QXA (7d3f1c2e-9b8a-4c6d-8e5f-0a1b2c3d4e5f, tracking GHN5KX7Q2P) delivered by courier 5a6b7c8d-1e2f-4a3b-8c4d-5e6f7a8b9c0d ' +
        'at 2026-11-24T03:00:00.000Z is still unremitted after more than 3 days: 650000 of 1250000 VND outstanding. ' +
        'See GET /v1/couriers/5a6b7c8d-1e2f-4a3b-8c4d-5e6f7a8b9c0d/cod-reconciliation.',
    );
    expect(validateSync(plainToInstance(OperatorAlertRaisedV1, alert))).toEqual([]);
  });
});
