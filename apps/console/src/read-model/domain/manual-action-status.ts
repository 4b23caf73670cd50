import { MANUAL_ACTION_DECISIONS } from '@trustcircle/contracts';

/** A manual money action's status in the read model: awaiting a second admin, or the contract's decisions. */
export const MANUAL_ACTION_STATUSES = ['PROPOSED', ...MANUAL_ACTION_DECISIONS] as const;
export type ManualActionStatus = (typeof MANUAL_ACTION_STATUSES)[number];
