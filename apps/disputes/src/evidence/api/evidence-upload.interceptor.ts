import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { MAX_EVIDENCE_FILE_BYTES } from '../domain/evidence-rules';
import { evidenceProblems } from './evidence-problems';

/** The multipart part an evidence upload carries its file in. */
export const EVIDENCE_FILE_FIELD = 'file';

/** What multer keeps of the `file` part (memory storage). */
export interface UploadedEvidencePart {
  fieldname: string;
  /** The name the client gave (UTF-8; only a claim). */
  originalname: string;
  /** The part's Content-Type (only a claim). */
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/**
 * multer, in memory, for one file in the part `file`: it stops reading at one byte over the largest evidence file
 * (`MAX_EVIDENCE_FILE_BYTES + 1`, so the rules can still tell a video of exactly 50 MiB and one byte over apart),
 * takes no second file and only a few small text fields, and reads file names as UTF-8 (Vietnamese names from
 * browsers). Guards run before it, so nothing is read for a caller without credentials.
 */
const MulterFile = FileInterceptor(EVIDENCE_FILE_FIELD, {
  limits: { fileSize: MAX_EVIDENCE_FILE_BYTES + 1, files: 1, fields: 10, fieldSize: 8 * 1024, parts: 12 },
  defParamCharset: 'utf8',
});

/** multer's refusals as problems naming the field `file`: a file too large → 413, a malformed body → 400. */
@Injectable()
export class EvidenceUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor = new MulterFile();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      throw evidenceProblems.fromMulter(error);
    }
  }
}
