import type { ApiBodyOptions } from '@nestjs/swagger';

/** The OpenAPI description of the `PayoutAccountV1` body (the contracts class carries no Swagger decorators). */
export const PAYOUT_ACCOUNT_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['method', 'institutionCode', 'accountNumber', 'accountName'],
    properties: {
      method: { type: 'string', enum: ['BANK_ACCOUNT', 'EWALLET'], example: 'BANK_ACCOUNT' },
      institutionCode: { type: 'string', pattern: '^[A-Z0-9]{2,20}$', example: 'VCB', description: 'NAPAS bank code / BIN, or e-wallet provider code.' },
      accountNumber: { type: 'string', pattern: '^[0-9A-Za-z]{4,34}$', example: '0011223346789' },
      accountName: { type: 'string', maxLength: 200, example: 'NGUYEN VAN A' },
    },
  },
};
