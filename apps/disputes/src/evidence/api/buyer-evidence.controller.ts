import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RateLimit, RateLimitKeys } from '@trustcircle/http';
import { BuyerAuth, type BuyerGrant, CurrentBuyerGrant } from '@trustcircle/security';
import type { Response } from 'express';
import { ReadEvidenceContentQuery } from '../application/read-evidence-content/read-evidence-content.query';
import { UploadEvidenceFileUseCase } from '../application/upload-evidence-file/upload-evidence-file.use-case';
import { EvidenceFileUploadedResponse } from './dto/evidence-file-uploaded.response';
import { EVIDENCE_UPLOAD_BODY, UPLOAD_DESCRIPTION, uploaded } from './evidence-upload-docs';
import { evidenceProblems } from './evidence-problems';
import { EvidenceUploadInterceptor, type UploadedEvidencePart } from './evidence-upload.interceptor';
import { sendEvidenceContent } from './send-evidence-content';

/**
 * How many files a buyer may upload per order and hour (each up to 50 MiB, read into memory): plenty for a
 * complaint, and a bound on what one order's token can make the platform store. Counted after authentication.
 */
export const BUYER_UPLOADS_PER_ORDER = { limit: 30, windowSeconds: 3600 } as const;

/** The buyer's evidence files (buyer token): uploads for the order the token opens, and the files of its dispute. */
@ApiTags('buyers')
@Controller('v1/public/disputes')
export class BuyerEvidenceController {
  constructor(
    private readonly upload: UploadEvidenceFileUseCase,
    private readonly content: ReadEvidenceContentQuery,
  ) {}

  @Post('evidence-files')
  @HttpCode(HttpStatus.CREATED)
  @RateLimit({ name: 'buyer-evidence-uploads-per-order', ...BUYER_UPLOADS_PER_ORDER, key: RateLimitKeys.principal })
  @BuyerAuth()
  @UseInterceptors(EvidenceUploadInterceptor)
  @ApiOperation({ summary: 'Upload an evidence file for the order the buyer token opens', description: `${UPLOAD_DESCRIPTION} At most ${BUYER_UPLOADS_PER_ORDER.limit} uploads per order per hour (429).` })
  @ApiConsumes('multipart/form-data')
  @ApiBody(EVIDENCE_UPLOAD_BODY)
  @ApiCreatedResponse({ type: EvidenceFileUploadedResponse })
  @ApiBadRequestResponse({ description: 'No `file` part, an empty file, a type not accepted, or bytes of another type than declared or named (field `file`); nothing stored.' })
  @ApiPayloadTooLargeResponse({ description: 'Over 10 MiB for an image or PDF, 50 MiB for a video (field `file`); nothing stored.' })
  async uploadFile(@UploadedFile() file: UploadedEvidencePart | undefined, @CurrentBuyerGrant() grant: BuyerGrant): Promise<EvidenceFileUploadedResponse> {
    return uploaded(this.upload, { role: 'BUYER', orderId: grant.orderId }, file);
  }

  @Get(':disputeId/evidence/:evidenceId/content')
  @BuyerAuth()
  @ApiOperation({ summary: 'Download a file of the dispute’s evidence (the dispute of the order the buyer token opens)' })
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf', 'video/mp4', 'video/quicktime', 'video/webm')
  @ApiOkResponse({ description: 'The bytes, as a download of the type detected at upload; ETag is the SHA-256.' })
  @ApiNotFoundResponse({ description: 'No such file evidence on a dispute of this order (also for links and other disputes’ evidence).' })
  async read(
    @Param('disputeId', new ParseUUIDPipe()) disputeId: string,
    @Param('evidenceId', new ParseUUIDPipe()) evidenceId: string,
    @CurrentBuyerGrant() grant: BuyerGrant,
    @Res() res: Response,
  ): Promise<void> {
    const content = await this.content.execute({ kind: 'buyer', orderId: grant.orderId }, disputeId, evidenceId);
    if (!content) throw evidenceProblems.notFound();
    sendEvidenceContent(res, content);
  }
}
