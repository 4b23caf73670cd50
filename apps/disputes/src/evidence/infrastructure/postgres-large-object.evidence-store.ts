import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import type { EvidenceFileContent, EvidenceStore, StoredEvidenceFile } from '../application/evidence-store';
import { checkEvidenceFile } from '../domain/evidence-rules';
import type { DetectedFileType } from '../domain/file-type';
import { EvidenceFileRecord } from './evidence-file.orm-entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The evidence store on this stack: each file's bytes become a PostgreSQL large object (`lo_from_bytea`, read
 * back with `lo_get`) beside a row of `evidence_files`, both in one transaction, so a file exists whole or not
 * at all. Files are at most 50 MiB, so they travel as one bytea value; the SHA-256 is checked again on every
 * read.
 */
@Injectable()
export class PostgresLargeObjectEvidenceStore implements EvidenceStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async put(bytes: Buffer, meta: { contentType: DetectedFileType }, manager?: EntityManager): Promise<StoredEvidenceFile> {
    const check = checkEvidenceFile(bytes, meta.contentType);
    if (!check.ok) throw new Error(`evidence store: refused a file (${check.code})`);
    const work = async (m: EntityManager): Promise<StoredEvidenceFile> => {
      const [{ oid }] = (await m.query(`SELECT lo_from_bytea(0, $1) AS "oid"`, [bytes])) as Array<{ oid: number | string }>;
      const record: EvidenceFileRecord = {
        id: randomUUID(),
        oid: Number(oid),
        sha256: sha256(bytes),
        size: bytes.length,
        contentType: check.contentType,
        createdAt: this.clock.now(),
      };
      await m.insert(EvidenceFileRecord, record);
      return toStored(record);
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<EvidenceFileContent | null> {
    if (!UUID.test(id)) return null;
    const rows = (await manager.query(
      `SELECT "id", "sha256", "size", "content_type", "created_at", "storage", CASE WHEN "oid" IS NULL THEN NULL ELSE lo_get("oid") END AS "bytes"
         FROM "disputes"."evidence_files" WHERE "id" = $1`,
      [id],
    )) as Array<{ id: string; sha256: string; size: string; content_type: DetectedFileType; created_at: Date; storage: string; bytes: Buffer | null }>;
    if (rows.length === 0) return null;
    const [row] = rows;
    if (row.bytes === null) throw new Error(`evidence store: file ${id} is kept in ${row.storage}, not in PostgreSQL (EVIDENCE_STORE must be ${row.storage} to serve it)`);
    const meta: StoredEvidenceFile = { id: row.id, sha256: row.sha256, size: Number(row.size), contentType: row.content_type, createdAt: row.created_at };
    if (row.bytes.length !== meta.size || sha256(row.bytes) !== meta.sha256) throw new Error(`evidence store: file ${id} does not match its recorded size and SHA-256`);
    return { bytes: row.bytes, meta };
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function toStored(r: EvidenceFileRecord): StoredEvidenceFile {
  return { id: r.id, sha256: r.sha256, size: r.size, contentType: r.contentType, createdAt: r.createdAt };
}
