import { MESSAGING_ENTITIES } from '@trustcircle/messaging';
import { OperatorRecord } from '../operators/infrastructure/operator.orm-entity';
import { SigningKeyRecord } from '../operators/infrastructure/signing-key.orm-entity';
import { PartnerCredentialRecord } from '../partners/infrastructure/partner-credential.orm-entity';
import { PartnerMarketplaceRecord } from '../partners/infrastructure/partner-marketplace.orm-entity';
import { PartnerRecord } from '../partners/infrastructure/partner.orm-entity';

/** Every TypeORM entity of the console schema. */
export const CONSOLE_ENTITIES = [...MESSAGING_ENTITIES, PartnerRecord, PartnerCredentialRecord, PartnerMarketplaceRecord, OperatorRecord, SigningKeyRecord];
