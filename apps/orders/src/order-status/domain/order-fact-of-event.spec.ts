import { EVENT_CATALOGUE, type EventType, sampleEnvelope } from '@trustcircle/contracts';
import { ORDER_FACT_KINDS } from './order-fact-kind';
import { ORDER_FACT_EVENT_TYPES, orderFactOf } from './order-fact-of-event';
import { EVENT_HANDLER_METADATA } from '@trustcircle/messaging';
import { RecordOrderFacts } from '../api/order-facts.consumer';

const FACT_DOMAINS = ['escrow', 'delivery', 'disputes', 'notifications'];

describe('orderFactOf', () => {
  it('covers exactly the escrow, delivery, disputes and notifications events the catalogue lists orders as a consumer of', () => {
    const claimed = (Object.keys(EVENT_CATALOGUE) as EventType[]).filter(
      (t) => FACT_DOMAINS.includes(t.split('.')[0]) && (EVENT_CATALOGUE[t].consumers as readonly string[]).includes('orders'),
    );
    expect([...ORDER_FACT_EVENT_TYPES].sort()).toEqual(claimed.sort());
    expect(Reflect.getMetadata(EVENT_HANDLER_METADATA, RecordOrderFacts)).toEqual([...ORDER_FACT_EVENT_TYPES]);
  });

  it.each(ORDER_FACT_EVENT_TYPES)('maps %s to a known fact of its order, with the cause event', (type) => {
    const event = sampleEnvelope(type);
    const fact = orderFactOf(event);
    expect(fact).not.toBeNull();
    expect(ORDER_FACT_KINDS).toContain(fact?.kind);
    expect(fact?.orderId).toBe((event.data as { orderId: string }).orderId);
    expect(fact?.causeEventId).toBe(event.id);
    expect(fact?.causeEventType).toBe(type);
    expect(Number.isNaN(Date.parse(fact?.occurredAt ?? ''))).toBe(false);
    // Small and free of personal data: only scalars, never a phone, a name, a location or free text.
    for (const value of Object.values(fact?.detail ?? {})) expect(['string', 'number', 'boolean'].includes(typeof value) || value === null).toBe(true);
    expect(JSON.stringify(fact?.detail)).not.toMatch(/\+84|phone|name|location|note|account/i);
  });

  it('tells an OUTBOUND delivery from a RETURN one', () => {
    expect(orderFactOf(sampleEnvelope('delivery.shipment-delivered', { direction: 'OUTBOUND' }))?.kind).toBe('OUTBOUND_DELIVERED');
    expect(orderFactOf(sampleEnvelope('delivery.shipment-delivered', { direction: 'RETURN', codAmount: null }))?.kind).toBe('RETURN_DELIVERED');
    expect(orderFactOf(sampleEnvelope('delivery.shipment-first-scanned', { direction: 'RETURN' }))?.kind).toBe('RETURN_PICKED_UP');
    expect(orderFactOf(sampleEnvelope('delivery.shipment-returned', { direction: 'OUTBOUND' }))?.kind).toBe('OUTBOUND_RETURNED');
    expect(orderFactOf(sampleEnvelope('delivery.shipment-returned', { direction: 'RETURN' }))?.kind).toBe('RETURN_SHIPMENT_RETURNED');
    expect(orderFactOf(sampleEnvelope('delivery.shipment-delivery-failed-finally', { direction: 'OUTBOUND' }))?.kind).toBe('OUTBOUND_DELIVERY_FAILED');
  });

  it.each([
    ['FULL', 'DISPUTE_OUTCOME', 'REFUNDED_FULL'],
    ['FULL', 'RETURN_DELIVERED', 'REFUNDED_FULL'],
    ['PARTIAL', 'DISPUTE_OUTCOME', 'REFUNDED_PARTIAL'],
    ['FULL', 'CANCELLATION', 'CANCELLATION_REFUNDED'],
    ['FULL', 'UNDERPAID_EXPIRED', 'EXPIRY_REFUNDED'],
    ['PARTIAL', 'OVERPAYMENT', 'EXCESS_REFUNDED'],
  ] as const)('reads a %s refund for %s as %s', (refundType, reason, kind) => {
    expect(orderFactOf(sampleEnvelope('escrow.escrow-refunded', { refundType, reason }))?.kind).toBe(kind);
  });

  it('skips an event about no order (an unmatched parked payment)', () => {
    expect(orderFactOf(sampleEnvelope('escrow.instruction-settled', { orderId: null }))).toBeNull();
  });
});
