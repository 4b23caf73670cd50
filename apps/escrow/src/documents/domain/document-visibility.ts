/** Who asks for a document: an operator, a partner (API key), or a buyer (buyer token for one order). */
export type DocumentReader =
  | { kind: 'operator' }
  | { kind: 'marketplace'; partnerId: string }
  | { kind: 'payment-partner'; partnerId: string }
  | { kind: 'buyer'; orderId: string };

/** What decides who may read a document. */
export interface DocumentAudience {
  orderId: string | null;
  marketplaceId: string | null;
  paymentPartnerId: string | null;
}

/**
 * Whether `reader` may read a document: operators all; a marketplace its orders' documents; a payment partner
 * the documents of orders it funded and its own settlement statements; a buyer their order's documents only.
 * Anyone else is answered as if the document did not exist (404).
 */
export function mayRead(reader: DocumentReader, doc: DocumentAudience): boolean {
  switch (reader.kind) {
    case 'operator':
      return true;
    case 'marketplace':
      return doc.marketplaceId === reader.partnerId;
    case 'payment-partner':
      return doc.paymentPartnerId === reader.partnerId;
    case 'buyer':
      return doc.orderId !== null && doc.orderId === reader.orderId;
  }
}
