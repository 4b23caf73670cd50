import { PARTNER_DIRECTORY_ENTITIES } from '@trustcircle/security';
import { MESSAGING_ENTITIES } from '@trustcircle/messaging';
import { EscrowRecord } from '../escrow/infrastructure/escrow.orm-entity';

/** Every TypeORM entity of the escrow schema. */
export const ESCROW_ENTITIES = [...MESSAGING_ENTITIES, ...PARTNER_DIRECTORY_ENTITIES, EscrowRecord];
