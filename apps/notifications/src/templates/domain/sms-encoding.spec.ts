import { GSM_7_BASIC, GSM_7_EXTENSION, smsEncoding } from './sms-encoding';

const a = (n: number) => 'a'.repeat(n);
const vi = (n: number) => 'ư'.repeat(n);

describe('smsEncoding', () => {
  it('knows the whole GSM 03.38 alphabet: 127 basic characters (escape excluded) and 10 extension characters', () => {
    expect([...GSM_7_BASIC]).toHaveLength(127);
    expect(new Set(GSM_7_BASIC).size).toBe(127);
    expect([...GSM_7_EXTENSION]).toHaveLength(10);
    expect(smsEncoding(GSM_7_BASIC)).toEqual({ encoding: 'GSM-7', units: 127, segments: 1 });
    expect(smsEncoding(GSM_7_EXTENSION)).toEqual({ encoding: 'GSM-7', units: 20, segments: 1 });
  });

  it.each<[string, string, { encoding: 'GSM-7' | 'UCS-2'; units: number; segments: number }]>([
    ['empty', '', { encoding: 'GSM-7', units: 0, segments: 1 }],
    ['plain ASCII', 'TrustCircle: Don TC-7KQ4-M2XD da giao.', { encoding: 'GSM-7', units: 38, segments: 1 }],
    ['GSM accents (é, à, Ñ, ù, Ø) and symbols (£, ¥, §, ¿)', 'Café à Ñandù Ø £5 ¥3 §2 ¿?', { encoding: 'GSM-7', units: 26, segments: 1 }],
    ['an accent outside GSM (ú) makes it UCS-2', 'Ñandú', { encoding: 'UCS-2', units: 5, segments: 1 }],
    ['newlines and Greek capitals of the basic set', 'Δ\nΩ\rΣ', { encoding: 'GSM-7', units: 5, segments: 1 }],
    ['extension characters count 2: € { } [ ] ~ ^ | \\', '€{}[]~^|\\', { encoding: 'GSM-7', units: 18, segments: 1 }],
    ['a form feed is an extension character', 'a\fb', { encoding: 'GSM-7', units: 4, segments: 1 }],
    ['exactly 160 GSM units', a(160), { encoding: 'GSM-7', units: 160, segments: 1 }],
    ['161 GSM units', a(161), { encoding: 'GSM-7', units: 161, segments: 2 }],
    ['159 + one extension = 161 units', `${a(159)}€`, { encoding: 'GSM-7', units: 161, segments: 2 }],
    ['158 + one extension = 160 units', `${a(158)}€`, { encoding: 'GSM-7', units: 160, segments: 1 }],
    ['306 = 2 × 153 units', a(306), { encoding: 'GSM-7', units: 306, segments: 2 }],
    ['307 units', a(307), { encoding: 'GSM-7', units: 307, segments: 3 }],
    ['an extension character is never split across parts', `${a(152)}€${a(152)}`, { encoding: 'GSM-7', units: 306, segments: 3 }],
    ['a Vietnamese letter makes it UCS-2', 'Đơn hàng', { encoding: 'UCS-2', units: 8, segments: 1 }],
    ['the đồng sign makes it UCS-2', '1.235.000 ₫', { encoding: 'UCS-2', units: 11, segments: 1 }],
    ['a GSM extension character in UCS-2 counts 1', '€ ư', { encoding: 'UCS-2', units: 3, segments: 1 }],
    ['exactly 70 UCS-2 units', vi(70), { encoding: 'UCS-2', units: 70, segments: 1 }],
    ['71 UCS-2 units', vi(71), { encoding: 'UCS-2', units: 71, segments: 2 }],
    ['134 = 2 × 67 units', vi(134), { encoding: 'UCS-2', units: 134, segments: 2 }],
    ['135 units', vi(135), { encoding: 'UCS-2', units: 135, segments: 3 }],
    ['an emoji is a surrogate pair: 2 units', 'OK 👍', { encoding: 'UCS-2', units: 5, segments: 1 }],
    ['68 + an emoji = exactly 70 units', `${vi(68)}😀`, { encoding: 'UCS-2', units: 70, segments: 1 }],
    ['69 + an emoji = 71 units', `${vi(69)}😀`, { encoding: 'UCS-2', units: 71, segments: 2 }],
    ['a surrogate pair is never split across parts', `${vi(66)}😀${vi(66)}`, { encoding: 'UCS-2', units: 134, segments: 3 }],
  ])('%s', (_name, text, expected) => {
    expect(smsEncoding(text)).toEqual(expected);
  });
});
