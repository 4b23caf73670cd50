import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { GetObjectCommand, type GetObjectCommandOutput, PutObjectCommand } from '@aws-sdk/client-s3';
import type { OnModuleDestroy } from '@nestjs/common';
import type { Clock } from '@trustcircle/kernel';
import type { DataSource, EntityManager } from 'typeorm';
import type { EvidenceFileContent, EvidenceStore, StoredEvidenceFile } from '../application/evidence-store';
import { checkEvidenceFile } from '../domain/evidence-rules';
import type { DetectedFileType } from '../domain/file-type';
import { EvidenceFileRecord } from './evidence-file.orm-entity';
import { EvidenceIntegrityError } from './evidence-integrity.error';
import type { S3EvidenceBucket } from './s3-evidence-bucket';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The evidence store for production (`EVIDENCE_STORE=s3`): each file's bytes are an object in an S3-compatible
 * bucket (AWS S3, MinIO, Ceph, a Vietnamese cloud's object storage) under `<prefix><file id>`; its metadata row
 * stays in PostgreSQL's `evidence_files` (`storage = 's3'`, `object_key`), in the caller's transaction when a
 * manager is given.
 *
 * - **Put:** the bytes are checked as the PostgreSQL store checks them (`checkEvidenceFile`: the detected type
 *   must be the one given), then written first, with `If-None-Match: *` (never over an existing object), the
 *   detected `Content-Type`, `x-amz-checksum-sha256` (S3 verifies the bytes it received, and Object Lock buckets
 *   require a checksum) and the SHA-256 in the object's metadata; then the row is inserted. A row therefore never
 *   points to a missing object; an object whose row never committed (the insert failed, the caller's transaction
 *   rolled back, the process died) is an orphan, which a sweeper may delete: any object under the prefix whose
 *   key is no `object_key` of a row, older than the longest transaction.
 * - **Get:** the row, then the object read whole (files are at most 50 MiB), checked against the row's size and
 *   SHA-256: a missing or altered object throws {@link EvidenceIntegrityError}, never serving corrupted evidence.
 *   Rows stored before the move to S3 (`storage = 'postgres'`) are read by the PostgreSQL store it composes.
 *
 * In production the bucket has versioning and S3 Object Lock in compliance mode (a default retention as long as
 * evidence must be kept), so no object can be deleted or replaced, and default server-side encryption (SSE-S3 or
 * SSE-KMS). The service's IAM policy grants only `s3:PutObject` and `s3:GetObject` on `arn:aws:s3:::<bucket>/<prefix>*`.
 */
export class S3EvidenceStore implements EvidenceStore, OnModuleDestroy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Reads the files stored as PostgreSQL large objects before the deployment moved to S3. */
    private readonly postgres: EvidenceStore,
    private readonly bucket: S3EvidenceBucket,
  ) {}

  async put(bytes: Buffer, meta: { contentType: DetectedFileType }, manager?: EntityManager): Promise<StoredEvidenceFile> {
    const check = checkEvidenceFile(bytes, meta.contentType);
    if (!check.ok) throw new Error(`evidence store: refused a file (${check.code})`);
    const digest = createHash('sha256').update(bytes).digest();
    const id = randomUUID();
    const objectKey = `${this.bucket.keyPrefix}${id}`;
    await this.bucket.client.send(
      new PutObjectCommand({
        Bucket: this.bucket.name,
        Key: objectKey,
        Body: bytes,
        ContentLength: bytes.length,
        ContentType: check.contentType,
        ChecksumSHA256: digest.toString('base64'),
        IfNoneMatch: '*',
        Metadata: { sha256: digest.toString('hex') },
      }),
    );
    const record: EvidenceFileRecord = {
      id,
      oid: null,
      storage: 's3',
      objectKey,
      sha256: digest.toString('hex'),
      size: bytes.length,
      contentType: check.contentType,
      createdAt: this.clock.now(),
    };
    await (manager ?? this.dataSource.manager).insert(EvidenceFileRecord, record);
    return { id, sha256: record.sha256, size: record.size, contentType: record.contentType, createdAt: record.createdAt };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<EvidenceFileContent | null> {
    if (!UUID.test(id)) return null;
    const row = await manager.findOneBy(EvidenceFileRecord, { id });
    if (!row) return null;
    if (row.storage !== 's3' || !row.objectKey) return this.postgres.get(id, manager);
    const meta: StoredEvidenceFile = { id: row.id, sha256: row.sha256, size: row.size, contentType: row.contentType, createdAt: row.createdAt };
    return { bytes: await this.readObject(meta, row.objectKey), meta };
  }

  /** The object's bytes, if they are exactly the file's recorded size and SHA-256. */
  private async readObject(meta: StoredEvidenceFile, key: string): Promise<Buffer> {
    let object: GetObjectCommandOutput;
    try {
      object = await this.bucket.client.send(new GetObjectCommand({ Bucket: this.bucket.name, Key: key }));
    } catch (e) {
      if ((e as { name?: string }).name === 'NoSuchKey') throw new EvidenceIntegrityError(meta.id, `has no object ${key} in the bucket`);
      throw e;
    }
    if (!object.Body || (object.ContentLength !== undefined && object.ContentLength !== meta.size)) {
      if (object.Body instanceof Readable) object.Body.destroy(); // not read: a replaced object may be of any size
      throw new EvidenceIntegrityError(meta.id, `does not match its recorded size and SHA-256 (object ${key} has ${object.ContentLength ?? 'no'} bytes, not ${meta.size})`);
    }
    const bytes = Buffer.from(await object.Body.transformToByteArray());
    if (bytes.length !== meta.size || createHash('sha256').update(bytes).digest('hex') !== meta.sha256) {
      throw new EvidenceIntegrityError(meta.id, `does not match its recorded size and SHA-256 (object ${key} was altered)`);
    }
    return bytes;
  }

  onModuleDestroy(): void {
    this.bucket.client.destroy();
  }
}
