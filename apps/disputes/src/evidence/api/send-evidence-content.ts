import type { Response } from 'express';
import type { EvidenceContent } from '../application/read-evidence-content/read-evidence-content.query';
import { attachmentDisposition } from '../domain/evidence-file-name';

/**
 * Answers an evidence file: its bytes as a download (`Content-Disposition: attachment`) of the type detected at
 * upload, which the browser must not second-guess (`nosniff`) nor keep (`private, no-store`); not runnable even if
 * opened (`Content-Security-Policy: sandbox`). The ETag is the SHA-256, so `If-None-Match` answers 304.
 */
export function sendEvidenceContent(res: Response, content: EvidenceContent): void {
  res
    .status(200)
    .set({
      'Content-Type': content.contentType,
      'Content-Disposition': attachmentDisposition(content.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      ETag: `"${content.sha256}"`,
    })
    .send(content.bytes);
}
