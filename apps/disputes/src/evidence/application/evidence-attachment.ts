import type { EntityManager } from 'typeorm';

/** One piece of evidence a party attaches: a file it uploaded before (`fileId`) or a link (`url`), exactly one. */
export interface EvidenceItemInput {
  fileId: string | null;
  url: string | null;
  description: string | null;
}

/**
 * Who attaches evidence, and so whose uploads it may use: a buyer only files uploaded with a token of the same
 * order, a marketplace only its own uploads, a mediator only uploads of a mediator.
 */
export type EvidenceSubmitter =
  | { role: 'BUYER'; orderId: string }
  | { role: 'MERCHANT'; marketplaceId: string }
  | { role: 'MEDIATOR'; operatorId: string };

/** Why an item was refused: `field` names it on the wire (`evidence[2].fileId`). */
export interface EvidenceAttachRefusal {
  field: string;
  code: 'EVIDENCE_REQUIRED' | 'FILE_NOT_FOUND' | 'FILE_ALREADY_ATTACHED' | 'LINK_INVALID' | 'LINK_TOO_LONG' | 'LINK_SCHEME_NOT_ALLOWED' | 'LINK_HAS_CREDENTIALS' | 'TOO_MANY_ITEMS';
  message: string;
}

/**
 * Attaches evidence to a dispute inside the caller's transaction (append-only `dispute_evidence` rows, linked to
 * the trail entry `messageId`). All or nothing: on a refusal nothing is written and the caller answers 400
 * naming the field (and rolls back whatever else it wrote).
 */
export interface EvidenceAttachment {
  attach(
    manager: EntityManager,
    target: { disputeId: string; messageId: string | null; at: Date },
    submitter: EvidenceSubmitter,
    items: readonly EvidenceItemInput[],
  ): Promise<{ ok: true; count: number } | { ok: false; refusal: EvidenceAttachRefusal }>;
}

/** Injection token of the `EvidenceAttachment` (provided and exported by `EvidenceModule`). */
export const EVIDENCE_ATTACHMENT = Symbol.for('trustcircle.disputes.evidence-attachment');

/** The most pieces of evidence one action may attach. */
export const MAX_EVIDENCE_ITEMS_PER_ACTION = 20;
