import type { Scenario } from './scenario';

/** 9. Return and refund: the refund waits for the return shipment. */
export const returnAndRefund: Scenario = {
  name: 'return-and-refund',
  title: 'the refund waits for the return shipment',
  movesTime: true,
  run() {
    throw new Error('not written yet');
  },
};
