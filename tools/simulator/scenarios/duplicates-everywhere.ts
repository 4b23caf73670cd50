import type { Scenario } from './scenario';

/** 12. Duplicates, reordering and replays at every edge: the same final state and the same ledger. */
export const duplicatesEverywhere: Scenario = {
  name: 'duplicates-everywhere',
  title: 'the same final state and the same ledger',
  movesTime: true,
  run() {
    throw new Error('not written yet');
  },
};
