import { validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { BeneficiaryV1 } from '@trustcircle/contracts';
import { detailsJson, maskAccountNumber, parseDetails, sellerBeneficiary } from './payout-account-details';

describe('payout account details', () => {
  it.each([
    ['0123456789', '******6789'],
    ['12345678', '******5678'],
    ['1234567', '******567'],
    ['1234', '******'],
  ])('masks %s as %s', (number, masked) => {
    expect(maskAccountNumber(number)).toBe(masked);
  });

  it('builds a masked seller beneficiary that passes the contract', () => {
    const b = sellerBeneficiary('shop-1', { method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumberMasked: maskAccountNumber('0011223344556677') });
    expect(b).toEqual({ party: 'SELLER', destination: 'BANK_ACCOUNT', sellerId: 'shop-1', institutionCode: 'VCB', accountNumberMasked: '******6677' });
    expect(validateSync(plainToInstance(BeneficiaryV1, b))).toEqual([]);
  });

  it('round-trips the sealed plaintext and refuses anything else', () => {
    expect(parseDetails(detailsJson({ accountNumber: '0123456789', accountName: 'NGUYEN VAN A' }))).toEqual({ accountNumber: '0123456789', accountName: 'NGUYEN VAN A' });
    expect(() => parseDetails('{"accountNumber":1}')).toThrow();
  });
});
