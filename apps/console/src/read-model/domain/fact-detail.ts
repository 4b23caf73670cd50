import { maskPhone } from '@trustcircle/observability';

/** A fact's detail: flat, ids, amounts, states and times only. */
export type FactDetail = Record<string, string | number | boolean | null>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
/** Enum values (`ESCROW_FUNDED`, `RETURN_AND_REFUND`), order codes (`TC-7KQ4-M2XD`). */
const CODE = /^[A-Z][A-Z0-9]*([_-][A-Z0-9]+)*$/;

/**
 * Strings kept whatever they look like: identifiers of the platform or its partners that name no person
 * (`recipientMasked` is masked at the source), and event type names.
 */
const KEPT_STRINGS = new Set([
  'externalId',
  'trackingNumber',
  'template',
  'provider',
  'recipientMasked',
  'rawStatus',
  'sourceEventType',
  'causeEventType',
  'urlHost',
  'remittanceId',
]);

/** Fields never kept, even when they look harmless: redundant (the fact has the order id) or personal. */
const DROPPED = new Set(['orderId', 'buyer', 'seller', 'items', 'beneficiary', 'payoutAccount', 'bankReference', 'partnerReference', 'paymentReference']);

/**
 * What the order explorer keeps of an event's payload: its top-level numbers, booleans, nulls, ids, enum values,
 * codes and times, and a few named identifiers. Everything else — nested objects (buyer, seller, items, payout
 * accounts), free text (courier notes, locations, reasons, mediators' words, alert messages) — is left out, so
 * no name, phone, address or account number reaches the read model. Phone-like text left anywhere is masked.
 */
export function factDetail(payload: object): FactDetail {
  const detail: FactDetail = {};
  for (const [key, value] of Object.entries(payload)) {
    if (DROPPED.has(key)) continue;
    if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) detail[key] = value;
    else if (typeof value === 'string' && (KEPT_STRINGS.has(key) || UUID.test(value) || ISO_TIME.test(value) || CODE.test(value))) detail[key] = maskPhone(value);
  }
  return detail;
}
