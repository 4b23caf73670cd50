/**
 * The real type of uploaded bytes, read from their magic numbers. The file name and the declared content type
 * are never consulted: a `.jpg` holding a PDF is a PDF, and HTML declared `image/png` is not an image.
 */

/** A file type evidence uploads may be recognised as. */
export type DetectedFileType =
  | 'image/jpeg'
  | 'image/png'
  | 'image/webp'
  | 'image/heic'
  | 'image/heif'
  | 'application/pdf'
  | 'video/mp4'
  | 'video/quicktime'
  | 'video/webm';

/** Every type `detectFileType` can answer. */
export const DETECTED_FILE_TYPES: readonly DetectedFileType[] = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'application/pdf',
  'video/mp4',
  'video/quicktime',
  'video/webm',
];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];

/** ISO base media (`ftyp` box) brands and the type each one means. */
const FTYP_BRANDS: Readonly<Record<string, DetectedFileType>> = {
  heic: 'image/heic',
  heix: 'image/heic',
  heim: 'image/heic',
  heis: 'image/heic',
  hevc: 'image/heic',
  hevx: 'image/heic',
  mif1: 'image/heif',
  msf1: 'image/heif',
  'qt  ': 'video/quicktime',
  isom: 'video/mp4',
  iso2: 'video/mp4',
  iso3: 'video/mp4',
  iso4: 'video/mp4',
  iso5: 'video/mp4',
  iso6: 'video/mp4',
  mp41: 'video/mp4',
  mp42: 'video/mp4',
  avc1: 'video/mp4',
  dash: 'video/mp4',
  mmp4: 'video/mp4',
  'M4V ': 'video/mp4',
};

/** Major brands of formats that list accepted brands as compatible but are not accepted themselves (AVIF). */
const REFUSED_MAJOR_BRANDS = new Set(['avif', 'avis']);

/** The bytes' real type, or `null` when they are none of the recognised types (or the header is truncated). */
export function detectFileType(bytes: Uint8Array): DetectedFileType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (ascii(bytes, 4, 4) === 'ftyp') return ftypType(bytes);
  if (startsWith(bytes, EBML_MAGIC)) return ebmlDocType(bytes) === 'webm' ? 'video/webm' : null;
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** `length` bytes from `offset` as Latin-1 text, or `null` when the bytes end before. */
function ascii(bytes: Uint8Array, offset: number, length: number): string | null {
  if (bytes.length < offset + length) return null;
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

/**
 * An ISO base media file (MP4, QuickTime, HEIF): the `ftyp` box's major brand decides, else the first known
 * compatible brand inside the box (unless the major brand is a refused format). A box shorter than its fixed part (size, type, major brand, minor version)
 * or running past the bytes is a truncated header.
 */
function ftypType(bytes: Uint8Array): DetectedFileType | null {
  const boxSize = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  if (boxSize < 16 || boxSize > bytes.length) return null;
  if (REFUSED_MAJOR_BRANDS.has(ascii(bytes, 8, 4) ?? '')) return null;
  for (let offset = 8; offset + 4 <= boxSize; offset += offset === 8 ? 8 : 4) {
    const brand = ascii(bytes, offset, 4);
    if (brand !== null && Object.hasOwn(FTYP_BRANDS, brand)) return FTYP_BRANDS[brand];
  }
  return null;
}

/**
 * The DocType of an EBML header (`webm`, `matroska`), or `null`. The DocType element (ID 0x4282) sits in the
 * header's first bytes; its size is a one-byte EBML integer in every real file.
 */
function ebmlDocType(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, 64);
  for (let i = EBML_MAGIC.length; i + 2 < end; i++) {
    if (bytes[i] !== 0x42 || bytes[i + 1] !== 0x82) continue;
    const sizeByte = bytes[i + 2];
    if ((sizeByte & 0x80) === 0) return null;
    return ascii(bytes, i + 3, sizeByte & 0x7f);
  }
  return null;
}
