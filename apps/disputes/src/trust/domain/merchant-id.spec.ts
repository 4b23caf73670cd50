import { parseSubjectId, subjectsOf } from './merchant-id';

const MP = '0b6c2d2e-8f7a-4f0e-9d55-3b1f2a7c9e10';

describe('trust subject ids', () => {
  it('reads a merchant as {marketplaceId}:{sellerId}, split at the first colon', () => {
    expect(parseSubjectId('merchant', `${MP}:seller-42`)).toEqual({ kind: 'merchant', id: `${MP}:seller-42`, marketplaceId: MP, sellerId: 'seller-42' });
    expect(parseSubjectId('merchant', `${MP.toUpperCase()}:a:b`)).toEqual({ kind: 'merchant', id: `${MP}:a:b`, marketplaceId: MP, sellerId: 'a:b' });
  });

  it.each([['seller-42'], [`${MP}`], [`${MP}:`], [`not-a-uuid:seller`], [`${MP}:${'x'.repeat(101)}`], ['']])('refuses merchant id %p', (raw) => {
    expect(parseSubjectId('merchant', raw)).toBeNull();
  });

  it('reads a marketplace as its uuid only', () => {
    expect(parseSubjectId('marketplace', MP)).toEqual({ kind: 'marketplace', id: MP, marketplaceId: MP, sellerId: null });
    expect([parseSubjectId('marketplace', `${MP}:s`), parseSubjectId('marketplace', 'x')]).toEqual([null, null]);
  });

  it('counts a seller for its marketplace, then for itself', () => {
    expect(subjectsOf(MP, 's1').map((s) => s.id)).toEqual([MP, `${MP}:s1`]);
  });
});
