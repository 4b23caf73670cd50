import { fieldErrorsOf } from '@trustcircle/http';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { RefundDestinationBody } from './refund-destination.body';

const fieldsIn = (body: Record<string, unknown>) =>
  fieldErrorsOf(validateSync(plainToInstance(RefundDestinationBody, body), { whitelist: true, forbidNonWhitelisted: true })).map((e) => `${e.field}:${e.code}`);

describe('RefundDestinationBody', () => {
  it('passes a valid body', () => {
    expect(fieldsIn({ method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumber: '0011223346789', accountName: 'Nguyễn Văn An' })).toEqual([]);
  });

  it('names every invalid field (method-dependent rules included) and unknown ones', () => {
    expect(fieldsIn({ method: 'EWALLET', institutionCode: 'VCB', accountNumber: '123', accountName: 'X', note: 'hi' }).sort()).toEqual([
      'accountName:refundDestination',
      'accountNumber:refundDestination',
      'institutionCode:refundDestination',
      'note:whitelistValidation',
    ]);
    expect(fieldsIn({}).sort()).toEqual(['accountName:isString', 'accountNumber:isString', 'institutionCode:isString', 'method:isIn']);
  });
});
