import { ServiceEnv } from '@trustcircle/config';

/** The orders service's configuration: the platform variables (its own ones join as features land). */
export class OrdersEnv extends ServiceEnv {}
