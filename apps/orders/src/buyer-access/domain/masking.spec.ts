import { maskE164Phone, maskName } from './masking';
import { toVnLocalIso } from '@trustcircle/kernel';

describe('what a buyer page shows', () => {
  it('masks names to the first letter of each word (Vietnamese letters included)', () => {
    expect(maskName('Nguyễn Văn An')).toBe('N***** V** A*');
    expect(maskName('  Đặng   Thị Ánh  ')).toBe('Đ*** T** Á**');
    expect(maskName('An')).toBe('A*');
    expect(maskName('N\u0303')).toBe('Ñ');
  });

  it('masks phones like the logs do', () => {
    expect(maskE164Phone('+84901234567')).toBe('+8490****567');
    expect(maskE164Phone('+842412345678')).toBe('+8424*****678');
    expect(maskE164Phone('garbage')).toBe('*******');
  });

  it('gives times in Asia/Ho_Chi_Minh with their offset', () => {
    expect(toVnLocalIso(new Date('2026-11-29T14:30:00.000Z'))).toBe('2026-11-29T21:30:00+07:00');
    expect(toVnLocalIso(new Date('2026-12-31T17:00:05.000Z'))).toBe('2027-01-01T00:00:05+07:00');
  });
});
