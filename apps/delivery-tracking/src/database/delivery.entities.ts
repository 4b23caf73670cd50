import { MESSAGING_ENTITIES } from '@trustcircle/messaging';
import { PARTNER_DIRECTORY_ENTITIES } from '@trustcircle/security';

/** Every TypeORM entity of the delivery-tracking schema. */
export const DELIVERY_ENTITIES = [...MESSAGING_ENTITIES, ...PARTNER_DIRECTORY_ENTITIES];
