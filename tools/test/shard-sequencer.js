// @ts-check
/**
 * How `jest --shard K/N` splits the integration suites (on four cores or more `npm test` runs two shards at once,
 * each on infrastructure of its own: libs/platform/testing/src/test-infra.ts). Jest's default splits by a hash of
 * the path; this one:
 * - puts every whole-platform suite in shard 1: the chaos, scenario and browser suites spawn the six services (8
 *   connections a pool), and two such stacks at once would pass PostgreSQL's 100 connections; the escrow 1K run
 *   keeps the CPU ~87% busy on its own, so it joins them rather than starve another shard's suites;
 * - spreads the other suites over the other shards, largest first, each to the lightest shard (by file size, a
 *   stand-in for duration that needs no earlier run). With one shard, shard 1 runs everything.
 * Within a shard, the order is jest's own (slowest known first).
 */
const Sequencer = require('@jest/test-sequencer').default;
const { statSync } = require('node:fs');

/** The suites that boot the whole platform as service processes. */
const WHOLE_PLATFORM = [/\/test\/chaos\//, /\/test\/scenarios\//, /\/test\/browser\//, /\/test\/e2e\/escrow-thousand-orders\./];

/** True for a suite that boots the whole platform. */
function isWholePlatform(path) {
  return WHOLE_PLATFORM.some((re) => re.test(path.replace(/\\/g, '/')));
}

/**
 * The paths of shard `shardIndex` (1-based) of `shardCount`, from `paths` and each one's weight (file size).
 * @param {ReadonlyArray<string>} paths
 * @param {(path: string) => number} weight
 * @param {number} shardIndex
 * @param {number} shardCount
 * @returns {string[]}
 */
function shardPaths(paths, weight, shardIndex, shardCount) {
  if (shardCount <= 1) return [...paths];
  const loads = Array.from({ length: shardCount }, () => 0);
  const shardOf = new Map();
  for (const p of paths.filter(isWholePlatform)) shardOf.set(p, 0);
  // Shard 1 is busy with the platform suites: the others fill shards 2..N first, by the usual greedy split.
  loads[0] = Number.POSITIVE_INFINITY;
  const rest = paths.filter((p) => !isWholePlatform(p)).sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
  for (const p of rest) {
    const lightest = loads.indexOf(Math.min(...loads));
    shardOf.set(p, lightest);
    loads[lightest] += weight(p);
  }
  return paths.filter((p) => shardOf.get(p) === shardIndex - 1);
}

class ShardSequencer extends Sequencer {
  /**
   * @param {Array<import('@jest/test-result').Test>} tests
   * @param {{ shardIndex: number, shardCount: number }} options
   */
  shard(tests, { shardIndex, shardCount }) {
    const size = (path) => {
      try {
        return statSync(path).size;
      } catch {
        return 0;
      }
    };
    const chosen = new Set(shardPaths(tests.map((t) => t.path).sort(), size, shardIndex, shardCount));
    return tests.filter((t) => chosen.has(t.path));
  }
}

module.exports = ShardSequencer;
module.exports.shardPaths = shardPaths;
module.exports.isWholePlatform = isWholePlatform;
