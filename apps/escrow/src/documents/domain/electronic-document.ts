import type { DocumentKind, DocumentSubject } from '@trustcircle/contracts';

/** The escrow events (and the one consumed event) that produce a document, and what each document is. */
export const DOCUMENT_OF_EVENT = {
  'escrow.escrow-funded': { kind: 'RECEIPT', subject: 'FUNDING' },
  'escrow.escrow-released': { kind: 'RECEIPT', subject: 'RELEASE' },
  'escrow.escrow-refunded': { kind: 'RECEIPT', subject: 'REFUND' },
  'escrow.escrow-paid-out': { kind: 'RECEIPT', subject: 'PAYOUT' },
  'escrow.cod-remitted': { kind: 'RECEIPT', subject: 'COD_REMITTANCE' },
  'disputes.dispute-resolved': { kind: 'DECISION_RECORD', subject: 'DISPUTE_DECISION' },
  'escrow.partner-settlement-closed': { kind: 'STATEMENT', subject: 'PARTNER_SETTLEMENT' },
} as const satisfies Record<string, { kind: DocumentKind; subject: DocumentSubject }>;

/** An event type that produces a document. */
export type DocumentedEventType = keyof typeof DOCUMENT_OF_EVENT;

/** The escrow events whose recording issues a document in the same transaction (see `DocumentedOutbox`). */
export type DocumentedOutboxEventType = Exclude<DocumentedEventType, 'disputes.dispute-resolved'>;

/** A party named on a document. Ids are partner ids (or the marketplace's seller id); no personal data in clear. */
export interface DocumentParty {
  /** Partner id, or the marketplace's seller id; null when not known. */
  id: string | null;
  /** Display name from the partner registry, when escrow knows it. */
  name: string | null;
}

/** The parties of a document. The buyer is never named: escrow holds no buyer contact, and details are masked. */
export interface DocumentParties {
  marketplace: DocumentParty | null;
  seller: DocumentParty | null;
  paymentPartner: DocumentParty | null;
  /** The buyer, as the order code identifies them; `contact` is masked (phone `+84 90•••••67`, account `••••6789`) or null. */
  buyer: { reference: string; contact: string | null } | null;
}

/** One amount line, whole VND. */
export interface DocumentAmount {
  /** Machine code of the line (HELD, RELEASED, FEE, SELLER, REFUNDED, PAID_OUT, REMITTED, …). */
  code: string;
  /** Vietnamese label as printed. */
  label: string;
  /** Whole VND (a safe integer). */
  amount: number;
}

/**
 * The signed payload of an electronic document (signed as canonical JSON: keys sorted at every depth). Times are
 * ISO-8601 in Asia/Ho_Chi_Minh (`+07:00`).
 */
export interface ElectronicDocument {
  type: 'trustcircle.escrow-document';
  version: 1;
  documentId: string;
  number: string;
  kind: DocumentKind;
  subject: DocumentSubject;
  title: string;
  orderId: string | null;
  orderCode: string | null;
  escrowId: string | null;
  parties: DocumentParties;
  currency: 'VND';
  amounts: DocumentAmount[];
  /** Event-specific facts (reason, refund type, dispute, instruction, partner reference, business date…). */
  facts: Record<string, string | number | boolean | null>;
  occurredAt: string;
  issuedAt: string;
  timeZone: 'Asia/Ho_Chi_Minh';
  source: { eventId: string; eventType: string };
  chain: { key: string; sequence: number; previousSha256: string | null };
  issuer: { name: 'TrustCircle'; service: 'escrow' };
}

const NUMBER_PREFIX: Record<DocumentKind, string> = { RECEIPT: 'BL', DECISION_RECORD: 'BB', STATEMENT: 'BK' };

/** The document number: kind prefix, the order code (or statement's business date) and the chain sequence, e.g. `BL-TC-7KQ4-M2XD-03`. */
export function documentNumber(kind: DocumentKind, reference: string, sequence: number): string {
  return `${NUMBER_PREFIX[kind]}-${reference}-${String(sequence).padStart(2, '0')}`;
}
