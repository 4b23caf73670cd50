import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DetectedFileType } from '../domain/file-type';

/** A size or oid column read as a JavaScript number (evidence files are at most 50 MiB; oids are 32-bit). */
const asNumber = { to: (v: number): number => v, from: (v: string | number): number => Number(v) };

/**
 * The metadata of one evidence file whose bytes are a PostgreSQL large object. Rows are append-only: a
 * trigger refuses updates and deletes.
 */
@Entity({ name: 'evidence_files' })
export class EvidenceFileRecord {
  @PrimaryColumn('uuid')
  id!: string;

  /** The large object holding the bytes (an `oid` column; TypeORM has no oid type, so it is mapped as bigint). */
  @Column({ type: 'bigint', transformer: asNumber })
  oid!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bigint', transformer: asNumber })
  size!: number;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: DetectedFileType;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
