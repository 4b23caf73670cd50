import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException } from '@trustcircle/http';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { invalidWebhookSignature } from '../auth/auth-problems';
import { principalKindOf } from '../auth/partner-principal-kind';
import { SecurityLog } from '../auth/security-log';
import { sha256Hex } from '../crypto/secure-compare';
import { PartnerDirectory } from '../directory/partner-directory';
import { ipAllowed } from './ip-allow-list';
import { SIGNED_WEBHOOK_METADATA, type SignedWebhookMetadata, type SignedWebhookRequest } from './signed-webhook-state';
import { judgeWebhookTimestamp, readWebhookHeaders, verifyWebhookSignature } from './standard-webhook';
import { webhookIdReused, webhookReplayUnavailable } from './webhook-problems';
import { decideReplay, type WebhookReplayRecord } from './webhook-replay-record';
import { WebhookReplayStore } from './webhook-replay.store';

/**
 * The guard of `@SignedWebhook()`. In this order:
 * 1. the partner named by the path parameter exists, is active and of the endpoint's kind, and the peer address
 *    is in its `ipAllowList` (if it has one; else 403 `ip-not-allowed`);
 * 2. the Standard Webhooks signature over the raw body verifies with one of its current secrets;
 * 3. the message id is looked up: a retry of a message already seen is let through (the interceptor answers it
 *    as the first was) without judging its timestamp; a new message must be within 5 minutes of now (the
 *    service clock), either way.
 * Anything failing 1–3 → 401 `invalid-webhook-signature` and a security log line (no secret, no signature).
 */
@Injectable()
export class SignedWebhookGuard implements CanActivate {
  private readonly logger = new Logger('SignedWebhook');

  constructor(
    private readonly reflector: Reflector,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly directory: PartnerDirectory,
    private readonly replay: WebhookReplayStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const options = this.reflector.getAllAndOverride<SignedWebhookMetadata>(SIGNED_WEBHOOK_METADATA, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<SignedWebhookRequest>();
    if (!Buffer.isBuffer(req.rawBody)) throw new Error('@SignedWebhook() needs the raw body: create the app with { rawBody: true }');
    const partnerId = String(req.params?.[options.partnerIdParam] ?? '');
    const headers = readWebhookHeaders(req.headers);
    const refuse = (event: string, details: Record<string, string | undefined> = {}): never => {
      SecurityLog.refused(event, req, { partnerId, webhookId: headers?.id, ...details });
      throw invalidWebhookSignature();
    };
    if (!headers) refuse('webhook-headers-missing');
    const h = headers as NonNullable<typeof headers>;

    const partner = await this.directory.get(partnerId);
    if (!partner) refuse('webhook-unknown-partner');
    const p = partner as NonNullable<typeof partner>;
    if (principalKindOf(p.kind) !== options.kind) refuse('webhook-wrong-partner-kind', { kind: principalKindOf(p.kind) });
    if (p.status !== 'ACTIVE') refuse('webhook-partner-disabled');
    if (!ipAllowed(req.ip, p.settings.ipAllowList ?? [])) {
      SecurityLog.refused('webhook-ip-not-allowed', req, { partnerId, webhookId: h.id });
      throw ipNotAllowed();
    }
    const secrets = await this.directory.webhookSecretsOf(partnerId);
    if (secrets.length === 0) refuse('webhook-no-secret');
    if (!verifyWebhookSignature(secrets, h, req.rawBody)) refuse('webhook-forged');

    const bodySha256 = sha256Hex(req.rawBody);
    const replayKey = this.replay.keyOf(partnerId, h.id);
    const decision = decideReplay(await this.lookup(replayKey), bodySha256, Date.now());
    if (decision.kind === 'id-reused') {
      SecurityLog.refused('webhook-id-reused', req, { partnerId, webhookId: h.id });
      throw webhookIdReused();
    }
    if (decision.kind === 'new') {
      const verdict = judgeWebhookTimestamp(h.timestamp, this.clock.now());
      if (verdict !== 'ok') refuse(`webhook-timestamp-${verdict}`, { timestamp: h.timestamp });
    }
    req.signedWebhook = { partnerId, webhookId: h.id, replayKey, bodySha256, decision };
    (req as SignedWebhookRequest & { principal?: unknown }).principal = { kind: options.kind, id: partnerId, partnerId };
    return true;
  }

  private async lookup(key: string): Promise<WebhookReplayRecord | undefined> {
    try {
      return await this.replay.get(key);
    } catch (e) {
      this.logger.error(`webhook replay store unavailable: ${e instanceof Error ? e.message : String(e)}`);
      throw webhookReplayUnavailable();
    }
  }
}

function ipNotAllowed(): ProblemException {
  return new ProblemException({ status: 403, type: 'ip-not-allowed', title: 'Address not allowed', detail: 'Webhooks from this address are not accepted for this partner.' });
}
