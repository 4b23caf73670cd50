import { bytesAsText, bytesOfText } from './message-bytes';

describe('message bytes as text', () => {
  it('keeps UTF-8 as text, a BOM and Vietnamese included, and gives back the same bytes', () => {
    const bytes = Buffer.from('\uFEFF{"tên":"Nguyễn Văn A"}', 'utf8');
    const written = bytesAsText(bytes);
    expect(written).toEqual({ text: '\uFEFF{"tên":"Nguyễn Văn A"}', encoding: 'utf8' });
    expect(bytesOfText(written).equals(bytes)).toBe(true);
  });

  it('writes what is not UTF-8, or holds a NUL, as base64, and gives back the same bytes', () => {
    for (const bytes of [Buffer.from([0xff, 0xfe, 0x7b, 0x00]), Buffer.from('a\u0000b', 'utf8'), Buffer.from([0xc3])]) {
      const written = bytesAsText(bytes);
      expect(written).toEqual({ text: bytes.toString('base64'), encoding: 'base64' });
      expect(bytesOfText(written).equals(bytes)).toBe(true);
    }
  });

  it('writes no bytes as an empty text', () => {
    expect(bytesAsText(Buffer.alloc(0))).toEqual({ text: '', encoding: 'utf8' });
  });
});
