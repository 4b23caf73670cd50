import { Global, Module } from '@nestjs/common';
import { OPERATOR_KEY_SOURCE } from '../auth/operator-key-source';
import { PlatformCryptoModule } from '../crypto/platform-crypto.module';
import { IntakeSignatureVerifier } from '../intake/intake-signature.verifier';
import { WebhookReplayStore } from '../webhooks/webhook-replay.store';
import { PartnerDirectory } from './partner-directory';
import { PartnerDirectoryWriter } from './partner-directory.writer';
import { PartnerDirectoryOnPartnerUpserted } from './partner-upserted.handler';
import { PartnerDirectoryOnSigningKeyPublished } from './signing-key-published.handler';

/**
 * A partner-facing service's copy of the partner registry (global). Import it once, in the app module, next to
 * `ServiceKitModule`, with the service's migration calling `partnerDirectoryTablesV1(schema)`:
 * - consumes `partners.partner-upserted` and `partners.operator-signing-key-published` (compacted
 *   `partners.directory.v1`, read from the beginning by a new consumer group) into its own tables;
 * - provides {@link PartnerDirectory} (reads with a short cache) and what `@ApiKeyAuth()`, `@SignedWebhook()`
 *   and `@OperatorAuth()` need: the directory, the webhook replay store and the operator keys; and the
 *   `IntakeSignatureVerifier` intake handlers check partners' signed Kafka records with.
 *
 * Needs the service kit's config (PLATFORM_ENCRYPTION_KEY), database, Redis, clock and messaging.
 *
 * @example imports: [ServiceKitModule.forRoot({ service: 'escrow', … }), PartnerDirectoryModule, EscrowModule]
 */
@Global()
@Module({
  imports: [PlatformCryptoModule],
  providers: [
    PartnerDirectory,
    PartnerDirectoryWriter,
    PartnerDirectoryOnPartnerUpserted,
    PartnerDirectoryOnSigningKeyPublished,
    WebhookReplayStore,
    IntakeSignatureVerifier,
    { provide: OPERATOR_KEY_SOURCE, useExisting: PartnerDirectory },
  ],
  exports: [PartnerDirectory, PartnerDirectoryWriter, WebhookReplayStore, IntakeSignatureVerifier, OPERATOR_KEY_SOURCE],
})
export class PartnerDirectoryModule {}
