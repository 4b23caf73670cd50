import { smsEncoding } from './sms-encoding';
import { unaccentedSmsText, unaccentVietnamese } from './unaccent-vietnamese';

/** Every accented Vietnamese letter, lowercase, with its plain letter: a/ă/â, e/ê, i, o/ô/ơ, u/ư, y with 5 tones, and đ. */
const LOWER: ReadonlyArray<[string, string]> = [
  ['àáảãạ', 'a'],
  ['ăằắẳẵặ', 'a'],
  ['âầấẩẫậ', 'a'],
  ['èéẻẽẹ', 'e'],
  ['êềếểễệ', 'e'],
  ['ìíỉĩị', 'i'],
  ['òóỏõọ', 'o'],
  ['ôồốổỗộ', 'o'],
  ['ơờớởỡợ', 'o'],
  ['ùúủũụ', 'u'],
  ['ưừứửữự', 'u'],
  ['ỳýỷỹỵ', 'y'],
  ['đ', 'd'],
];
const LETTERS: ReadonlyArray<[string, string]> = [
  ...LOWER.flatMap(([letters, plain]) => [...letters].map((l): [string, string] => [l, plain])),
  ...LOWER.flatMap(([letters, plain]) => [...letters.toUpperCase()].map((l): [string, string] => [l, plain.toUpperCase()])),
];

describe('unaccentVietnamese', () => {
  it('covers all 134 accented Vietnamese letters (67 lowercase, 67 uppercase)', () => {
    expect(LETTERS).toHaveLength(134);
    expect(new Set(LETTERS.map(([l]) => l)).size).toBe(134);
  });

  it.each(LETTERS)('%s → %s, a GSM-7 character', (letter, plain) => {
    expect(unaccentVietnamese(letter)).toBe(plain);
    expect(unaccentVietnamese(letter.normalize('NFD'))).toBe(plain);
    expect(smsEncoding(unaccentVietnamese(letter)).encoding).toBe('GSM-7');
  });

  it('turns Vietnamese text into GSM-7, keeping everything else', () => {
    const text = 'TrustCircle: Đơn hàng TC-7KQ4-M2XD đã được đặt. Người bán từ chối khiếu nại; hòa giải viên quyết định trước 21:30 30/11/2026.';
    expect(unaccentVietnamese(text)).toBe('TrustCircle: Don hang TC-7KQ4-M2XD da duoc dat. Nguoi ban tu choi khieu nai; hoa giai vien quyet dinh truoc 21:30 30/11/2026.');
    expect(smsEncoding(unaccentVietnamese(text)).encoding).toBe('GSM-7');
    expect(unaccentVietnamese('ÐẠI LÝ Đà Nẵng')).toBe('DAI LY Da Nang');
  });

  it('for SMS, also writes the đồng sign as VND', () => {
    expect(unaccentedSmsText('Vui lòng thanh toán 1.235.000 ₫.')).toBe('Vui long thanh toan 1.235.000 VND.');
    expect(smsEncoding(unaccentedSmsText('Đã nhận 1.235.000 ₫')).encoding).toBe('GSM-7');
  });
});
