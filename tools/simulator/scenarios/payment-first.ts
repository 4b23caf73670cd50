import type { Scenario } from './scenario';

/** 10. Payment before the order is known: the payment is parked, then matched. */
export const paymentFirst: Scenario = {
  name: 'payment-first',
  title: 'the payment is parked, then matched',
  movesTime: true,
  run() {
    throw new Error('not written yet');
  },
};
