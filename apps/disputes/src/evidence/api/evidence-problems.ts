import { BadRequestException, HttpStatus, PayloadTooLargeException } from '@nestjs/common';
import { ProblemException } from '@trustcircle/http';
import { EVIDENCE_FILE_RULES, type EvidenceRefusal } from '../domain/evidence-rules';

/** Why an upload was refused beyond the file rules: no `file` part, or a multipart body that is not one file. */
export type UploadRefusal = EvidenceRefusal | 'FILE_REQUIRED' | 'MALFORMED_UPLOAD';

/** The largest file of each kind, in bytes (sent with a 413 so a client can tell the user). */
const LIMITS = Object.fromEntries(Object.entries(EVIDENCE_FILE_RULES).map(([kind, rule]) => [kind, rule.maxBytes]));

/** The problems of the evidence endpoints. Every refusal of an upload names the field `file`. */
export const evidenceProblems = {
  /**
   * An upload refused: 413 `evidence-file-too-large` for a file over its kind's limit, else 400 `validation-error`
   * (empty, not an accepted type, declared or named as another type than its bytes, no `file` part, malformed).
   */
  uploadRefused(code: UploadRefusal, detail: string): ProblemException {
    if (code === 'FILE_TOO_LARGE') {
      return new ProblemException({
        status: HttpStatus.PAYLOAD_TOO_LARGE,
        type: 'evidence-file-too-large',
        title: 'The file is too large',
        detail,
        field: 'file',
        errors: [{ field: 'file', code, message: detail }],
        extensions: { maxBytes: LIMITS },
      });
    }
    return new ProblemException({
      status: HttpStatus.BAD_REQUEST,
      type: 'validation-error',
      title: 'Your request is not valid',
      detail: `Invalid field: file (${code}).`,
      field: 'file',
      errors: [{ field: 'file', code, message: detail }],
    });
  },

  /** What multer's refusals become (anything else is passed on as it is). */
  fromMulter(error: unknown): unknown {
    if (error instanceof PayloadTooLargeException) return this.uploadRefused('FILE_TOO_LARGE', 'The file is larger than any evidence file may be.');
    if (error instanceof BadRequestException) return this.uploadRefused('MALFORMED_UPLOAD', `Send multipart/form-data with one file in the part named "file" (${error.message}).`);
    return error;
  },

  /** No such file evidence for this caller: unknown ids, another dispute's evidence, a link, or a dispute it may not see. */
  notFound(): ProblemException {
    return new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'evidence-not-found', title: 'Evidence not found', detail: 'No such evidence file on a dispute of yours.' });
  },
};
