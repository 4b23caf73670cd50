import { BUYER_SESSION_KEY, BuyerSessionStore, MemoryStore, sessionStoreOr } from './buyer-session';

describe(BuyerSessionStore.name, () => {
  const now = Date.parse('2026-11-30T00:00:00Z');

  it('keeps one order’s token until it expires, and only for that order', () => {
    const store = new MemoryStore();
    const sessions = new BuyerSessionStore(store, () => now);
    sessions.start('tc-7kq4-m2xd ', 'tok-1', '2026-11-30T00:30:00.000Z');
    expect(sessions.current('TC-7KQ4-M2XD')).toEqual({ orderCode: 'TC-7KQ4-M2XD', accessToken: 'tok-1', expiresAt: '2026-11-30T00:30:00.000Z', disputeIds: [] });
    expect(sessions.current()).not.toBeNull();
    expect(sessions.current('TC-AAAA-BBBB')).toBeNull();
    expect(JSON.parse(store.getItem(BUYER_SESSION_KEY) ?? '{}')).toMatchObject({ accessToken: 'tok-1' });
  });

  it('reads an expired (or about to expire) session as none', () => {
    const store = new MemoryStore();
    new BuyerSessionStore(store, () => now).start('TC-7KQ4-M2XD', 'tok-1', '2026-11-30T00:00:10.000Z');
    expect(new BuyerSessionStore(store, () => now).current()).toBeNull();
    expect(new BuyerSessionStore(store, () => now - 60_000).current()).not.toBeNull();
  });

  it('remembers complaints filed in the session, most recent first, once each', () => {
    const sessions = new BuyerSessionStore(new MemoryStore(), () => now);
    sessions.start('TC-7KQ4-M2XD', 'tok-1', '2026-11-30T00:30:00.000Z');
    sessions.rememberDispute('d-1');
    sessions.rememberDispute('d-2');
    sessions.rememberDispute('d-1');
    expect(sessions.current()?.disputeIds).toEqual(['d-2', 'd-1']);
  });

  it('forgets the session on clear, and ignores a malformed one', () => {
    const store = new MemoryStore();
    const sessions = new BuyerSessionStore(store, () => now);
    sessions.start('TC-7KQ4-M2XD', 'tok-1', '2026-11-30T00:30:00.000Z');
    sessions.clear();
    expect(sessions.current()).toBeNull();
    store.setItem(BUYER_SESSION_KEY, '{not json');
    expect(sessions.current()).toBeNull();
    store.setItem(BUYER_SESSION_KEY, JSON.stringify({ orderCode: 'TC-7KQ4-M2XD' }));
    expect(sessions.current()).toBeNull();
  });
});

describe(sessionStoreOr.name, () => {
  it('falls back to memory where sessionStorage throws', () => {
    const broken = () => {
      throw new Error('SecurityError');
    };
    expect(sessionStoreOr(broken)).toBeInstanceOf(MemoryStore);
    const quotaFull = new MemoryStore();
    quotaFull.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(sessionStoreOr(() => quotaFull)).not.toBe(quotaFull);
    const working = new MemoryStore();
    expect(sessionStoreOr(() => working)).toBe(working);
    expect(working.getItem('tc.probe')).toBeNull();
  });
});
