import { ApiProperty } from '@nestjs/swagger';
import { DETECTED_FILE_TYPES, type DetectedFileType } from '../../domain/file-type';
import type { EvidenceUpload } from '../../application/upload-evidence-file/upload-evidence-file.use-case';

/** `201` of an evidence upload: the file's id (to attach as `evidence[].fileId`) and what was stored. */
export class EvidenceFileUploadedResponse {
  @ApiProperty({ format: 'uuid', description: 'Attach it as `{"fileId": …}` in an action’s `evidence` (only the uploader can).' })
  fileId!: string;

  @ApiProperty({ enum: DETECTED_FILE_TYPES, description: 'The type detected from the bytes (never the declared one).' })
  contentType!: DetectedFileType;

  @ApiProperty({ example: 482113, description: 'Bytes.' })
  size!: number;

  @ApiProperty({ example: 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9', description: 'SHA-256 of the bytes, lower-case hex (also the ETag when served).' })
  sha256!: string;

  @ApiProperty({ example: '2026-11-28T08:15:00.000Z', description: 'When it was stored (ISO-8601 UTC).' })
  uploadedAt!: string;

  static of(u: EvidenceUpload): EvidenceFileUploadedResponse {
    return { fileId: u.fileId, contentType: u.contentType, size: u.size, sha256: u.sha256, uploadedAt: u.uploadedAt.toISOString() };
  }
}
