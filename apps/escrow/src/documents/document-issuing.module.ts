import { Module } from '@nestjs/common';
import { DocumentIssuer } from './application/issue-document/document-issuer';
import { DocumentPartyResolver } from './application/issue-document/document-party-resolver';
import { DocumentedOutbox } from './application/issue-document/documented-outbox';
import { DocumentSigningKeys } from './application/signing-keys/document-signing-keys';

/**
 * Issuing signed electronic documents, for the features that move money (they record documented events through
 * {@link DocumentedOutbox}) and for the documents API. Depends on no feature module, so any may import it.
 */
@Module({
  providers: [DocumentSigningKeys, DocumentPartyResolver, DocumentIssuer, DocumentedOutbox],
  exports: [DocumentSigningKeys, DocumentIssuer, DocumentedOutbox],
})
export class DocumentIssuingModule {}
