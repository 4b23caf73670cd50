import type { ApiBodyOptions } from '@nestjs/swagger';
import type { EvidenceSubmitter } from '../application/evidence-attachment';
import type { UploadEvidenceFileUseCase } from '../application/upload-evidence-file/upload-evidence-file.use-case';
import { EvidenceFileUploadedResponse } from './dto/evidence-file-uploaded.response';
import { evidenceProblems } from './evidence-problems';
import type { UploadedEvidencePart } from './evidence-upload.interceptor';

/** OpenAPI of an upload's body: multipart/form-data with one file in the part `file`. */
export const EVIDENCE_UPLOAD_BODY: ApiBodyOptions = {
  schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'One file: JPEG, PNG, WebP or HEIC image or PDF up to 10 MiB; MP4, QuickTime or WebM video up to 50 MiB.' } } },
};

/** What both upload endpoints say about their rules. */
export const UPLOAD_DESCRIPTION =
  'multipart/form-data, one file in the part `file`. The type is detected from the bytes: a declared Content-Type that disagrees, or a file name claiming another kind of file, is refused (400). Images and PDFs up to 10 MiB, videos up to 50 MiB (413 beyond). Attach the answered `fileId` in an action’s `evidence`; only the uploader can.';

/** Runs an upload and answers it: 201 with the stored file, or the refusal as a problem naming `file`. */
export async function uploaded(useCase: UploadEvidenceFileUseCase, uploader: EvidenceSubmitter, file: UploadedEvidencePart | undefined): Promise<EvidenceFileUploadedResponse> {
  if (!file) throw evidenceProblems.uploadRefused('FILE_REQUIRED', 'Send multipart/form-data with the file in the part named "file".');
  const result = await useCase.execute(uploader, { bytes: file.buffer, declaredType: file.mimetype || null, fileName: file.originalname || null });
  if (!result.ok) throw evidenceProblems.uploadRefused(result.code, result.detail);
  return EvidenceFileUploadedResponse.of(result.upload);
}
