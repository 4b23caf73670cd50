import { classifyZaloError, toZaloPhone } from './zalo-zns-errors';

describe(classifyZaloError.name, () => {
  it.each([
    [-100, true],
    [-133, true],
    [-108, false],
    [-109, false],
    [-114, false],
    [-115, false],
    [-118, false],
    [-119, false],
    [-124, false],
    [-139, false],
    [-12345, false],
  ])('%i retryable: %s', (code, retryable) => {
    expect(classifyZaloError(code).retryable).toBe(retryable);
  });

  it('names undocumented codes as such', () => {
    expect(classifyZaloError(-777)).toEqual({ code: -777, name: 'Undocumented ZNS error', retryable: false });
  });
});

describe(toZaloPhone.name, () => {
  it.each([
    ['+84901234567', '84901234567'],
    ['84901234567', '84901234567'],
    ['0901234567', '84901234567'],
    ['090 123 4567', '84901234567'],
    ['+842812345678', '842812345678'],
    ['+14155550100', undefined],
    ['+840901234567', undefined],
    ['12345', undefined],
  ])('%s → %s', (phone, expected) => {
    expect(toZaloPhone(phone)).toBe(expected);
  });
});
