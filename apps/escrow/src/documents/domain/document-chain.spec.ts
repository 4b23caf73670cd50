import { chainIsUnbroken, chainKeyOf, nextLink } from './document-chain';

const h = (c: string): string => c.repeat(64);

describe('document chain', () => {
  it('starts at sequence 1 with no previous hash, then links each document to the one before', () => {
    expect(nextLink(null)).toEqual({ sequence: 1, previousSha256: null });
    expect(nextLink({ sequence: 1, sha256: h('a') })).toEqual({ sequence: 2, previousSha256: h('a') });
  });

  it('keys an order’s chain by the order and a partner’s statements by the partner', () => {
    expect(chainKeyOf({ orderId: 'o-1' })).toBe('order:o-1');
    expect(chainKeyOf({ partnerId: 'p-1' })).toBe('partner:p-1');
  });

  it('accepts an unbroken chain and refuses a gap, a wrong link or a first document with a previous hash', () => {
    const chain = [
      { sequence: 1, sha256: h('a'), previousSha256: null },
      { sequence: 2, sha256: h('b'), previousSha256: h('a') },
      { sequence: 3, sha256: h('c'), previousSha256: h('b') },
    ];
    expect(chainIsUnbroken(chain)).toBe(true);
    expect(chainIsUnbroken([chain[0], chain[2]])).toBe(false);
    expect(chainIsUnbroken([chain[0], { ...chain[1], previousSha256: h('f') }])).toBe(false);
    expect(chainIsUnbroken([{ ...chain[0], previousSha256: h('0') }])).toBe(false);
  });
});
