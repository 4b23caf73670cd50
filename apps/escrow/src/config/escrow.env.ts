import { ServiceEnv } from '@trustcircle/config';

/** The escrow service's configuration: the platform variables (its own ones join as features land). */
export class EscrowEnv extends ServiceEnv {}
