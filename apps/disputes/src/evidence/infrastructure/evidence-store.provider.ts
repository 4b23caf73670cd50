import { type FactoryProvider, Logger } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { DataSource } from 'typeorm';
import { DisputesEnv } from '../../config/disputes.env';
import { EVIDENCE_STORE, type EvidenceStore } from '../application/evidence-store';
import { PostgresLargeObjectEvidenceStore } from './postgres-large-object.evidence-store';
import { describeS3EvidenceBucket, openS3EvidenceBucket } from './s3-evidence-bucket';
import { S3EvidenceStore } from './s3.evidence-store';

/**
 * The `EVIDENCE_STORE` the config chooses: PostgreSQL large objects (`EVIDENCE_STORE=postgres`, the default), or
 * an S3-compatible bucket (`s3`), which still reads the files stored in PostgreSQL before the move.
 */
export const EVIDENCE_STORE_PROVIDER: FactoryProvider<EvidenceStore> = {
  provide: EVIDENCE_STORE,
  inject: [DisputesEnv, getDataSourceToken(), CLOCK],
  useFactory: (env: DisputesEnv, dataSource: DataSource, clock: Clock): EvidenceStore => {
    const postgres = new PostgresLargeObjectEvidenceStore(dataSource, clock);
    if (env.EVIDENCE_STORE !== 's3') return postgres;
    new Logger('EvidenceStore').log(describeS3EvidenceBucket(env));
    return new S3EvidenceStore(dataSource, clock, postgres, openS3EvidenceBucket(env));
  },
};
