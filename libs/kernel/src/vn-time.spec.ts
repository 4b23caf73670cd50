import { toVnLocalIso } from './vn-time';

describe('toVnLocalIso', () => {
  it('gives the instant in Asia/Ho_Chi_Minh with its offset', () => {
    expect(toVnLocalIso(new Date('2026-11-29T14:30:00.000Z'))).toBe('2026-11-29T21:30:00+07:00');
    expect(toVnLocalIso(new Date('2026-12-31T20:00:05.000Z'))).toBe('2027-01-01T03:00:05+07:00');
  });
});
