import { ORDER_CODE } from '@trustcircle/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What an operator's search text may be: every interpretation is searched at once. */
export interface OrderSearchTerms {
  /** An order code, upper-cased (`tc-7kq4-m2xd` finds `TC-7KQ4-M2XD`). */
  code: string | null;
  /** An order id. */
  orderId: string | null;
  /** A Vietnamese phone in E.164: searched by its keyed digest, and audited as a search for personal data. */
  phone: string | null;
  /** The marketplace's own order id, exactly as typed. */
  externalId: string;
}

/** How a result matched. */
export type OrderMatch = 'code' | 'orderId' | 'phone' | 'externalId';

/** Reads a search text: code, order id, phone (normalised by `normalisePhone`) and external id at once. */
export function orderSearchTerms(q: string, normalisePhone: (typed: string) => string | undefined): OrderSearchTerms {
  const text = q.trim();
  return {
    code: ORDER_CODE.test(text.toUpperCase()) ? text.toUpperCase() : null,
    orderId: UUID.test(text) ? text.toLowerCase() : null,
    phone: normalisePhone(text) ?? null,
    externalId: text,
  };
}

/** The kinds of terms a search used (for its audit line). */
export function searchedBy(terms: OrderSearchTerms): OrderMatch[] {
  return [...(['code', 'orderId', 'phone'] as const).filter((k) => terms[k] !== null), 'externalId'];
}
