import { newOrderCode, normaliseOrderCode, ORDER_CODE_ALPHABET, paymentReferenceOf } from './order-code';

describe('order codes', () => {
  it('are TC-XXXX-XXXX over an alphabet without look-alikes', () => {
    for (let i = 0; i < 200; i++) expect(newOrderCode()).toMatch(/^TC-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/);
    expect(ORDER_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('normalise what buyers type', () => {
    expect(normaliseOrderCode('tc-7kq4-m2xd')).toBe('TC-7KQ4-M2XD');
    expect(normaliseOrderCode(' 7KQ4 M2XD ')).toBe('TC-7KQ4-M2XD');
    expect(normaliseOrderCode('TC-7KQ4-M2X')).toBeUndefined();
    expect(normaliseOrderCode('TC-0000-0000')).toBeUndefined();
  });

  it('derive the payment reference', () => {
    expect(paymentReferenceOf('TC-7KQ4-M2XD')).toBe('TC7KQ4M2XD');
  });
});
