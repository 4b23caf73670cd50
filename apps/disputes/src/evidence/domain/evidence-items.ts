/**
 * Which pieces of evidence an action may attach, decided on facts the caller looked up (pure): at most
 * MAX_EVIDENCE_ITEMS_PER_ACTION; each file one the submitter uploaded and not yet attached to the dispute (nor
 * twice in the action); each link passing the link rules. The first refusal, in item order, names its field.
 */
import { type EvidenceAttachRefusal, type EvidenceItemInput, MAX_EVIDENCE_ITEMS_PER_ACTION } from '../application/evidence-attachment';
import { checkEvidenceLink } from './evidence-rules';

/** An accepted item, ready to store: a file id (lower-case) or a normalised link. */
export type PlannedEvidenceItem = { kind: 'FILE'; fileId: string; description: string | null } | { kind: 'LINK'; url: string; description: string | null };

/** What the caller found out about the items' files. */
export interface EvidenceItemFacts {
  /** Lower-case ids of the files among the items that the submitter uploaded. */
  uploadedBySubmitter: ReadonlySet<string>;
  /** Lower-case ids of the files among the items already attached to the dispute. */
  alreadyAttached: ReadonlySet<string>;
}

const LINK_REFUSALS = ['LINK_INVALID', 'LINK_TOO_LONG', 'LINK_SCHEME_NOT_ALLOWED', 'LINK_HAS_CREDENTIALS'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The well-formed file ids among the items, lower-cased (what the caller looks up). */
export function fileIdsOf(items: readonly EvidenceItemInput[]): string[] {
  return [...new Set(items.map((i) => i.fileId?.toLowerCase() ?? '').filter((id) => UUID.test(id)))];
}

/** The refusal of more items than one action may attach, or `null` (checked before anything is looked up). */
export function tooManyEvidenceItems(items: readonly EvidenceItemInput[]): { ok: false; refusal: EvidenceAttachRefusal } | null {
  if (items.length <= MAX_EVIDENCE_ITEMS_PER_ACTION) return null;
  return refuse('evidence', 'TOO_MANY_ITEMS', `At most ${MAX_EVIDENCE_ITEMS_PER_ACTION} pieces of evidence per action; ${items.length} were given.`);
}

/** The items as rows to store, or the first refusal. */
export function planEvidenceItems(items: readonly EvidenceItemInput[], facts: EvidenceItemFacts): { ok: true; items: PlannedEvidenceItem[] } | { ok: false; refusal: EvidenceAttachRefusal } {
  const tooMany = tooManyEvidenceItems(items);
  if (tooMany) return tooMany;
  const planned: PlannedEvidenceItem[] = [];
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    const description = item.description ?? null;
    if (item.fileId !== null && item.url !== null) return refuse(`evidence[${i}].url`, 'LINK_INVALID', 'Give either fileId or url, not both.');
    if (item.fileId !== null) {
      const fileId = item.fileId.toLowerCase();
      if (!UUID.test(fileId) || !facts.uploadedBySubmitter.has(fileId)) return refuse(`evidence[${i}].fileId`, 'FILE_NOT_FOUND', 'No file with this id was uploaded by you.');
      if (facts.alreadyAttached.has(fileId) || seen.has(fileId)) return refuse(`evidence[${i}].fileId`, 'FILE_ALREADY_ATTACHED', 'This file is already attached to the dispute.');
      seen.add(fileId);
      planned.push({ kind: 'FILE', fileId, description });
      continue;
    }
    if (item.url === null) return refuse(`evidence[${i}].url`, 'LINK_INVALID', 'Give fileId or url.');
    const link = checkEvidenceLink(item.url);
    if (!link.ok) return refuse(`evidence[${i}].url`, LINK_REFUSALS.find((c) => c === link.code) ?? 'LINK_INVALID', link.detail);
    planned.push({ kind: 'LINK', url: link.url, description });
  }
  return { ok: true, items: planned };
}

function refuse(field: string, code: EvidenceAttachRefusal['code'], message: string): { ok: false; refusal: EvidenceAttachRefusal } {
  return { ok: false, refusal: { field, code, message } };
}
