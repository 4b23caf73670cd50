import { normaliseVnPhone } from '../../read-model/domain/buyer-phone';
import { orderSearchTerms, searchedBy } from './order-search-query';

const terms = (q: string) => orderSearchTerms(q, normaliseVnPhone);

describe('an order search text', () => {
  it('is an order code whatever its case, and an external id as typed', () => {
    expect(terms(' tc-7kq4-m2xd ')).toEqual({ code: 'TC-7KQ4-M2XD', orderId: null, phone: null, externalId: 'tc-7kq4-m2xd' });
    expect(searchedBy(terms('TC-7KQ4-M2XD'))).toEqual(['code', 'externalId']);
  });

  it('is a phone in any usual Vietnamese form, normalised to E.164', () => {
    expect(terms('090 123 4567')).toEqual({ code: null, orderId: null, phone: '+84901234567', externalId: '090 123 4567' });
    expect(searchedBy(terms('+84901234567'))).toEqual(['phone', 'externalId']);
  });

  it('is an order id when it is a UUID, and else only an external id', () => {
    expect(terms('0B9F2C3E-6A51-4F7E-9C1D-2E8A4B6C7D10')).toMatchObject({ orderId: '0b9f2c3e-6a51-4f7e-9c1d-2e8a4b6c7d10', phone: null, code: null });
    expect(terms('SHOPEE-240301-0001')).toEqual({ code: null, orderId: null, phone: null, externalId: 'SHOPEE-240301-0001' });
  });
});
