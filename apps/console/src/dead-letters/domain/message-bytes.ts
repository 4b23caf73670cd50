/** How bytes are written as text: UTF-8 as they are, or base64 when they are not text. */
export type BytesEncoding = 'utf8' | 'base64';

/** Bytes as text, and how to read them back. */
export interface BytesAsText {
  text: string;
  encoding: BytesEncoding;
}

// `fatal`: invalid UTF-8 throws rather than turning into U+FFFD; `ignoreBOM`: a leading BOM is kept, so the text
// gives back the very same bytes.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Bytes as UTF-8 text when they are valid UTF-8 without a NUL (PostgreSQL's text and jsonb cannot hold one), else
 * as base64. {@link bytesOfText} gives back exactly the same bytes.
 */
export function bytesAsText(bytes: Uint8Array): BytesAsText {
  try {
    const text = utf8.decode(bytes);
    if (!text.includes('\u0000')) return { text, encoding: 'utf8' };
  } catch {
    // Not UTF-8: base64 below.
  }
  return { text: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
}

/** The bytes {@link bytesAsText} wrote. */
export function bytesOfText(written: BytesAsText): Buffer {
  return written.encoding === 'utf8' ? Buffer.from(written.text, 'utf8') : Buffer.from(written.text, 'base64');
}
