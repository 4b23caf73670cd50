/** Types of shard-sequencer.js (a plain script: jest loads it before any transform). */
declare class ShardSequencer {}
declare namespace ShardSequencer {
  /** The paths of shard `shardIndex` (1-based) of `shardCount`. */
  function shardPaths(paths: readonly string[], weight: (path: string) => number, shardIndex: number, shardCount: number): string[];
  /** True for a suite that boots the whole platform as service processes. */
  function isWholePlatform(path: string): boolean;
}
export = ShardSequencer;
