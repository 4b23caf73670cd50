import { MESSAGING_ENTITIES } from '@trustcircle/messaging';
import { AUTH_ENTITIES } from '../auth/infrastructure/auth.entities';
import { PlatformDeadLetterRecord } from '../dead-letters/infrastructure/platform-dead-letter.orm-entity';
import { OperatorRecord } from '../operators/infrastructure/operator.orm-entity';
import { SigningKeyRecord } from '../operators/infrastructure/signing-key.orm-entity';
import { PartnerCredentialRecord } from '../partners/infrastructure/partner-credential.orm-entity';
import { PartnerMarketplaceRecord } from '../partners/infrastructure/partner-marketplace.orm-entity';
import { PartnerRecord } from '../partners/infrastructure/partner.orm-entity';
import { READ_MODEL_ENTITIES } from '../read-model/read-model.entities';

/** Every TypeORM entity of the console schema. */
export const CONSOLE_ENTITIES = [...MESSAGING_ENTITIES, PartnerRecord, PartnerCredentialRecord, PartnerMarketplaceRecord, OperatorRecord, SigningKeyRecord, ...AUTH_ENTITIES, ...READ_MODEL_ENTITIES, PlatformDeadLetterRecord];
