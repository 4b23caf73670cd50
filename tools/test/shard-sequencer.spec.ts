import { isWholePlatform, shardPaths } from './shard-sequencer';

const PATHS = [
  '/r/test/chaos/chaos.e2e-spec.ts',
  '/r/test/scenarios/scenarios.e2e-spec.ts',
  '/r/test/browser/console-and-portal.e2e-spec.ts',
  '/r/test/e2e/escrow-thousand-orders.e2e-spec.ts',
  '/r/test/e2e/walking-skeleton.e2e-spec.ts',
  '/r/apps/escrow/src/funding/funding.int-spec.ts',
  '/r/apps/orders/src/orders/marketplace-api.int-spec.ts',
  '/r/libs/platform/redis/src/redis.module.int-spec.ts',
];
const SIZES: Record<string, number> = { '/r/test/e2e/walking-skeleton.e2e-spec.ts': 90, '/r/apps/escrow/src/funding/funding.int-spec.ts': 50, '/r/apps/orders/src/orders/marketplace-api.int-spec.ts': 40, '/r/libs/platform/redis/src/redis.module.int-spec.ts': 10 };
const weight = (p: string): number => SIZES[p] ?? 100;

describe('the integration shards', () => {
  it('knows the suites that boot the whole platform', () => {
    expect(PATHS.filter(isWholePlatform)).toEqual(PATHS.slice(0, 4));
  });

  it('gives every whole-platform suite to shard 1 and the rest to shard 2', () => {
    expect(shardPaths(PATHS, weight, 1, 2)).toEqual(PATHS.slice(0, 4));
    expect(shardPaths(PATHS, weight, 2, 2)).toEqual(PATHS.slice(4));
  });

  it('spreads the rest over shards 2..N, each suite to the lightest, and runs every suite exactly once', () => {
    const shards = [1, 2, 3].map((k) => shardPaths(PATHS, weight, k, 3));
    expect(shards[0]).toEqual(PATHS.slice(0, 4));
    // 90 to shard 2, then 50 and 40 to shard 3 (90 each), then 10 to the first of the two lightest.
    expect(shards[1]).toEqual(['/r/test/e2e/walking-skeleton.e2e-spec.ts', '/r/libs/platform/redis/src/redis.module.int-spec.ts']);
    expect(shards[2]).toEqual(PATHS.slice(5, 7));
    expect(shards.flat().sort()).toEqual([...PATHS].sort());
  });

  it('runs everything in a single shard', () => {
    expect(shardPaths(PATHS, weight, 1, 1)).toEqual(PATHS);
  });
});
