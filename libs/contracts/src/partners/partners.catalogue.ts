import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { OperatorSigningKeyPublishedV1 } from './operator-signing-key-published.v1';
import { PartnerUpsertedV1 } from './partner-upserted.v1';

/** Events owned by the console, on the compacted `partners.directory.v1`: the latest record per key. */
export const PARTNER_EVENTS = {
  'partners.partner-upserted': defineEvent({
    type: 'partners.partner-upserted',
    version: 1,
    topic: TOPICS.partnerDirectory.name,
    owner: 'console',
    consumers: ['orders', 'escrow', 'delivery-tracking', 'disputes', 'notifications'],
    keyDescription: 'partnerId',
    keyOf: (p: PartnerUpsertedV1) => p.partnerId,
    payload: PartnerUpsertedV1,
    description: "A partner's latest verification material (key hashes, sealed secrets) and settings.",
  }),
  'partners.operator-signing-key-published': defineEvent({
    type: 'partners.operator-signing-key-published',
    version: 1,
    topic: TOPICS.partnerDirectory.name,
    owner: 'console',
    consumers: ['orders', 'escrow', 'delivery-tracking', 'disputes', 'notifications'],
    keyDescription: 'kid',
    keyOf: (p: OperatorSigningKeyPublishedV1) => p.kid,
    payload: OperatorSigningKeyPublishedV1,
    description: 'A public key operator tokens are signed with was published, retired or revoked.',
  }),
} as const;
