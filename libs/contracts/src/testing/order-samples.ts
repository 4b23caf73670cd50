import type { PayloadOf } from '../catalogue';
import type { CourierIntakeV1 } from '../delivery/courier-intake.v1';
import type { OrderIntakeV1 } from '../orders/order-intake.v1';
import type { ORDER_EVENTS } from '../orders/orders.catalogue';
import { SAMPLE } from './sample-values';

/** A valid sample payload per orders event. */
export const ORDER_SAMPLES: { [K in keyof typeof ORDER_EVENTS]: () => PayloadOf<K> } = {
  'orders.order-placed': () => ({
    orderId: SAMPLE.orderId,
    code: SAMPLE.code,
    marketplaceId: SAMPLE.marketplaceId,
    externalId: 'SHOPEE-240301-0001',
    buyer: { name: 'Nguyễn Thị Hoa', phone: '+84901234567', email: 'hoa@example.vn' },
    seller: {
      id: SAMPLE.sellerId,
      name: 'Cửa hàng Gốm Bát Tràng',
      payoutAccount: { method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumberMasked: '******6789', sealedDetails: SAMPLE.sealed, keyId: 'data-2025-03' },
    },
    items: [{ sku: 'BT-VASE-01', name: 'Bình gốm men lam', quantity: 2, unitPrice: 450_000 }],
    shippingFee: 30_000,
    totalAmount: SAMPLE.total,
    currency: 'VND',
    paymentMethod: 'PREPAID',
    paymentReference: SAMPLE.paymentReference,
    inspectionDays: 3,
    shipByDays: 5,
    paymentExpiresAt: '2025-03-02T08:00:00.000Z',
    placedAt: SAMPLE.at.placed,
  }),
  'orders.order-status-changed': () => ({
    orderId: SAMPLE.orderId,
    code: SAMPLE.code,
    marketplaceId: SAMPLE.marketplaceId,
    status: 'FUNDED',
    previousStatus: 'PLACED',
    causeEventId: SAMPLE.eventId,
    causeEventType: 'escrow.escrow-funded',
    sequence: 2,
    changedAt: SAMPLE.at.funded,
  }),
  'orders.cancellation-requested': () => ({
    orderId: SAMPLE.orderId,
    cancellationId: SAMPLE.cancellationId,
    marketplaceId: SAMPLE.marketplaceId,
    reason: 'Người mua đổi ý trước khi giao hàng',
    requestedAt: SAMPLE.at.funded,
  }),
  'orders.buyer-otp-requested': () => ({
    orderId: SAMPLE.orderId,
    code: SAMPLE.code,
    phone: '+84901234567',
    encryptedCode: SAMPLE.sealed,
    otpKeyId: 'otp-2025-03',
    expiresAt: '2025-03-04T09:05:00.000Z',
    requestedAt: '2025-03-04T09:00:00.000Z',
  }),
};

/** A valid order intake message (`orders.intake.v1`, `POST /v1/orders`). */
export function sampleOrderIntake(): OrderIntakeV1 {
  return {
    externalId: 'SHOPEE-240301-0001',
    buyer: { name: 'Nguyễn Thị Hoa', phone: '0901234567', email: 'hoa@example.vn' },
    seller: {
      id: SAMPLE.sellerId,
      name: 'Cửa hàng Gốm Bát Tràng',
      payoutAccount: { method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumber: '0071000123456789', accountName: 'NGUYEN VAN AN' },
    },
    items: [{ sku: 'BT-VASE-01', name: 'Bình gốm men lam', quantity: 2, unitPrice: 450_000 }],
    shippingFee: 30_000,
    totalAmount: SAMPLE.total,
    currency: 'VND',
    paymentMethod: 'PREPAID',
    inspectionDays: 3,
    note: 'Giao giờ hành chính',
  };
}

/** A valid courier intake message (`delivery.courier-intake.v1`, `POST /v1/couriers/{id}/events`). */
export function sampleCourierIntake(): CourierIntakeV1 {
  return {
    trackingNumber: SAMPLE.trackingNumber,
    status: 'DELIVERED',
    occurredAt: '2025-03-03T16:00:00+07:00',
    location: 'Hà Nội',
    codAmount: 0,
  };
}
