import { mayRead } from './document-visibility';

const doc = { orderId: 'order-1', marketplaceId: 'mkt-1', paymentPartnerId: 'pp-1' };
const statement = { orderId: null, marketplaceId: null, paymentPartnerId: 'pp-1' };

describe('who may read a document', () => {
  it('lets operators read all', () => {
    expect(mayRead({ kind: 'operator' }, doc)).toBe(true);
    expect(mayRead({ kind: 'operator' }, statement)).toBe(true);
  });

  it('lets a marketplace read its orders’ documents only', () => {
    expect(mayRead({ kind: 'marketplace', partnerId: 'mkt-1' }, doc)).toBe(true);
    expect(mayRead({ kind: 'marketplace', partnerId: 'mkt-2' }, doc)).toBe(false);
    expect(mayRead({ kind: 'marketplace', partnerId: 'mkt-1' }, statement)).toBe(false);
  });

  it('lets a payment partner read what it funded and its statements', () => {
    expect(mayRead({ kind: 'payment-partner', partnerId: 'pp-1' }, doc)).toBe(true);
    expect(mayRead({ kind: 'payment-partner', partnerId: 'pp-1' }, statement)).toBe(true);
    expect(mayRead({ kind: 'payment-partner', partnerId: 'pp-2' }, doc)).toBe(false);
  });

  it('lets a buyer read their order’s documents only', () => {
    expect(mayRead({ kind: 'buyer', orderId: 'order-1' }, doc)).toBe(true);
    expect(mayRead({ kind: 'buyer', orderId: 'order-2' }, doc)).toBe(false);
    expect(mayRead({ kind: 'buyer', orderId: 'order-1' }, statement)).toBe(false);
  });
});
