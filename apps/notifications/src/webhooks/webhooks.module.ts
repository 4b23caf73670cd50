import { Module } from '@nestjs/common';
import { PlatformCryptoModule } from '@trustcircle/security';
import { EventFeedController } from './api/event-feed.controller';
import { WebhookDeliveriesController } from './api/webhook-deliveries.controller';
import { WebhookEndpointsController } from './api/webhook-endpoints.controller';
import { CreateWebhookEndpointUseCase } from './application/create-endpoint/create-webhook-endpoint.use-case';
import { DeleteWebhookEndpointUseCase } from './application/delete-endpoint/delete-webhook-endpoint.use-case';
import { EventFeedWriter } from './application/event-feed/event-feed.writer';
import { ReadEventFeedQuery } from './application/event-feed/read-event-feed.query';
import { GetWebhookEndpointQuery } from './application/get-endpoint/get-webhook-endpoint.query';
import { ListWebhookDeliveriesQuery } from './application/list-deliveries/list-webhook-deliveries.query';
import { ListWebhookEndpointsQuery } from './application/list-endpoints/list-webhook-endpoints.query';
import { WebhookEndpointsQuery } from './application/pipeline-port/webhook-endpoints.query';
import { ReplayWebhooksUseCase } from './application/replay/replay-webhooks.use-case';
import { RotateSigningSecretUseCase } from './application/rotate-secret/rotate-signing-secret.use-case';
import { EndpointInputRules } from './application/shared/endpoint-input-rules';
import { SigningSecretVault } from './application/shared/signing-secret-vault';
import { UpdateWebhookEndpointUseCase } from './application/update-endpoint/update-webhook-endpoint.use-case';

/**
 * Partners' webhook endpoints (register, change, rotate the signing secret, delete; operators read), what was
 * delivered to each (with every try) and replays of a window of it, and their catch-up event feed. Exports the
 * pipeline's port: `WebhookEndpointsQuery` (who receives an event, signing secrets, endpoint health) and
 * `EventFeedWriter` (feed appends in the consumer's transaction).
 */
@Module({
  imports: [PlatformCryptoModule],
  controllers: [WebhookEndpointsController, WebhookDeliveriesController, EventFeedController],
  providers: [
    SigningSecretVault,
    EndpointInputRules,
    CreateWebhookEndpointUseCase,
    UpdateWebhookEndpointUseCase,
    RotateSigningSecretUseCase,
    DeleteWebhookEndpointUseCase,
    ListWebhookEndpointsQuery,
    GetWebhookEndpointQuery,
    ReadEventFeedQuery,
    ListWebhookDeliveriesQuery,
    ReplayWebhooksUseCase,
    EventFeedWriter,
    WebhookEndpointsQuery,
  ],
  exports: [WebhookEndpointsQuery, EventFeedWriter],
})
export class WebhooksModule {}
