import type { DocumentKind, DocumentSubject } from '@trustcircle/contracts';
import type { DocumentLines } from './document-lines';
import { documentTitle } from './document-titles';
import { documentNumber, type DocumentParties, type ElectronicDocument } from './electronic-document';
import { vietnamIso } from './vietnamese-format';

/** Everything a document is made of, decided by the issuer. */
export interface DocumentInput {
  documentId: string;
  kind: DocumentKind;
  subject: DocumentSubject;
  order: { orderId: string; orderCode: string; escrowId: string } | null;
  /** What the number names when there is no order (a statement's business date). */
  reference: string;
  parties: DocumentParties;
  lines: DocumentLines;
  issuedAt: Date;
  source: { eventId: string; eventType: string };
  chain: { key: string; sequence: number; previousSha256: string | null };
}

/** The document to sign (pure): times in Vietnam time, amounts whole VND, the title by subject. */
export function buildDocument(input: DocumentInput): ElectronicDocument {
  return {
    type: 'trustcircle.escrow-document',
    version: 1,
    documentId: input.documentId,
    number: documentNumber(input.kind, input.order?.orderCode ?? input.reference, input.chain.sequence),
    kind: input.kind,
    subject: input.subject,
    title: documentTitle(input.subject),
    orderId: input.order?.orderId ?? null,
    orderCode: input.order?.orderCode ?? null,
    escrowId: input.order?.escrowId ?? null,
    parties: input.parties,
    currency: 'VND',
    amounts: input.lines.amounts,
    facts: input.lines.facts,
    occurredAt: vietnamIso(new Date(input.lines.occurredAt)),
    issuedAt: vietnamIso(input.issuedAt),
    timeZone: 'Asia/Ho_Chi_Minh',
    source: input.source,
    chain: input.chain,
    issuer: { name: 'TrustCircle', service: 'escrow' },
  };
}
