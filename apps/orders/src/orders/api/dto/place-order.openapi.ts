import type { ApiBodyOptions } from '@nestjs/swagger';

/**
 * OpenAPI for the body of `POST /v1/orders`. The body is the contract class `OrderIntakeV1` (the same the Kafka
 * intake takes), whose class-validator rules are the source of truth; this documents them with an example.
 */
export const PLACE_ORDER_BODY: ApiBodyOptions = {
  description:
    'One order with one seller. Amounts are whole VND (no fractions), at most 10,000,000,000 per amount; totalAmount must equal ' +
    'the items plus shippingFee. Phones are Vietnamese (0901234567 or +84901234567) and stored as E.164. At most 200 items. ' +
    'Unknown fields are refused. The same externalId with the same body answers the same order.',
  schema: {
    type: 'object',
    required: ['externalId', 'buyer', 'seller', 'items', 'shippingFee', 'totalAmount', 'currency', 'paymentMethod'],
    properties: {
      externalId: { type: 'string', maxLength: 100, description: "The marketplace's own order id." },
      buyer: {
        type: 'object',
        required: ['name', 'phone'],
        properties: { name: { type: 'string', maxLength: 200 }, phone: { type: 'string', example: '0901234567' }, email: { type: 'string', format: 'email' } },
      },
      seller: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: { type: 'string', maxLength: 100 },
          name: { type: 'string', maxLength: 200 },
          phone: { type: 'string' },
          email: { type: 'string', format: 'email' },
          payoutAccount: { type: 'object', description: 'Where the seller is paid (bank or e-wallet); see the event catalogue.' },
        },
      },
      items: {
        type: 'array',
        minItems: 1,
        maxItems: 200,
        items: {
          type: 'object',
          required: ['sku', 'name', 'quantity', 'unitPrice'],
          properties: {
            sku: { type: 'string', maxLength: 100 },
            name: { type: 'string', maxLength: 500 },
            quantity: { type: 'integer', minimum: 1 },
            unitPrice: { type: 'integer', minimum: 0, maximum: 10_000_000_000 },
          },
        },
      },
      shippingFee: { type: 'integer', minimum: 0 },
      totalAmount: { type: 'integer', minimum: 0, maximum: 10_000_000_000 },
      currency: { type: 'string', enum: ['VND'] },
      paymentMethod: { type: 'string', enum: ['PREPAID', 'COD'] },
      inspectionDays: { type: 'integer', minimum: 0, maximum: 30, description: "Overrides the marketplace's default (3)." },
      shipByDays: { type: 'integer', minimum: 1, maximum: 30, description: "Overrides the marketplace's default (5)." },
      note: { type: 'string', maxLength: 1000 },
    },
    example: {
      externalId: 'SHOP-10001',
      buyer: { name: 'Nguyễn Thị Hoa', phone: '0901234567', email: 'hoa@example.vn' },
      seller: { id: 'seller-42', name: 'Cửa hàng Ánh Dương' },
      items: [{ sku: 'AO-01', name: 'Áo dài lụa', quantity: 1, unitPrice: 1_200_000 }],
      shippingFee: 35_000,
      totalAmount: 1_235_000,
      currency: 'VND',
      paymentMethod: 'PREPAID',
      note: 'Giao giờ hành chính',
    },
  },
};
