import { checkEvidenceFile, checkEvidenceLink, EVIDENCE_FILE_RULES, evidenceKindOf, MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_LINK_LENGTH } from './evidence-rules';
import { SAMPLE_FILES } from './evidence-fixtures';
import { DETECTED_FILE_TYPES } from './file-type';

const MiB = 1024 * 1024;

/** `header` padded with zeros to `size` bytes. */
const sized = (header: Buffer, size: number): Buffer => Buffer.concat([header, Buffer.alloc(size - header.length)]);

describe('EVIDENCE_FILE_RULES', () => {
  it('limits images and PDFs to 10 MiB and videos to 50 MiB', () => {
    expect(EVIDENCE_FILE_RULES.IMAGE.maxBytes).toBe(10 * MiB);
    expect(EVIDENCE_FILE_RULES.PDF.maxBytes).toBe(10 * MiB);
    expect(EVIDENCE_FILE_RULES.VIDEO.maxBytes).toBe(50 * MiB);
    expect(MAX_EVIDENCE_FILE_BYTES).toBe(50 * MiB);
  });

  it('gives every detectable type exactly one kind', () => {
    for (const type of DETECTED_FILE_TYPES) expect(evidenceKindOf(type)).not.toBeNull();
    const listed = Object.values(EVIDENCE_FILE_RULES).flatMap((r) => r.types);
    expect(new Set(listed).size).toBe(listed.length);
  });
});

describe('checkEvidenceFile', () => {
  it.each([
    ['a JPEG declared image/jpeg', SAMPLE_FILES.jpeg, 'image/jpeg', 'image/jpeg', 'IMAGE'],
    ['a JPEG declared image/jpg (alias)', SAMPLE_FILES.jpeg, 'image/jpg', 'image/jpeg', 'IMAGE'],
    ['a PNG declared with parameters and upper case', SAMPLE_FILES.png, 'IMAGE/PNG; charset=binary', 'image/png', 'IMAGE'],
    ['a WebP without a declared type', SAMPLE_FILES.webp, undefined, 'image/webp', 'IMAGE'],
    ['a HEIC declared image/heif (one family)', SAMPLE_FILES.heic, 'image/heif', 'image/heic', 'IMAGE'],
    ['a HEIF declared image/heic (one family)', SAMPLE_FILES.heif, 'image/heic', 'image/heif', 'IMAGE'],
    ['a PDF declared application/pdf', SAMPLE_FILES.pdf, 'application/pdf', 'application/pdf', 'PDF'],
    ['a PDF declared application/octet-stream (no claim)', SAMPLE_FILES.pdf, 'application/octet-stream', 'application/pdf', 'PDF'],
    ['an MP4 declared video/mp4', SAMPLE_FILES.mp4, 'video/mp4', 'video/mp4', 'VIDEO'],
    ['a QuickTime movie declared video/quicktime', SAMPLE_FILES.mov, 'video/quicktime', 'video/quicktime', 'VIDEO'],
    ['a WebM declared video/webm', SAMPLE_FILES.webm, 'video/webm', 'video/webm', 'VIDEO'],
    ['a PDF with an empty declared type', SAMPLE_FILES.pdf, '', 'application/pdf', 'PDF'],
  ])('accepts %s', (_name, bytes, declared, contentType, kind) => {
    expect(checkEvidenceFile(bytes, declared)).toEqual({ ok: true, contentType, kind, size: bytes.length });
  });

  it('refuses an empty file, whatever it claims', () => {
    expect(checkEvidenceFile(Buffer.alloc(0), 'image/png')).toMatchObject({ ok: false, code: 'EMPTY_FILE' });
    expect(checkEvidenceFile(new Uint8Array(0))).toMatchObject({ ok: false, code: 'EMPTY_FILE' });
  });

  describe('spoofing', () => {
    it('refuses PDF bytes uploaded as photo.jpg declared image/jpeg (the name decides nothing)', () => {
      expect(checkEvidenceFile(SAMPLE_FILES.pdf, 'image/jpeg')).toMatchObject({ ok: false, code: 'FILE_TYPE_MISMATCH', detail: expect.stringContaining('application/pdf') });
    });

    it('judges PDF bytes named photo.jpg with no declared type as the PDF they are', () => {
      expect(checkEvidenceFile(SAMPLE_FILES.pdf)).toMatchObject({ ok: true, contentType: 'application/pdf', kind: 'PDF' });
    });

    it('refuses an HTML file declared image/png as an unsupported type', () => {
      expect(checkEvidenceFile(SAMPLE_FILES.html, 'image/png')).toMatchObject({ ok: false, code: 'UNSUPPORTED_FILE_TYPE' });
    });

    it('refuses an HTML file declared text/html', () => {
      expect(checkEvidenceFile(SAMPLE_FILES.html, 'text/html')).toMatchObject({ ok: false, code: 'UNSUPPORTED_FILE_TYPE' });
    });

    it.each([
      ['a PNG declared image/jpeg', SAMPLE_FILES.png, 'image/jpeg'],
      ['a JPEG declared image/png', SAMPLE_FILES.jpeg, 'image/png'],
      ['a WebM declared video/mp4', SAMPLE_FILES.webm, 'video/mp4'],
      ['an MP4 declared video/quicktime', SAMPLE_FILES.mp4, 'video/quicktime'],
      ['an MP4 declared image/png', SAMPLE_FILES.mp4, 'image/png'],
      ['a PNG declared application/pdf', SAMPLE_FILES.png, 'application/pdf'],
      ['a PNG declared text/html', SAMPLE_FILES.png, 'text/html'],
    ])('refuses %s', (_name, bytes, declared) => {
      expect(checkEvidenceFile(bytes, declared)).toMatchObject({ ok: false, code: 'FILE_TYPE_MISMATCH' });
    });

    it.each([
      ['PNG', SAMPLE_FILES.png.subarray(0, 5), 'image/png'],
      ['JPEG', SAMPLE_FILES.jpeg.subarray(0, 2), 'image/jpeg'],
      ['PDF', SAMPLE_FILES.pdf.subarray(0, 3), 'application/pdf'],
      ['MP4', SAMPLE_FILES.mp4.subarray(0, 10), 'video/mp4'],
    ])('refuses a truncated %s header', (_name, bytes, declared) => {
      expect(checkEvidenceFile(bytes, declared)).toMatchObject({ ok: false, code: 'UNSUPPORTED_FILE_TYPE' });
    });
  });

  describe('sizes', () => {
    it.each([
      ['image', SAMPLE_FILES.png, 10 * MiB],
      ['PDF', SAMPLE_FILES.pdf, 10 * MiB],
      ['video', SAMPLE_FILES.mp4, 50 * MiB],
    ])('accepts a %s of exactly its limit and refuses one byte more', (_kind, header, limit) => {
      expect(checkEvidenceFile(sized(header, limit))).toMatchObject({ ok: true, size: limit });
      expect(checkEvidenceFile(sized(header, limit + 1))).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE' });
    });

    it('refuses an 11 MiB image declared as video (the bytes choose the limit)', () => {
      expect(checkEvidenceFile(sized(SAMPLE_FILES.jpeg, 11 * MiB), 'video/mp4')).toMatchObject({ ok: false, code: 'FILE_TYPE_MISMATCH' });
      expect(checkEvidenceFile(sized(SAMPLE_FILES.jpeg, 11 * MiB))).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE' });
    });
  });
});

describe('checkEvidenceLink', () => {
  it.each([
    ['https://shopee.vn/product/123?ref=abc#reviews', 'https://shopee.vn/product/123?ref=abc#reviews'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example/'],
    ['https://tiki.vn/đơn-hàng', 'https://tiki.vn/%C4%91%C6%A1n-h%C3%A0ng'],
    ['https://example.com:8443/a?email=a@b.vn', 'https://example.com:8443/a?email=a@b.vn'],
  ])('accepts %s', (input, url) => {
    expect(checkEvidenceLink(input)).toEqual({ ok: true, url });
  });

  it('accepts a link of exactly 2,000 characters and refuses one of 2,001', () => {
    const base = 'https://example.com/';
    const exact = base + 'a'.repeat(MAX_EVIDENCE_LINK_LENGTH - base.length);
    expect(checkEvidenceLink(exact)).toMatchObject({ ok: true });
    expect(checkEvidenceLink(exact + 'a')).toMatchObject({ ok: false, code: 'LINK_TOO_LONG' });
  });

  it('refuses a link that only grows past the limit once normalised', () => {
    const base = 'https://example.com/';
    expect(checkEvidenceLink(base + 'đ'.repeat(MAX_EVIDENCE_LINK_LENGTH - base.length))).toMatchObject({ ok: false, code: 'LINK_TOO_LONG' });
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'ftp://example.com/a', 'mailto:a@b.vn', 'ws://example.com'])(
    'refuses the scheme of %s',
    (input) => {
      expect(checkEvidenceLink(input)).toMatchObject({ ok: false, code: 'LINK_SCHEME_NOT_ALLOWED' });
    },
  );

  it.each(['https://user:secret@example.com/', 'https://user@example.com/', 'https://:secret@example.com/', 'https://@example.com/', 'http://a%40b:pw@example.com/x'])(
    'refuses credentials in %s',
    (input) => {
      expect(checkEvidenceLink(input)).toMatchObject({ ok: false, code: 'LINK_HAS_CREDENTIALS' });
    },
  );

  it.each(['', 'not a url', 'example.com/path', '/relative/path', 'https://', 'https:// example.com', ' https://example.com', 'https://example.com/\n', 'https://exa\tmple.com', 'https://example.com/\u0000'])(
    'refuses %j as not a URL',
    (input) => {
      expect(checkEvidenceLink(input)).toMatchObject({ ok: false, code: 'LINK_INVALID' });
    },
  );
});
