import type { Scenario } from './scenario';

/** 3. Never shipped: the ship-by deadline passes and the buyer is refunded. */
export const neverShipped: Scenario = {
  name: 'never-shipped',
  title: 'the ship-by deadline passes and the buyer is refunded',
  movesTime: true,
  run() {
    throw new Error('not written yet');
  },
};
