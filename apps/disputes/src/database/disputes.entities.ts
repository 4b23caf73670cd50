import { MESSAGING_ENTITIES } from '@trustcircle/messaging';
import { PARTNER_DIRECTORY_ENTITIES } from '@trustcircle/security';

/** Every TypeORM entity of the disputes schema. */
export const DISPUTES_ENTITIES = [...MESSAGING_ENTITIES, ...PARTNER_DIRECTORY_ENTITIES];
