import { ServiceEnv } from '@trustcircle/config';

/** The delivery-tracking service's configuration: the platform variables (its own ones join as features land). */
export class DeliveryEnv extends ServiceEnv {}
