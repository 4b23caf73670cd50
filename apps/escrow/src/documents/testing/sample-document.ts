import { buildDocument } from '../domain/build-document';
import type { ElectronicDocument } from '../domain/electronic-document';

/** A refund receipt as the issuer builds it (test-only fixture). */
export function sampleDocument(overrides: { previousSha256?: string | null; sequence?: number } = {}): ElectronicDocument {
  return buildDocument({
    documentId: '0b0f4a52-6c1e-4d8e-9a57-1f2d3c4b5a69',
    kind: 'RECEIPT',
    subject: 'REFUND',
    order: { orderId: '5d7c1f0e-8a3b-4c2d-9e1f-0a1b2c3d4e5f', orderCode: 'TC-7KQ4-M2XD', escrowId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' },
    reference: 'TC-7KQ4-M2XD',
    parties: {
      marketplace: { id: '11111111-1111-4111-8111-111111111111', name: 'Chợ Tốt Đẹp' },
      seller: { id: 'seller-42', name: null },
      paymentPartner: { id: '22222222-2222-4222-8222-222222222222', name: 'Ví Điện Tử Việt' },
      buyer: { reference: 'Người mua của đơn hàng TC-7KQ4-M2XD', contact: null },
    },
    lines: { amounts: [{ code: 'REFUNDED', label: 'Số tiền hoàn cho người mua', amount: 1_235_000 }], facts: { refundType: 'PARTIAL', reason: 'DISPUTE_OUTCOME', disputeId: null }, occurredAt: '2026-11-29T07:30:00.000Z' },
    issuedAt: new Date('2026-11-29T07:30:01.000Z'),
    source: { eventId: '33333333-3333-4333-8333-333333333333', eventType: 'escrow.escrow-refunded' },
    chain: { key: 'order:5d7c1f0e-8a3b-4c2d-9e1f-0a1b2c3d4e5f', sequence: overrides.sequence ?? 2, previousSha256: overrides.previousSha256 === undefined ? 'a'.repeat(64) : overrides.previousSha256 },
  });
}
