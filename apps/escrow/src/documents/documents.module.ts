import { Module } from '@nestjs/common';
import { BuyerAuthModule } from '@trustcircle/security';
import { DocumentReaderGuard } from './api/document-reader.guard';
import { DocumentsController } from './api/documents.controller';
import { JwksController } from './api/jwks.controller';
import { SigningKeysController } from './api/signing-keys.controller';
import { ReadDocumentsQuery } from './application/read-documents/read-documents.query';
import { VerifyDocumentUseCase } from './application/verify-document/verify-document.use-case';
import { DocumentIssuingModule } from './document-issuing.module';

/**
 * Signed electronic documents' API: read (JSON, PDF) by operators, marketplaces, payment partners and buyers,
 * public verification and key set, and key rotation by admins. Issuing is {@link DocumentIssuingModule}'s.
 */
@Module({
  imports: [DocumentIssuingModule, BuyerAuthModule],
  controllers: [DocumentsController, JwksController, SigningKeysController],
  providers: [ReadDocumentsQuery, VerifyDocumentUseCase, DocumentReaderGuard],
})
export class DocumentsModule {}
