import { ORDER_FACT_KINDS } from './order-fact-kind';
import { timelineGroupOf } from './timeline-group';

describe(timelineGroupOf.name, () => {
  it.each([
    ['ESCROW_FUNDED', 'MONEY'],
    ['REFUNDED_PARTIAL', 'MONEY'],
    ['HOLD_RELEASED', 'MONEY'],
    ['OUTBOUND_DELIVERED', 'PARCEL'],
    ['RETURN_DELIVERED', 'PARCEL'],
    ['SHIPMENT_LOST', 'PARCEL'],
    ['DISPUTE_OPENED', 'COMPLAINT'],
    ['OFFER_MADE', 'COMPLAINT'],
    ['HOLD_OUTCOME_RECORDED', 'COMPLAINT'],
    ['MESSAGE_SENT', 'MESSAGE'],
  ] as const)('%s is %s', (kind, group) => {
    expect(timelineGroupOf(kind)).toBe(group);
  });

  it('places every fact kind on a strand', () => {
    for (const kind of ORDER_FACT_KINDS) expect(['MONEY', 'PARCEL', 'COMPLAINT', 'MESSAGE']).toContain(timelineGroupOf(kind));
  });
});
