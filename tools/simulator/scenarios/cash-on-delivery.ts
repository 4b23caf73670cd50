import type { Scenario } from './scenario';

/** 11. COD: collected, remitted, inspection, release. */
export const cashOnDelivery: Scenario = {
  name: 'cash-on-delivery',
  title: 'collected, remitted, inspection, release',
  movesTime: true,
  run() {
    throw new Error('not written yet');
  },
};
