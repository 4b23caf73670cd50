import type { Scenario } from './scenario';

/** 2. Early release: the buyer confirms receipt, and a later complaint is refused. */
export const earlyRelease: Scenario = {
  name: 'early-release',
  title: 'the buyer confirms receipt, and a later complaint is refused',
  movesTime: true,
  run() {
    throw new Error('not written yet');
  },
};
