import { randomUUID } from 'node:crypto';
import { INTAKE_HEADERS, orderIntakeKey } from '@trustcircle/contracts';
import type { KafkaMessage } from 'kafkajs';
import { decodeIntake, intakeRecordOf } from './decode-intake';

const partnerId = randomUUID();
const order = {
  externalId: 'SHOP-1',
  buyer: { name: 'An', phone: '0901234567' },
  seller: { id: 's', name: 'S' },
  items: [{ sku: 'a', name: 'A', quantity: 1, unitPrice: 1000 }],
  shippingFee: 0,
  totalAmount: 1000,
  currency: 'VND',
  paymentMethod: 'PREPAID',
};

function message(value: string, headers: Record<string, string> = { [INTAKE_HEADERS.partnerId]: partnerId }, key = orderIntakeKey(partnerId, 'SHOP-1')): KafkaMessage {
  return { key: Buffer.from(key), value: Buffer.from(value), headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Buffer.from(v)])), offset: '0', timestamp: '0', attributes: 0 } as KafkaMessage;
}

describe(decodeIntake.name, () => {
  it('accepts a valid order with the partner header and the contract key', () => {
    const r = decodeIntake('orders.intake.v1', message(JSON.stringify(order)));
    expect(r).toMatchObject({ ok: true, partnerId, message: { externalId: 'SHOP-1' } });
  });

  it.each([
    ['MALFORMED_JSON', message('{')],
    ['CONTRACT_VIOLATION', message(JSON.stringify(order), {})],
    ['CONTRACT_VIOLATION', message(JSON.stringify(order), { [INTAKE_HEADERS.partnerId]: 'not-a-uuid' })],
    ['INVALID_PAYLOAD', message(JSON.stringify({ ...order, totalAmount: 5 }))],
    ['CONTRACT_VIOLATION', message(JSON.stringify(order), undefined, 'wrong-key')],
  ])('refuses with %s', (reason, m) => {
    expect(decodeIntake('orders.intake.v1', m)).toMatchObject({ ok: false, reason });
  });
});

describe(intakeRecordOf.name, () => {
  it('keeps the value bytes exactly (what the partner signed) and reads headers as UTF-8, a repeated one as a list', () => {
    const value = Buffer.concat([Buffer.from('{"note":"Đã giao"}'), Buffer.from([0xff])]);
    const m = { ...message('x'), value, headers: { [INTAKE_HEADERS.partnerId]: Buffer.from(partnerId), 'webhook-id': 'msg_1', 'webhook-signature': [Buffer.from('v1,a'), 'v1,b'], gone: undefined } } as KafkaMessage;
    const record = intakeRecordOf(m);
    expect(record.value.equals(value)).toBe(true);
    expect(record.headers).toEqual({ [INTAKE_HEADERS.partnerId]: partnerId, 'webhook-id': 'msg_1', 'webhook-signature': ['v1,a', 'v1,b'] });
    expect(intakeRecordOf({ ...m, value: null, headers: undefined } as KafkaMessage)).toEqual({ value: Buffer.alloc(0), headers: {} });
  });
});
