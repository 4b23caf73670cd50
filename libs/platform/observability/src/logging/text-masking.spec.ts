import { maskSecretsInText } from './text-masking';

describe(maskSecretsInText.name, () => {
  it.each([
    ['OTP 493817 rejected', 'OTP ****** rejected'],
    ['otp=4938', 'otp=******'],
    ['Mã OTP của bạn là 493817', 'Mã OTP của bạn là ******'],
    ['mã xác thực: 12345678', 'mã xác thực: ******'],
    ['verification code 493817 for 0901234567', 'verification code ****** for 090****567'],
  ])('masks %j', (input, expected) => {
    expect(maskSecretsInText(input)).toBe(expected);
  });

  it.each(['error code 5003', 'order 493817 shipped', 'hotpot 1234'])('leaves %j alone', (input) => {
    expect(maskSecretsInText(input)).toBe(input);
  });
});
