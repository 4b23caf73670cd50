import { ebml, ftyp, SAMPLE_FILES } from './evidence-fixtures';
import { detectFileType } from './file-type';

describe('detectFileType', () => {
  it.each([
    ['a JPEG', SAMPLE_FILES.jpeg, 'image/jpeg'],
    ['a PNG', SAMPLE_FILES.png, 'image/png'],
    ['a WebP', SAMPLE_FILES.webp, 'image/webp'],
    ['a HEIC (major brand heic)', SAMPLE_FILES.heic, 'image/heic'],
    ['a HEIF (major brand mif1)', SAMPLE_FILES.heif, 'image/heif'],
    ['a PDF', SAMPLE_FILES.pdf, 'application/pdf'],
    ['an MP4 (isom)', SAMPLE_FILES.mp4, 'video/mp4'],
    ['an MP4 (mp42)', ftyp('mp42'), 'video/mp4'],
    ['a QuickTime movie', SAMPLE_FILES.mov, 'video/quicktime'],
    ['an unknown major brand with a known compatible one', ftyp('XXXX', ['YYYY', 'mp42']), 'video/mp4'],
    ['a WebM', SAMPLE_FILES.webm, 'video/webm'],
  ])('recognises %s', (_name, bytes, type) => {
    expect(detectFileType(bytes)).toBe(type);
  });

  it.each([
    ['empty bytes', Buffer.alloc(0)],
    ['HTML', SAMPLE_FILES.html],
    ['plain text', Buffer.from('hello, this is not an image')],
    ['an SVG (XML, scriptable)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
    ['a GIF (not accepted)', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
    ['a ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ['a Windows executable', Buffer.from('MZ\x90\x00\x03\x00', 'latin1')],
    ['an AVIF (HEIF-compatible, but not accepted)', ftyp('avif', ['avif', 'mif1', 'miaf'])],
    ['an ftyp box with no known brand', ftyp('XXXX', ['YYYY'])],
    ['a Matroska file (EBML, not WebM)', ebml('matroska')],
    ['an EBML header without a DocType', Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80])],
    ['a RIFF that is not WebP (WAV)', Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1')],
    ['a PDF marker not at the start', Buffer.concat([Buffer.from('junk'), SAMPLE_FILES.pdf])],
    ['a JPEG marker not at the start', Buffer.concat([Buffer.from([0x00]), SAMPLE_FILES.jpeg])],
  ])('does not recognise %s', (_name, bytes) => {
    expect(detectFileType(bytes)).toBeNull();
  });

  it.each([
    ['JPEG', SAMPLE_FILES.jpeg.subarray(0, 2)],
    ['PNG', SAMPLE_FILES.png.subarray(0, 7)],
    ['WebP', SAMPLE_FILES.webp.subarray(0, 11)],
    ['PDF', SAMPLE_FILES.pdf.subarray(0, 4)],
    ['MP4 (box shorter than the bytes claim)', SAMPLE_FILES.mp4.subarray(0, 20)],
    ['MP4 (ftyp box too small to hold a brand)', Buffer.from([0, 0, 0, 8, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d])],
    ['WebM (DocType cut off)', SAMPLE_FILES.webm.subarray(0, 13)],
    ['WebM (magic only)', SAMPLE_FILES.webm.subarray(0, 4)],
  ])('refuses a truncated %s header', (_name, bytes) => {
    expect(detectFileType(bytes)).toBeNull();
  });

  it('reads a header inside a Uint8Array view at an offset', () => {
    const backing = Buffer.concat([Buffer.from('prefix'), SAMPLE_FILES.png]);
    expect(detectFileType(new Uint8Array(backing.buffer, backing.byteOffset + 6, SAMPLE_FILES.png.length))).toBe('image/png');
  });
});
