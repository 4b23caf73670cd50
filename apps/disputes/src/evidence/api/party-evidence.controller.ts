import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Principal } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal, OperatorAuth } from '@trustcircle/security';
import type { Response } from 'express';
import type { DisputeViewer } from '../../disputes/application/shared/dispute-access';
import type { EvidenceSubmitter } from '../application/evidence-attachment';
import { ReadEvidenceContentQuery } from '../application/read-evidence-content/read-evidence-content.query';
import { UploadEvidenceFileUseCase } from '../application/upload-evidence-file/upload-evidence-file.use-case';
import { EvidenceFileUploadedResponse } from './dto/evidence-file-uploaded.response';
import { EVIDENCE_UPLOAD_BODY, UPLOAD_DESCRIPTION, uploaded } from './evidence-upload-docs';
import { evidenceProblems } from './evidence-problems';
import { EvidenceUploadInterceptor, type UploadedEvidencePart } from './evidence-upload.interceptor';
import { sendEvidenceContent } from './send-evidence-content';

/** A marketplace (API key) or an operator: who uploads, and who reads a dispute's files (operators: mediator or above). */
function submitterOf(p: Principal): EvidenceSubmitter {
  return p.kind === 'operator' ? { role: 'MEDIATOR', operatorId: p.id } : { role: 'MERCHANT', marketplaceId: p.partnerId ?? p.id };
}

/** Who reads, or `null` for an operator below mediator (a viewer sees disputes, not their files: 404). */
function viewerOf(p: Principal): DisputeViewer | null {
  if (p.kind !== 'operator') return { kind: 'marketplace', marketplaceId: p.partnerId ?? p.id };
  return p.roles?.includes('mediator') ? { kind: 'operator', operatorId: p.id } : null;
}

/**
 * Evidence files of marketplaces (API key, on the seller's behalf) and mediators (operator token): uploads, and
 * the files of a dispute (its marketplace; mediators and admins).
 */
@ApiTags('disputes')
@Controller('v1/disputes')
export class PartyEvidenceController {
  constructor(
    private readonly upload: UploadEvidenceFileUseCase,
    private readonly content: ReadEvidenceContentQuery,
  ) {}

  @Post('evidence-files')
  @HttpCode(HttpStatus.CREATED)
  @ApiKeyAuth('marketplace')
  @OperatorAuth('mediator')
  @UseInterceptors(EvidenceUploadInterceptor)
  @ApiOperation({ summary: 'Upload an evidence file (a marketplace for its disputes, or a mediator)', description: UPLOAD_DESCRIPTION })
  @ApiConsumes('multipart/form-data')
  @ApiBody(EVIDENCE_UPLOAD_BODY)
  @ApiCreatedResponse({ type: EvidenceFileUploadedResponse })
  @ApiBadRequestResponse({ description: 'No `file` part, an empty file, a type not accepted, or bytes of another type than declared or named (field `file`); nothing stored.' })
  @ApiPayloadTooLargeResponse({ description: 'Over 10 MiB for an image or PDF, 50 MiB for a video (field `file`); nothing stored.' })
  async uploadFile(@UploadedFile() file: UploadedEvidencePart | undefined, @CurrentPrincipal() principal: Principal): Promise<EvidenceFileUploadedResponse> {
    return uploaded(this.upload, submitterOf(principal), file);
  }

  @Get(':disputeId/evidence/:evidenceId/content')
  @ApiKeyAuth('marketplace')
  @OperatorAuth('viewer')
  @ApiOperation({ summary: 'Download a file of a dispute’s evidence (the dispute’s marketplace; operators with the mediator role or above)' })
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf', 'video/mp4', 'video/quicktime', 'video/webm')
  @ApiOkResponse({ description: 'The bytes, as a download of the type detected at upload; ETag is the SHA-256.' })
  @ApiNotFoundResponse({ description: 'No such file evidence on a dispute you may read (also for links, other disputes’ evidence, and viewers).' })
  async read(
    @Param('disputeId', new ParseUUIDPipe()) disputeId: string,
    @Param('evidenceId', new ParseUUIDPipe()) evidenceId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const viewer = viewerOf(principal);
    const content = viewer && (await this.content.execute(viewer, disputeId, evidenceId));
    if (!content) throw evidenceProblems.notFound();
    sendEvidenceContent(res, content);
  }
}
