/** A trust subject: a merchant (one seller of one marketplace) or a whole marketplace. */
export type TrustSubjectKind = 'merchant' | 'marketplace';

/** Who a trust score is about, as stored (`subject_kind`, `subject_id`) and as answered. */
export interface TrustSubject {
  kind: TrustSubjectKind;
  /** `marketplaceId:sellerId` for a merchant, the marketplace id for a marketplace. */
  id: string;
  marketplaceId: string;
  /** null for a marketplace. */
  sellerId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The longest seller id an order may carry (`orders.order-placed`'s `seller.id`). */
export const MAX_SELLER_ID_LENGTH = 100;

/** The merchant subject of a seller of a marketplace. */
export function merchantSubject(marketplaceId: string, sellerId: string): TrustSubject {
  const mp = marketplaceId.toLowerCase();
  return { kind: 'merchant', id: `${mp}:${sellerId}`, marketplaceId: mp, sellerId };
}

/** The marketplace subject. */
export function marketplaceSubject(marketplaceId: string): TrustSubject {
  const mp = marketplaceId.toLowerCase();
  return { kind: 'marketplace', id: mp, marketplaceId: mp, sellerId: null };
}

/** The subjects one order or dispute of a seller counts for: the marketplace, then the merchant. */
export function subjectsOf(marketplaceId: string, sellerId: string): [TrustSubject, TrustSubject] {
  return [marketplaceSubject(marketplaceId), merchantSubject(marketplaceId, sellerId)];
}

/**
 * Reads a subject id from a URL (already percent-decoded): a marketplace is its uuid; a merchant is
 * `{marketplaceId}:{sellerId}`, split at the first colon (a uuid has none; the seller id may), the seller id 1 to
 * 100 characters. Answers null for anything else.
 */
export function parseSubjectId(kind: TrustSubjectKind, raw: string): TrustSubject | null {
  if (kind === 'marketplace') return UUID.test(raw) ? marketplaceSubject(raw) : null;
  const colon = raw.indexOf(':');
  if (colon < 0) return null;
  const [marketplaceId, sellerId] = [raw.slice(0, colon), raw.slice(colon + 1)];
  if (!UUID.test(marketplaceId) || sellerId.length === 0 || sellerId.length > MAX_SELLER_ID_LENGTH) return null;
  return merchantSubject(marketplaceId, sellerId);
}
