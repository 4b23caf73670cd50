/**
 * The names of evidence files: what an uploader called a file is kept (sanitised) to show parties and mediators,
 * never trusted. It may only refuse a file (a name claiming another kind than the bytes are), never accept one,
 * and a download is always named with an extension of the type detected from the bytes.
 */
import { type EvidenceFileKind, evidenceKindOf } from './evidence-rules';
import type { DetectedFileType } from './file-type';

/** The longest stored file name, in characters (code points). */
export const MAX_EVIDENCE_FILE_NAME_LENGTH = 200;

/** Per detected type: the extension a download gets, then the others a name may already have. */
const EXTENSIONS: Readonly<Record<DetectedFileType, readonly string[]>> = {
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/heic': ['heic', 'heif'],
  'image/heif': ['heif', 'heic'],
  'application/pdf': ['pdf'],
  'video/mp4': ['mp4', 'm4v'],
  'video/quicktime': ['mov', 'qt'],
  'video/webm': ['webm'],
};

/** Control and format characters (bidi overrides, zero-width marks) and line or paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
/** Characters file systems refuse in a name. */
const RESERVED = /[<>:"|?*]/g;

/**
 * The name to store for an uploaded file, or `null` when nothing usable remains: the last path segment only, NFC,
 * without control or format characters (so no right-to-left override can disguise `gpj.exe` as `exe.jpg`), file
 * system reserved characters replaced by `_`, whitespace collapsed, no leading dots, and at most 200 characters
 * (the stem is cut, a short extension kept).
 */
export function sanitiseFileName(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+/u, '')
    .trim();
  if (cleaned === '') return null;
  const chars = [...cleaned];
  if (chars.length <= MAX_EVIDENCE_FILE_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? [...cleaned.slice(dot)] : [];
  const keep = ext.length > 0 && ext.length <= 10 ? ext : [];
  return [...chars.slice(0, MAX_EVIDENCE_FILE_NAME_LENGTH - keep.length), ...keep].join('').trim();
}

/** The extension of a name, lower-cased, or `null`. */
function extensionOf(name: string): string | null {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return match ? match[1].toLowerCase() : null;
}

/** The kind of file a name's extension claims (`photo.png`: IMAGE), or `null` when it claims none we know. */
export function kindClaimedByName(name: string | null): EvidenceFileKind | null {
  const ext = name === null ? null : extensionOf(name);
  if (ext === null) return null;
  const type = (Object.keys(EXTENSIONS) as DetectedFileType[]).find((t) => EXTENSIONS[t].includes(ext));
  return type === undefined ? null : evidenceKindOf(type);
}

/**
 * Whether a name contradicts the bytes: its extension claims another kind of file (a PDF or a video named
 * `.png`). Within a kind a wrong extension is tolerated (phones save JPEGs as `.png`); the download is renamed.
 */
export function nameContradicts(name: string | null, detectedKind: EvidenceFileKind): boolean {
  const claimed = kindClaimedByName(name);
  return claimed !== null && claimed !== detectedKind;
}

/**
 * The name a download gets: the stored name when its extension fits the detected type, else the stored name with
 * the type's extension added (`photo.png` holding a JPEG: `photo.png.jpg`), or `evidence-<id>.<ext>` when the
 * uploader gave none.
 */
export function downloadFileName(name: string | null, contentType: DetectedFileType, fallbackStem: string): string {
  const exts = EXTENSIONS[contentType];
  if (name === null) return `${fallbackStem}.${exts[0]}`;
  const ext = extensionOf(name);
  return ext !== null && exts.includes(ext) ? name : `${name}.${exts[0]}`;
}

/**
 * `Content-Disposition: attachment` for a file name: an ASCII fallback (`filename`, Vietnamese letters without
 * their marks, anything else `_`) and the exact name in UTF-8 (`filename*`, RFC 6266 / RFC 8187).
 */
export function attachmentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
