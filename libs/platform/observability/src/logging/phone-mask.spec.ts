import { maskPhone, maskPhonesDeep } from './phone-mask';

describe(maskPhone.name, () => {
  it.each([
    ['+84901234567', '+8490****567'],
    ['0901234567', '090****567'],
    ['84901234567', '8490****567'],
    ['0084901234567', '008490****567'],
    ['%2B84901234567', '%2B8490****567'],
    ['0381234567', '038****567'],
    ['0561234567', '056****567'],
    ['0771234567', '077****567'],
    ['0861234567', '086****567'],
    ['090 123 4567', '090****567'],
    ['0901.234.567', '090****567'],
    ['090-123-4567', '090****567'],
    ['+84 90 123 4567', '+8490****567'],
    ['+84 901 234 567', '+8490****567'],
    ['02438256789', '024*****789'],
    ['024 3825 6789', '024*****789'],
  ])('masks %s as %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  it('masks every number inside a text and keeps the rest', () => {
    expect(maskPhone('Gọi 0901234567 hoặc +84987654321, sdt:0912345678.')).toBe(
      'Gọi 090****567 hoặc +8498****321, sdt:091****678.',
    );
  });

  it('masks numbers inside JSON text and URLs', () => {
    expect(maskPhone('{"phone":"0901234567"}')).toBe('{"phone":"090****567"}');
    expect(maskPhone('/v1/otp?phone=%2B84901234567&x=1')).toBe('/v1/otp?phone=%2B8490****567&x=1');
  });

  it.each([
    ['a UUID', '123e4567-e89b-12d3-a456-0901234567ab'],
    ['a longer digit run', '090123456789'],
    ['an amount', '1500000000'],
    ['a date and time', '05-03-2024 12:30'],
    ['a number glued to letters', 'ORD0901234567'],
    ['a 9-digit number', '090123456'],
    ['a non-Vietnamese mobile prefix', '0101234567'],
    ['an epoch in ms', '1717171717171'],
  ])('leaves %s alone', (_label, input) => {
    expect(maskPhone(input)).toBe(input);
  });
});

describe(maskPhonesDeep.name, () => {
  it('masks strings at any depth, in arrays too, without mutating the input', () => {
    const input = { buyer: { phone: '0901234567', contacts: ['+84912345678', 'x'] }, count: 3, at: new Date(0) };
    const output = maskPhonesDeep(input);
    expect(output).toEqual({ buyer: { phone: '090****567', contacts: ['+8491****678', 'x'] }, count: 3, at: new Date(0) });
    expect(input.buyer.phone).toBe('0901234567');
  });

  it('survives cycles and errors', () => {
    const node: Record<string, unknown> = { phone: '0901234567' };
    node.self = node;
    expect(maskPhonesDeep(node)).toEqual({ phone: '090****567', self: '[Circular]' });
    const error = maskPhonesDeep(new Error('no user 0901234567')) as unknown as Record<string, unknown>;
    expect(error.message).toBe('no user 090****567');
    expect(String(error.stack)).not.toContain('0901234567');
  });
});
