/**
 * What evidence a dispute accepts: files of a few kinds checked on their bytes (type and size), and links.
 * Pure functions; the API maps a refusal to a 4xx problem naming the field.
 */
import { type DetectedFileType, detectFileType } from './file-type';

/** The kind of an evidence file. */
export type EvidenceFileKind = 'IMAGE' | 'PDF' | 'VIDEO';

const MiB = 1024 * 1024;

/**
 * The one table of accepted evidence files: per kind, the types recognised from the bytes and the largest size
 * in bytes. Images (phone photos, screenshots) and PDFs (receipts, courier slips) up to 10 MiB; short videos
 * (unboxing, a broken item working or not) up to 50 MiB. A type missing from the table is refused.
 */
export const EVIDENCE_FILE_RULES: Readonly<Record<EvidenceFileKind, { types: readonly DetectedFileType[]; maxBytes: number }>> = {
  IMAGE: { types: ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'], maxBytes: 10 * MiB },
  PDF: { types: ['application/pdf'], maxBytes: 10 * MiB },
  VIDEO: { types: ['video/mp4', 'video/quicktime', 'video/webm'], maxBytes: 50 * MiB },
};

/** The largest evidence file of any kind (the upload limit a transport sets before the bytes are read). */
export const MAX_EVIDENCE_FILE_BYTES = Math.max(...Object.values(EVIDENCE_FILE_RULES).map((r) => r.maxBytes));

/** The longest evidence link, in characters. */
export const MAX_EVIDENCE_LINK_LENGTH = 2000;

/** Why an evidence file or link is refused. */
export type EvidenceRefusal =
  | 'EMPTY_FILE'
  | 'UNSUPPORTED_FILE_TYPE'
  | 'FILE_TYPE_MISMATCH'
  | 'FILE_TOO_LARGE'
  | 'LINK_INVALID'
  | 'LINK_TOO_LONG'
  | 'LINK_SCHEME_NOT_ALLOWED'
  | 'LINK_HAS_CREDENTIALS';

/** A refusal: its code and a sentence for the problem's detail (never the file's bytes). */
export interface EvidenceRefused {
  ok: false;
  code: EvidenceRefusal;
  detail: string;
}

/** An accepted file: its type as detected from the bytes, its kind and size. */
export interface AcceptedEvidenceFile {
  ok: true;
  contentType: DetectedFileType;
  kind: EvidenceFileKind;
  size: number;
}

/** An accepted link, as the URL parser normalised it. */
export interface AcceptedEvidenceLink {
  ok: true;
  url: string;
}

/** Declared types that name a detected type differently. */
const DECLARED_ALIASES: Readonly<Record<string, DetectedFileType>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/x-pdf': 'application/pdf',
};

/** Types that claim nothing: the sender did not know, so the bytes alone decide. */
const NO_CLAIM = new Set(['', 'application/octet-stream']);

/** The kind a detected type belongs to, or `null` when the table does not accept it. */
export function evidenceKindOf(type: DetectedFileType): EvidenceFileKind | null {
  const kinds = Object.keys(EVIDENCE_FILE_RULES) as EvidenceFileKind[];
  return kinds.find((kind) => EVIDENCE_FILE_RULES[kind].types.includes(type)) ?? null;
}

/**
 * Checks an uploaded file on its bytes: not empty, of a type the table accepts, the same type it was declared
 * as (a disagreement is spoofing; HEIC and HEIF count as one family), and within its kind's size. The file name
 * is not an input: it never decides anything.
 */
export function checkEvidenceFile(bytes: Uint8Array, declaredType?: string | null): AcceptedEvidenceFile | EvidenceRefused {
  if (bytes.length === 0) return refuse('EMPTY_FILE', 'The file is empty.');
  const detected = detectFileType(bytes);
  const kind = detected === null ? null : evidenceKindOf(detected);
  if (detected === null || kind === null) return refuse('UNSUPPORTED_FILE_TYPE', 'The file is not a JPEG, PNG, WebP or HEIC image, a PDF, or an MP4, QuickTime or WebM video.');
  const declared = normaliseDeclaredType(declaredType);
  if (declared !== null && !sameType(declared, detected)) return refuse('FILE_TYPE_MISMATCH', `The file was declared ${declared} but its content is ${detected}.`);
  const { maxBytes } = EVIDENCE_FILE_RULES[kind];
  if (bytes.length > maxBytes) return refuse('FILE_TOO_LARGE', `A ${kind.toLowerCase()} file may be at most ${maxBytes} bytes; this one has ${bytes.length}.`);
  return { ok: true, contentType: detected, kind, size: bytes.length };
}

/** The declared type without parameters, lower-cased and de-aliased; `null` when it claims nothing. */
function normaliseDeclaredType(declared: string | null | undefined): string | null {
  const bare = (declared ?? '').split(';')[0].trim().toLowerCase();
  if (NO_CLAIM.has(bare)) return null;
  return DECLARED_ALIASES[bare] ?? bare;
}

function sameType(declared: string, detected: DetectedFileType): boolean {
  const heif = new Set(['image/heic', 'image/heif']);
  return declared === detected || (heif.has(declared) && heif.has(detected));
}

/**
 * Checks an evidence link: at most 2,000 characters, no whitespace or control characters, an absolute http or
 * https URL with a host, and no user name or password (credentials must never be stored or shown to the
 * other party).
 */
export function checkEvidenceLink(input: string): AcceptedEvidenceLink | EvidenceRefused {
  if (input.length > MAX_EVIDENCE_LINK_LENGTH) return refuse('LINK_TOO_LONG', `A link may be at most ${MAX_EVIDENCE_LINK_LENGTH} characters.`);
  // eslint-disable-next-line no-control-regex
  if (input.length === 0 || /[\s\u0000-\u001f\u007f]/.test(input)) return refuse('LINK_INVALID', 'The link is not a URL.');
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return refuse('LINK_INVALID', 'The link is not a URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('LINK_SCHEME_NOT_ALLOWED', 'A link must start with http:// or https://.');
  if (url.username !== '' || url.password !== '' || authorityOf(input).includes('@')) return refuse('LINK_HAS_CREDENTIALS', 'A link must not carry a user name or password.');
  if (url.hostname === '') return refuse('LINK_INVALID', 'The link has no host.');
  if (url.href.length > MAX_EVIDENCE_LINK_LENGTH) return refuse('LINK_TOO_LONG', `A link may be at most ${MAX_EVIDENCE_LINK_LENGTH} characters.`);
  return { ok: true, url: url.href };
}

/** The raw authority of an http(s) URL as typed (between `//` and the path, query or fragment). */
function authorityOf(input: string): string {
  const afterScheme = input.replace(/^[a-z][a-z0-9+.-]*:[/\\]*/i, '');
  return afterScheme.split(/[/\\?#]/)[0];
}

function refuse(code: EvidenceRefusal, detail: string): EvidenceRefused {
  return { ok: false, code, detail };
}
