import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DetectedFileType } from '../domain/file-type';

/** A size or oid column read as a JavaScript number (evidence files are at most 50 MiB; oids are 32-bit); NULL stays null. */
const asNumber = { to: (v: number | null): number | null => v, from: (v: string | number | null): number | null => (v === null ? null : Number(v)) };

/** Where an evidence file's bytes are: a PostgreSQL large object, or an object in the S3-compatible bucket. */
export type EvidenceStorage = 'postgres' | 's3';

/**
 * The metadata of one evidence file, and where its bytes are (`storage`): a PostgreSQL large object (`oid`) or
 * an S3 object (`objectKey`), exactly one of the two (a CHECK says so). Rows are append-only: a trigger refuses
 * updates and deletes.
 */
@Entity({ name: 'evidence_files' })
export class EvidenceFileRecord {
  @PrimaryColumn('uuid')
  id!: string;

  /** The large object holding the bytes of a `postgres` file (an `oid` column; TypeORM has no oid type, so it is mapped as bigint); null for `s3`. */
  @Column({ type: 'bigint', nullable: true, transformer: asNumber })
  oid!: number | null;

  /** Where the bytes are. Left out on insert, the column's default: `postgres`. */
  @Column({ type: 'text', default: 'postgres' })
  storage?: EvidenceStorage;

  /** The object's key in the evidence bucket (`<prefix><id>`) of an `s3` file; null (or left out on insert) for `postgres`. */
  @Column({ name: 'object_key', type: 'text', nullable: true })
  objectKey?: string | null;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bigint', transformer: asNumber })
  size!: number;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: DetectedFileType;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
