import type { ManualActionStatus } from '../../read-model/domain/manual-action-status';

/** The instant a listing sorts by: the proposal's, the decision's, or the latest of the two. */
export type ListingInstant = 'proposed_at' | 'decided_at' | 'last_at';

/** How one listing of manual actions is ordered (then by action id, in the same direction). */
export interface ManualActionListing {
  /** What a cursor belongs to: the status listed, or `ALL`. */
  name: ManualActionStatus | 'ALL';
  by: ListingInstant;
  direction: 'ASC' | 'DESC';
}

/**
 * The order of a listing: the queue (PROPOSED) oldest proposal first — the desk works it from the front; decided
 * ones (APPROVED, REJECTED) newest decision first; everything newest activity first (the decision, else the
 * proposal).
 */
export function manualActionListing(status?: ManualActionStatus): ManualActionListing {
  if (status === 'PROPOSED') return { name: status, by: 'proposed_at', direction: 'ASC' };
  if (status) return { name: status, by: 'decided_at', direction: 'DESC' };
  return { name: 'ALL', by: 'last_at', direction: 'DESC' };
}

/** Where a page ended: the last action's sort instant and id. */
export interface ManualActionPosition {
  at: Date;
  actionId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An opaque cursor (base64url) of a listing: its name, the last action's sort instant and id. */
export function encodeManualActionCursor(listing: ManualActionListing, position: ManualActionPosition): string {
  return Buffer.from(JSON.stringify([listing.name, position.at.toISOString(), position.actionId]), 'utf8').toString('base64url');
}

/** The position of a cursor of `listing`; undefined for one that is not ours or belongs to another listing. */
export function decodeManualActionCursor(cursor: string, listing: ManualActionListing): ManualActionPosition | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3) return undefined;
    const [name, at, actionId] = parsed as unknown[];
    if (name !== listing.name || typeof at !== 'string' || typeof actionId !== 'string' || !UUID.test(actionId)) return undefined;
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? undefined : { at: date, actionId };
  } catch {
    return undefined;
  }
}
