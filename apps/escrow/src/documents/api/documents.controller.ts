import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Post, Query, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Principal, ProblemException, RateLimit, RateLimitKeys } from '@trustcircle/http';
import { CurrentPrincipal } from '@trustcircle/security';
import { ReadDocumentsQuery } from '../application/read-documents/read-documents.query';
import { renderDocumentPdf } from '../application/render-pdf/document-pdf';
import { VerifyDocumentUseCase } from '../application/verify-document/verify-document.use-case';
import type { DocumentReader } from '../domain/document-visibility';
import { DocumentReaderGuard } from './document-reader.guard';
import { DocumentListResponse, DocumentResponse } from './dto/document.response';
import { ListDocumentsQueryParams } from './dto/list-documents.query-params';
import { VerificationResponse } from './dto/verification.response';
import { VerifyDocumentBody } from './dto/verify-document.body';

/** Where the PDF tells readers to verify a document. */
export const VERIFY_PATH = '/v1/documents/verify';
/** The public key set. */
export const JWKS_PATH = '/.well-known/jwks.json';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = (): ProblemException => new ProblemException({ status: 404, type: 'document-not-found', title: 'Document not found', detail: 'No such document (or not yours).' });

/** The reader a principal is (a courier sees no document). */
function readerOf(p: Principal): DocumentReader | null {
  if (p.kind === 'operator') return { kind: 'operator' };
  if (p.kind === 'buyer') return { kind: 'buyer', orderId: p.id };
  if (p.kind === 'marketplace' || p.kind === 'payment-partner') return { kind: p.kind, partnerId: p.partnerId ?? p.id };
  return null;
}

function uuidParam(value: string, field: string): string {
  if (!UUID.test(value)) throw new ProblemException({ status: 400, type: 'validation-error', title: 'Your request is not valid', detail: `${field} must be a UUID`, field });
  return value.toLowerCase();
}

/**
 * Signed electronic documents (receipts, decision records, statements): JSON with the compact JWS, a printable
 * PDF, and public verification. Operators read all; a marketplace its orders'; a payment partner the orders it
 * funded and its statements; a buyer (buyer token) their order's. Anything else answers 404.
 */
@ApiTags('documents')
@Controller('v1/documents')
export class DocumentsController {
  constructor(
    private readonly read: ReadDocumentsQuery,
    private readonly verifier: VerifyDocumentUseCase,
  ) {}

  @Post('verify')
  @HttpCode(HttpStatus.OK)
  @RateLimit({ name: 'document-verifications-per-ip', limit: 120, windowSeconds: 60, key: RateLimitKeys.ip })
  @ApiOperation({
    summary: 'Verify a document (public, no authentication)',
    description:
      'Send the compact JWS (or the document as GET returns it). Answers whether it is a document escrow issued, unaltered: signed by a key of ' +
      '/.well-known/jwks.json (active or retired), and exactly the bytes issued. Refusals name the reason: MALFORMED, UNSUPPORTED_ALGORITHM, ' +
      'UNKNOWN_KEY, SIGNATURE_INVALID, ALTERED (escrow issued this document id with other content), NOT_ISSUED.',
  })
  @ApiOkResponse({ type: VerificationResponse })
  @ApiBadRequestResponse({ description: 'The body is not valid (problem+json naming the field, e.g. `jws`).' })
  verify(@Body() body: VerifyDocumentBody): Promise<VerificationResponse> {
    return this.verifier.execute({ jws: body.jws, content: body.content, sha256: body.sha256 });
  }

  @Get()
  @UseGuards(DocumentReaderGuard)
  @ApiBearerAuth('bearer')
  @ApiBearerAuth('buyer')
  @ApiOperation({
    summary: 'An order’s documents, oldest first (its hash chain)',
    description: 'With a buyer token `orderId` may be left out: the buyer’s own order, answered with an empty list while it has no document yet.',
  })
  @ApiOkResponse({ type: DocumentListResponse })
  @ApiBadRequestResponse({ description: '`orderId` is missing (only a buyer may leave it out) or not a UUID.' })
  @ApiNotFoundResponse({ description: 'No document of this order you may read.' })
  async list(@Query() q: ListDocumentsQueryParams, @CurrentPrincipal() principal: Principal): Promise<DocumentListResponse> {
    const reader = readerOf(principal);
    const ownOrder = reader?.kind === 'buyer' && (q.orderId === undefined || q.orderId.toLowerCase() === reader.orderId);
    if (q.orderId === undefined && !ownOrder) {
      throw new ProblemException({ status: 400, type: 'validation-error', title: 'Your request is not valid', detail: 'orderId is required', field: 'orderId', errors: [{ field: 'orderId', message: 'orderId is required', code: 'isDefined' }] });
    }
    const orderId = (q.orderId ?? (reader?.kind === 'buyer' ? reader.orderId : '')).toLowerCase();
    const docs = reader ? await this.read.ofOrder(reader, orderId) : [];
    if (docs.length === 0 && !ownOrder) throw notFound();
    return { items: docs.map((d) => DocumentResponse.of(d)) };
  }

  @Get(':id.pdf')
  @UseGuards(DocumentReaderGuard)
  @ApiBearerAuth('bearer')
  @ApiBearerAuth('buyer')
  @Header('Content-Type', 'application/pdf')
  @ApiOperation({ summary: 'A document as a printable PDF (Vietnamese)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF.', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: 'No such document (or not yours).' })
  async pdf(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const doc = await this.find(uuidParam(id, 'id'), principal);
    const bytes = await renderDocumentPdf(doc.content, { sha256: doc.sha256, previousSha256: doc.previousSha256, kid: doc.signingKeyId, verifyUrl: VERIFY_PATH, jwksUrl: JWKS_PATH });
    return new StreamableFile(bytes, { type: 'application/pdf', disposition: `inline; filename="${doc.number}.pdf"` });
  }

  @Get(':id')
  @UseGuards(DocumentReaderGuard)
  @ApiBearerAuth('bearer')
  @ApiBearerAuth('buyer')
  @ApiOperation({ summary: 'A document: its fields, the compact JWS, its SHA-256, the previous hash and the signing key id' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DocumentResponse })
  @ApiNotFoundResponse({ description: 'No such document (or not yours).' })
  async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<DocumentResponse> {
    return DocumentResponse.of(await this.find(uuidParam(id, 'id'), principal));
  }

  private async find(id: string, principal: Principal): Promise<NonNullable<Awaited<ReturnType<ReadDocumentsQuery['one']>>>> {
    const reader = readerOf(principal);
    const doc = reader ? await this.read.one(reader, id) : null;
    if (!doc) throw notFound();
    return doc;
  }
}
