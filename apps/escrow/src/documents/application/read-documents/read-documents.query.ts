import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type DocumentReader, mayRead } from '../../domain/document-visibility';
import { ElectronicDocumentRecord } from '../../infrastructure/electronic-document.orm-entity';

/** Reads issued documents as a reader may see them (nothing else exists for them). */
@Injectable()
export class ReadDocumentsQuery {
  constructor(private readonly db: DataSource) {}

  /** One document, or null when it does not exist or `reader` may not read it. */
  async one(reader: DocumentReader, id: string): Promise<ElectronicDocumentRecord | null> {
    const doc = await this.db.manager.findOne(ElectronicDocumentRecord, { where: { id } });
    return doc && mayRead(reader, doc) ? doc : null;
  }

  /** An order's chain, oldest first, as far as `reader` may read it (empty: none, or not theirs). */
  async ofOrder(reader: DocumentReader, orderId: string): Promise<ElectronicDocumentRecord[]> {
    const docs = await this.db.manager.find(ElectronicDocumentRecord, { where: { orderId }, order: { sequence: 'ASC' } });
    return docs.filter((d) => mayRead(reader, d));
  }
}
