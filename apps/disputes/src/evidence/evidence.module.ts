import { Module } from '@nestjs/common';
import { EVIDENCE_STORE } from './application/evidence-store';
import { PostgresLargeObjectEvidenceStore } from './infrastructure/postgres-large-object.evidence-store';

/** Evidence: files checked on their bytes and kept append-only in the evidence store, and links. */
@Module({
  providers: [{ provide: EVIDENCE_STORE, useClass: PostgresLargeObjectEvidenceStore }],
  exports: [EVIDENCE_STORE],
})
export class EvidenceModule {}
