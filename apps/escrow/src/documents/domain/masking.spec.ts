import { maskAccount, maskPhone } from './masking';

describe('masking personal data on documents', () => {
  it.each([
    ['+84901234567', '+84 90•••••67'],
    ['0901234567', '+84 90•••••67'],
    ['84 90 123 45 67', '+84 90•••••67'],
  ])('masks the phone %s as %s (never the full number)', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
    expect(maskPhone(phone)).not.toContain('12345');
  });

  it('masks a number too short to mask partly entirely', () => {
    expect(maskPhone('12345')).toBe('+84 •••••••');
  });

  it('keeps only the last four characters of an account number, and leaves a masked one as it is', () => {
    expect(maskAccount('0123456789')).toBe('••••••6789');
    expect(maskAccount('1234')).toBe('••••');
    expect(maskAccount('******6789')).toBe('******6789');
  });
});
