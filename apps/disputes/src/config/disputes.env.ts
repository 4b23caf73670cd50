import { ServiceEnv } from '@trustcircle/config';

/** The disputes service's configuration: the platform variables (its own ones join as features land). */
export class DisputesEnv extends ServiceEnv {}
