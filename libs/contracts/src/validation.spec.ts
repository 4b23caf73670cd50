import { TOPICS } from './topics';
import { sampleCourierIntake, sampleEnvelope, sampleEvent, sampleOrderIntake } from './testing/samples';
import { validateEnvelope, validateEvent, validateEventPayload, validateIntakeMessage, type FieldError } from './validation';

/** The fields a failed result names (empty when it passed). */
function fields(result: { ok: true } | { ok: false; errors: FieldError[] }): string[] {
  return result.ok ? [] : [...new Set(result.errors.map((e) => e.field))];
}

describe('validateEventPayload', () => {
  const placed = () => sampleEvent('orders.order-placed') as unknown as Record<string, unknown>;

  it('answers the payload as an instance of its class', () => {
    const r = validateEventPayload('orders.order-placed', placed());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.payload.constructor.name).toBe('OrderPlacedV1');
    if (r.ok) expect(r.payload.buyer.constructor.name).toBe('OrderBuyerV1');
  });

  it('names nested fields with dotted paths', () => {
    const bad = placed();
    bad.buyer = { name: 'Hoa', phone: '0901234567' };
    bad.items = [{ sku: 'A', name: 'B', quantity: 0, unitPrice: 1 }];
    expect(fields(validateEventPayload('orders.order-placed', bad))).toEqual(['buyer.phone', 'items.0.quantity']);
  });

  it('refuses unknown nested fields, arrays for objects and objects for arrays', () => {
    const bad = placed();
    bad.buyer = { ...(bad.buyer as object), nickname: 'x' };
    expect(fields(validateEventPayload('orders.order-placed', bad))).toEqual(['buyer.nickname']);
    expect(fields(validateEventPayload('orders.order-placed', { ...placed(), seller: [(placed() as { seller: object }).seller] }))).toEqual(['seller']);
    expect(fields(validateEventPayload('orders.order-placed', { ...placed(), items: { 0: {} } }))).toContain('items');
  });

  it('never converts types implicitly and never echoes values', () => {
    const r = validateEventPayload('escrow.escrow-funded', { ...sampleEvent('escrow.escrow-funded'), heldAmount: '930000' });
    expect(fields(r)).toEqual(['heldAmount']);
    const secret = validateEventPayload('orders.buyer-otp-requested', { ...sampleEvent('orders.buyer-otp-requested'), encryptedCode: '123456' });
    expect(JSON.stringify(secret)).not.toContain('123456');
  });

  it('keeps amounts whole, non-negative and bounded', () => {
    for (const heldAmount of [1.5, -1, 10_000_000_000_001, Number.NaN, null]) {
      expect(fields(validateEventPayload('escrow.escrow-funded', { ...sampleEvent('escrow.escrow-funded'), heldAmount }))).toEqual(['heldAmount']);
    }
  });

  it('takes times in UTC only', () => {
    for (const fundedAt of ['2025-03-01T15:10:00+07:00', '2025-03-01', '2025-02-30T00:00:00Z', 'yesterday']) {
      expect(fields(validateEventPayload('escrow.escrow-funded', { ...sampleEvent('escrow.escrow-funded'), fundedAt }))).toEqual(['fundedAt']);
    }
  });

  it('requires nullable fields to be present', () => {
    const { disputeId: _d, ...rest } = sampleEvent('escrow.escrow-released');
    expect(fields(validateEventPayload('escrow.escrow-released', rest))).toEqual(['disputeId']);
    expect(validateEventPayload('escrow.escrow-released', { ...rest, disputeId: null }).ok).toBe(true);
  });

  it('ties conditional fields to the field they depend on', () => {
    const opened = sampleEvent('disputes.dispute-opened');
    expect(fields(validateEventPayload('disputes.dispute-opened', { ...opened, requestedAmount: null }))).toEqual(['requestedAmount']);
    expect(fields(validateEventPayload('disputes.dispute-opened', { ...opened, requestedOutcome: 'REFUND_FULL' }))).toEqual(['requestedAmount']);
    expect(validateEventPayload('disputes.dispute-opened', { ...opened, requestedOutcome: 'REFUND_FULL', requestedAmount: null }).ok).toBe(true);
    expect(fields(validateEventPayload('disputes.dispute-opened', { ...opened, vulnerable: false }))).toEqual(['vulnerableCategory']);
    const flagged = { ...sampleEvent('delivery.shipment-status-changed'), flagged: true };
    expect(fields(validateEventPayload('delivery.shipment-status-changed', flagged))).toEqual(['flagReason']);
  });

  it('checks sums and the four-eyes rule', () => {
    const released = sampleEvent('escrow.escrow-released');
    expect(fields(validateEventPayload('escrow.escrow-released', { ...released, feeAmount: released.feeAmount + 1 }))).toEqual(['amount']);
    const decided = sampleEvent('escrow.manual-action-decided');
    expect(fields(validateEventPayload('escrow.manual-action-decided', { ...decided, decidedBy: decided.proposedBy }))).toEqual(['decidedBy']);
  });

  it('refuses personal data in clear where it must be masked', () => {
    const sent = sampleEvent('notifications.notification-sent');
    for (const recipientMasked of ['+84901234567', 'hoa@example.vn', '0071000123456789']) {
      expect(fields(validateEventPayload('notifications.notification-sent', { ...sent, recipientMasked }))).toEqual(['recipientMasked']);
    }
  });

  it('refuses sealed fields that are not sealed', () => {
    const otp = sampleEvent('orders.buyer-otp-requested');
    for (const encryptedCode of ['123456', 'not base64 at all, but long enough to pass a length check!!']) {
      expect(fields(validateEventPayload('orders.buyer-otp-requested', { ...otp, encryptedCode }))).toEqual(['encryptedCode']);
    }
  });

  it('refuses non-objects, prototype keys and absurd nesting', () => {
    for (const data of [null, 'x', 42, [sampleEvent('escrow.escrow-funded')]]) {
      expect(fields(validateEventPayload('escrow.escrow-funded', data))).toEqual(['']);
    }
    const polluted = JSON.parse(`{"orderId":"x","buyer":{"__proto__":{"admin":true}}}`) as unknown;
    expect(fields(validateEventPayload('orders.order-placed', polluted))).toEqual(['buyer.__proto__']);
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 40; i++) deep = { a: deep };
    expect(validateEventPayload('orders.order-placed', deep).ok).toBe(false);
  });

  it('answers an unknown type as an error on `type`', () => {
    expect(validateEventPayload('orders.order-shipped', {})).toEqual({ ok: false, errors: [{ field: 'type', message: 'unknown event type "orders.order-shipped"' }] });
  });
});

describe('validateEnvelope', () => {
  it('accepts a valid envelope and keeps its data', () => {
    const envelope = sampleEnvelope('escrow.escrow-funded');
    const r = validateEnvelope(JSON.parse(JSON.stringify(envelope)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.envelope.data).toEqual(envelope.data);
  });

  it('names each broken envelope field', () => {
    const envelope = { ...sampleEnvelope('escrow.escrow-funded'), id: 'nope', version: 0, producer: 'bank', extra: true, data: [] };
    expect(fields(validateEnvelope(envelope)).sort()).toEqual(['data', 'extra', 'id', 'producer', 'version']);
  });
});

describe('validateEvent', () => {
  const raw = (e: object) => JSON.parse(JSON.stringify(e)) as unknown;

  it('accepts a valid event with its payload instantiated', () => {
    const r = validateEvent(raw(sampleEnvelope('delivery.shipment-delivered')), TOPICS.deliveryEvents.name);
    expect(r.ok).toBe(true);
    if (r.ok && r.event.type === 'delivery.shipment-delivered') expect(r.event.data.constructor.name).toBe('ShipmentDeliveredV1');
  });

  it('classifies every failure with its dead-letter reason', () => {
    const e = sampleEnvelope('escrow.escrow-funded');
    const reason = (x: unknown, topic?: string) => {
      const r = validateEvent(x, topic as never);
      return r.ok ? 'OK' : r.reason;
    };
    expect(reason({ ...e, id: 1 })).toBe('INVALID_ENVELOPE');
    expect(reason({ ...e, type: 'escrow.escrow-vanished' })).toBe('UNKNOWN_TYPE');
    expect(reason({ ...e, version: 2 })).toBe('UNKNOWN_TYPE');
    expect(reason({ ...e, data: { ...e.data, heldAmount: -1 } })).toBe('INVALID_PAYLOAD');
    expect(reason({ ...e, producer: 'orders' })).toBe('CONTRACT_VIOLATION');
    expect(reason({ ...e, key: 'another-key' })).toBe('CONTRACT_VIOLATION');
    expect(reason(raw(e), TOPICS.orderEvents.name)).toBe('CONTRACT_VIOLATION');
    expect(reason(raw(e), TOPICS.escrowEvents.name)).toBe('OK');
  });

  it('lets any service raise a platform alert', () => {
    const alert = sampleEnvelope('platform.operator-alert-raised');
    expect(validateEvent(raw({ ...alert, producer: 'delivery-tracking' })).ok).toBe(true);
  });

  it('prefixes payload errors with data.', () => {
    const e = sampleEnvelope('escrow.escrow-funded');
    const r = validateEvent({ ...e, data: { ...e.data, heldAmount: 'x' } });
    expect(fields(r)).toEqual(['data.heldAmount']);
  });
});

describe('validateIntakeMessage', () => {
  const order = () => sampleOrderIntake() as unknown as Record<string, unknown>;
  const check = (data: unknown) => fields(validateIntakeMessage(TOPICS.orderIntake.name, data));

  it('accepts the sample and the usual Vietnamese phone forms', () => {
    for (const phone of ['0901234567', '+84901234567', '84901234567']) {
      expect(check({ ...order(), buyer: { name: 'Hoa', phone } })).toEqual([]);
    }
  });

  it('refuses foreign and malformed phones', () => {
    for (const phone of ['+14155552671', '12345', '09012345678901234567890']) {
      expect(check({ ...order(), buyer: { name: 'Hoa', phone } })).toEqual(['buyer.phone']);
    }
  });

  it('requires the total to equal items plus shipping exactly', () => {
    expect(check({ ...order(), totalAmount: 930_001 })).toEqual(['totalAmount']);
  });

  it('caps amounts at 10,000,000,000 VND and lines at 200', () => {
    expect(check({ ...order(), shippingFee: 10_000_000_001 })).toContain('shippingFee');
    const items = Array.from({ length: 201 }, () => ({ sku: 'A', name: 'B', quantity: 1, unitPrice: 1 }));
    expect(check({ ...order(), items, totalAmount: 201 + 30_000 })).toEqual(['items']);
  });

  it('refuses unknown fields, wrong types and over-long strings', () => {
    expect(check({ ...order(), coupon: 'X' })).toEqual(['coupon']);
    expect(check({ ...order(), inspectionDays: '3' })).toEqual(['inspectionDays']);
    expect(check({ ...order(), externalId: 'x'.repeat(101) })).toEqual(['externalId']);
    expect(check({ ...order(), currency: 'USD' })).toEqual(['currency']);
    expect(check({ ...order(), paymentMethod: 'CARD' })).toEqual(['paymentMethod']);
  });

  it('validates the seller payout account', () => {
    const seller = { ...(order().seller as object), payoutAccount: { method: 'BANK_ACCOUNT', institutionCode: 'vcb', accountNumber: '1', accountName: '' } };
    expect(check({ ...order(), seller }).sort()).toEqual(['seller.payoutAccount.accountName', 'seller.payoutAccount.accountNumber', 'seller.payoutAccount.institutionCode']);
  });

  it('validates courier intake, with an explicit offset on times', () => {
    const courier = (data: unknown) => fields(validateIntakeMessage(TOPICS.courierIntake.name, data));
    expect(courier(sampleCourierIntake())).toEqual([]);
    expect(courier({ ...sampleCourierIntake(), occurredAt: '2025-03-03 16:00' })).toEqual(['occurredAt']);
    expect(courier({ ...sampleCourierIntake(), status: 'delivered' })).toEqual(['status']);
    expect(courier({ trackingNumber: 'bad number!' , status: 'DELIVERED', occurredAt: '2025-03-03T09:00:00Z' })).toEqual(['trackingNumber']);
  });
});

describe('notifications.webhook-endpoint-disabled urlHost', () => {
  const payload = (urlHost: string) =>
    sampleEvent('notifications.webhook-endpoint-disabled', { urlHost }) as Parameters<typeof validateEventPayload<'notifications.webhook-endpoint-disabled'>>[1];

  it.each(['shop.example.vn', 'localhost', '203.0.113.5', '[2001:db8::1]'])('takes the host %s', (host) => {
    expect(validateEventPayload('notifications.webhook-endpoint-disabled', payload(host)).ok).toBe(true);
  });

  it.each(['shop.example.vn/hooks', 'https://shop.example.vn', 'user@shop.example.vn', ''])('refuses %j (a path, a scheme, credentials, nothing)', (host) => {
    expect(validateEventPayload('notifications.webhook-endpoint-disabled', payload(host)).ok).toBe(false);
  });
});
