import { BeneficiaryV1 } from '@trustcircle/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { maskAccountNumber } from '../../payout-accounts/domain/payout-account-details';
import { awaitingBuyerBeneficiary, buyerBeneficiary } from './buyer-beneficiary';
import { normalizeAccountName, refundDestinationOf, refundDestinationProblem, type RefundDestinationInput } from './refund-destination';

const bank: RefundDestinationInput = { method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumber: '0011223346789', accountName: 'Nguyễn Văn An' };
const wallet: RefundDestinationInput = { method: 'EWALLET', institutionCode: 'MOMO', accountNumber: '0912345678', accountName: 'Trần Thị Bích' };

const problems = (input: RefundDestinationInput) =>
  Object.fromEntries((['institutionCode', 'accountNumber', 'accountName'] as const).map((f) => [f, refundDestinationProblem(f, input)]).filter(([, p]) => p !== null));

describe('refund destination rules', () => {
  it('accepts a bank account and an e-wallet', () => {
    expect(problems(bank)).toEqual({});
    expect(problems(wallet)).toEqual({});
  });

  it.each([
    ['12345', 'accountNumber'],
    ['12345678901234567890', 'accountNumber'],
    ['00112233A6789', 'accountNumber'],
  ])('refuses bank account number %s', (accountNumber, field) => {
    expect(Object.keys(problems({ ...bank, accountNumber }))).toEqual([field]);
  });

  it('ignores spaces, dots and dashes inside numbers', () => {
    expect(problems({ ...bank, accountNumber: '0011 2233-4678.9' })).toEqual({});
    expect(refundDestinationOf({ ...bank, accountNumber: '0011 2233-4678.9' } as never).accountNumber).toBe('0011223346789');
  });

  it.each([
    ['0912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0387.654.321', '0387654321'],
  ])('takes the e-wallet mobile number %s as %s', (accountNumber, normalized) => {
    expect(problems({ ...wallet, accountNumber })).toEqual({});
    expect(refundDestinationOf({ ...wallet, accountNumber } as never).accountNumber).toBe(normalized);
  });

  it.each(['0212345678', '091234567', '09123456789', 'momo-user-1'])('refuses e-wallet number %s (not a Vietnamese mobile number)', (accountNumber) => {
    expect(problems({ ...wallet, accountNumber })).toEqual({ accountNumber: 'accountNumber must be the Vietnamese mobile number the e-wallet is registered to' });
  });

  it('checks the institution against the method', () => {
    expect(problems({ ...wallet, institutionCode: 'VCB' })).toEqual({ institutionCode: expect.stringContaining('MOMO, ZALOPAY') });
    expect(problems({ ...bank, institutionCode: 'MOMO' })).toEqual({ institutionCode: 'institutionCode names an e-wallet: use method EWALLET' });
    expect(problems({ ...bank, institutionCode: 'V' })).toEqual({ institutionCode: expect.stringContaining('2–20 letters and digits') });
    expect(problems({ ...bank, institutionCode: ' vcb ' })).toEqual({});
    expect(refundDestinationOf({ ...bank, institutionCode: ' vcb ' } as never).institutionCode).toBe('VCB');
  });

  it('leaves method-dependent fields alone when the method itself is wrong (its own error says it)', () => {
    expect(problems({ ...bank, method: 'CASH', accountNumber: 'x' })).toEqual({});
    expect(problems({ ...bank, method: 'CASH', accountName: 'A' })).toEqual({ accountName: 'accountName must be 2–100 characters' });
  });

  it('unaccents and uppercases the holder’s name as banks hold it, and bounds it', () => {
    expect(normalizeAccountName('  Nguyễn   Thị  Đào ')).toBe('NGUYEN THI DAO');
    expect(normalizeAccountName('đặng ĐỨC Ưng')).toBe('DANG DUC UNG');
    expect(problems({ ...bank, accountName: 'A' })).toEqual({ accountName: 'accountName must be 2–100 characters' });
    expect(problems({ ...bank, accountName: 'A'.repeat(101) })).toEqual({ accountName: 'accountName must be 2–100 characters' });
    expect(problems({ ...bank, accountName: 'A'.repeat(100) })).toEqual({});
    expect(problems({ ...bank, accountName: 'Nguyen Van 4' })).toEqual({ accountName: expect.stringContaining('letters and spaces only') });
    expect(problems({ ...bank, accountName: 42 })).toEqual({ accountName: 'accountName must be a string' });
  });

  it('never puts the value in a message', () => {
    const secret = '0987654321123';
    const all = Object.values(problems({ method: 'EWALLET', institutionCode: secret, accountNumber: secret, accountName: secret })).join(' ');
    expect(all).not.toContain(secret);
  });
});

describe('buyer beneficiary', () => {
  it('is masked and passes the contract; the one waiting for a destination shows nothing', () => {
    const b = buyerBeneficiary({ method: 'EWALLET', institutionCode: 'MOMO', accountNumberMasked: maskAccountNumber('0912345678') });
    expect(b).toEqual({ party: 'BUYER', destination: 'EWALLET', sellerId: null, institutionCode: 'MOMO', accountNumberMasked: '******5678' });
    expect(validateSync(plainToInstance(BeneficiaryV1, b))).toEqual([]);
    expect(awaitingBuyerBeneficiary()).toEqual({ party: 'BUYER', destination: 'BANK_ACCOUNT', sellerId: null, institutionCode: null, accountNumberMasked: null });
  });
});
