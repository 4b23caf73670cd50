import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { NotificationsEnv } from '../../../config/notifications.env';
import { rotateSigningSecrets } from '../../domain/signing-secrets';
import { WebhookEndpointRecord } from '../../infrastructure/webhook-endpoint.orm-entity';
import { lockOwnedEndpoint } from '../shared/owned-endpoints';
import { SigningSecretVault } from '../shared/signing-secret-vault';
import type { EndpointOwner } from '../shared/webhook-caller';
import { webhookEndpointView, type WebhookEndpointWithSecret } from '../shared/webhook-endpoint-view';

/**
 * Gives an endpoint a new signing secret, answered this once. The one it replaces keeps signing for
 * `WEBHOOK_SECRET_ROTATION_OVERLAP_HOURS` (webhooks carry both signatures meanwhile), so the owner can deploy the
 * new one without losing a webhook. A rotation during an overlap ends the older overlap at once.
 */
@Injectable()
export class RotateSigningSecretUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly env: NotificationsEnv,
    private readonly vault: SigningSecretVault,
  ) {}

  execute(owner: EndpointOwner, endpointId: string): Promise<WebhookEndpointWithSecret> {
    return this.dataSource.transaction(async (m) => {
      const endpoint = await lockOwnedEndpoint(m, owner, endpointId);
      const now = this.clock.now();
      const issued = this.vault.issue(endpoint.id, now);
      endpoint.secrets = rotateSigningSecrets(endpoint.secrets, issued.sealed, now, this.env.WEBHOOK_SECRET_ROTATION_OVERLAP_HOURS);
      endpoint.updatedAt = now;
      await m.update(WebhookEndpointRecord, { id: endpoint.id }, { secrets: endpoint.secrets, updatedAt: now });
      return { ...webhookEndpointView(endpoint, now), secret: issued.secret };
    });
  }
}
