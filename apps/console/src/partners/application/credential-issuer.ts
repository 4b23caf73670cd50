import { Injectable } from '@nestjs/common';
import type { PartnerKind } from '@trustcircle/contracts';
import { generateApiKey, generateWebhookSecret, PlatformKeyring, webhookSecretAad } from '@trustcircle/security';
import type { EntityManager } from 'typeorm';
import { PartnerCredentialRecord } from '../infrastructure/partner-credential.orm-entity';

/** Credentials as handed over once, at creation or rotation. Never stored, logged or published in clear. */
export interface IssuedCredentials {
  /** The API key (`tc_…`), when one was issued. */
  apiKey?: string;
  apiKeyId?: string;
  /** The webhook signing secret (`whsec_…`), when one was issued. */
  webhookSecret?: string;
  webhookSecretId?: string;
}

/** Generates credentials and stores what may be kept: the API key's hash, the secret sealed. */
@Injectable()
export class CredentialIssuer {
  constructor(private readonly keyring: PlatformKeyring) {}

  async issueApiKey(manager: EntityManager, partnerId: string, kind: PartnerKind, now: Date): Promise<Required<Pick<IssuedCredentials, 'apiKey' | 'apiKeyId'>>> {
    const key = generateApiKey(kind);
    await manager.insert(PartnerCredentialRecord, {
      id: key.keyId,
      partnerId,
      type: 'API_KEY',
      sha256: key.sha256,
      ciphertext: null,
      encKeyId: null,
      status: 'ACTIVE',
      createdAt: now,
      expiresAt: null,
      revokedAt: null,
    });
    return { apiKey: key.apiKey, apiKeyId: key.keyId };
  }

  async issueWebhookSecret(manager: EntityManager, partnerId: string, now: Date): Promise<Required<Pick<IssuedCredentials, 'webhookSecret' | 'webhookSecretId'>>> {
    const secret = generateWebhookSecret();
    const sealed = this.keyring.seal(secret.secret, webhookSecretAad(partnerId, secret.id));
    await manager.insert(PartnerCredentialRecord, {
      id: secret.id,
      partnerId,
      type: 'WEBHOOK_SECRET',
      sha256: null,
      ciphertext: sealed.ciphertext,
      encKeyId: sealed.keyId,
      status: 'ACTIVE',
      createdAt: now,
      expiresAt: null,
      revokedAt: null,
    });
    return { webhookSecret: secret.secret, webhookSecretId: secret.id };
  }
}
