import type { Scenario } from './scenario';

/** 6. Not as described: a partial offer is accepted, and the rest is released. */
export const notAsDescribed: Scenario = {
  name: 'not-as-described',
  title: 'a partial offer is accepted, and the rest is released',
  movesTime: true,
  run() {
    throw new Error('not written yet');
  },
};
