import type { Scenario } from './scenario';

/** 4. Failed delivery: three failed attempts, the return delivered to the seller, then the refund. */
export const failedDelivery: Scenario = {
  name: 'failed-delivery',
  title: 'three failed attempts, the return delivered to the seller, then the refund',
  movesTime: true,
  run() {
    throw new Error('not written yet');
  },
};
