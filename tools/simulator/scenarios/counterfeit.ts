import type { Scenario } from './scenario';

/** 7. Counterfeit: the merchant rejects, the buyer escalates, and the mediator refunds in full. */
export const counterfeit: Scenario = {
  name: 'counterfeit',
  title: 'the merchant rejects, the buyer escalates, and the mediator refunds in full',
  movesTime: true,
  run() {
    throw new Error('not written yet');
  },
};
