import { normaliseVnPhone } from './phone';

describe(normaliseVnPhone.name, () => {
  it.each([
    ['0901234567', '+84901234567'],
    ['+84 90 123 4567', '+84901234567'],
    ['84901234567', '+84901234567'],
    ['0912 345 678', '+84912345678'],
  ])('%s → %s', (input, e164) => {
    expect(normaliseVnPhone(input)).toBe(e164);
  });

  it.each(['12345', '+14155550123', 'not a phone', '0901234'])('refuses %s', (input) => {
    expect(normaliseVnPhone(input)).toBeUndefined();
  });
});
