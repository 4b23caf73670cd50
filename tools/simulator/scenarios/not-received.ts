import type { Scenario } from './scenario';

/** 5. Not received: the merchant accepts and the refund is full. */
export const notReceived: Scenario = {
  name: 'not-received',
  title: 'the merchant accepts and the refund is full',
  movesTime: true,
  run() {
    throw new Error('not written yet');
  },
};
