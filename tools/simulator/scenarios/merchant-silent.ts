import type { Scenario } from './scenario';

/** 8. Merchant silent: a default judgment. */
export const merchantSilent: Scenario = {
  name: 'merchant-silent',
  title: 'a default judgment',
  movesTime: true,
  run() {
    throw new Error('not written yet');
  },
};
