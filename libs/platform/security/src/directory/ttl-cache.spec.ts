import { TtlCache } from './ttl-cache';

describe(TtlCache.name, () => {
  afterEach(() => jest.useRealTimers());

  it('caches values and misses until the TTL runs out or it is cleared', async () => {
    jest.useFakeTimers({ now: 0 });
    const cache = new TtlCache<string | null>(1000);
    const load = jest.fn(async () => null);
    await cache.getOrLoad('a', load);
    await cache.getOrLoad('a', load);
    expect(load).toHaveBeenCalledTimes(1);
    jest.setSystemTime(1001);
    await cache.getOrLoad('a', load);
    expect(load).toHaveBeenCalledTimes(2);
    cache.clear();
    await cache.getOrLoad('a', load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('evicts the oldest entry beyond its cap', () => {
    const cache = new TtlCache<number>(60_000, 2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });
});
