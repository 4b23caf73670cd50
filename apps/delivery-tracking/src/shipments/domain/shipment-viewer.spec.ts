import { canSee, scopeCondition } from './shipment-viewer';

const s = { marketplaceId: 'm-1', courierId: 'c-1' };

describe('shipment viewer', () => {
  it('lets operators see everything, a marketplace and a courier only their own', () => {
    expect(canSee({ kind: 'operator' }, s)).toBe(true);
    expect(canSee({ kind: 'marketplace', partnerId: 'm-1' }, s)).toBe(true);
    expect(canSee({ kind: 'marketplace', partnerId: 'm-2' }, s)).toBe(false);
    expect(canSee({ kind: 'courier', partnerId: 'c-1' }, s)).toBe(true);
    expect(canSee({ kind: 'courier', partnerId: 'c-2' }, s)).toBe(false);
    // a courier's id is never a marketplace's scope and vice versa
    expect(canSee({ kind: 'marketplace', partnerId: 'c-1' }, s)).toBe(false);
  });

  it('scopes queries by the viewer', () => {
    expect(scopeCondition({ kind: 'operator' }, 's')).toBeNull();
    expect(scopeCondition({ kind: 'marketplace', partnerId: 'm-1' }, 's')).toEqual({ sql: 's.marketplaceId = :viewerId', params: { viewerId: 'm-1' } });
    expect(scopeCondition({ kind: 'courier', partnerId: 'c-1' }, 's')).toEqual({ sql: 's.courierId = :viewerId', params: { viewerId: 'c-1' } });
  });
});
