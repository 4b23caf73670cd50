import { Webhook } from 'standardwebhooks';
import { FakeHttpServer, type FakeAnswer, type RecordedRequest } from './fake-http-server';

/** A webhook the receiver got, with its signature's verdict. */
export interface ReceivedWebhook {
  request: RecordedRequest;
  /** The signature verified with at least one of the receiver's secrets (and the timestamp is within 5 minutes). */
  verified: boolean;
  /** Indexes (into the receiver's secrets) of the secrets that verified it. */
  verifiedWith: number[];
  webhookId: string | undefined;
  eventType: string | undefined;
}

/**
 * A marketplace's webhook receiver: verifies every request's Standard Webhooks signature with the `standardwebhooks`
 * library against each of its secrets ({@link setSecrets}: change them to play a rotation) and records the verdict
 * ({@link received}). Answers `204` when verified and `401` when not (unless `acceptUnverified`), as a careful
 * receiver does. Any path is accepted.
 */
export class FakeWebhookReceiver extends FakeHttpServer {
  /** Every webhook received (failed-on-command ones too), with its verdict. */
  readonly received: ReceivedWebhook[] = [];
  private secrets: string[];

  private constructor(secrets: readonly string[], private readonly acceptUnverified: boolean) {
    super();
    this.secrets = [...secrets];
  }

  /** Starts a receiver on a free port; send to `receiver.url + '/any/path'`. */
  static async start(options: { secrets: readonly string[]; acceptUnverified?: boolean }): Promise<FakeWebhookReceiver> {
    return new FakeWebhookReceiver(options.secrets, options.acceptUnverified ?? false).listen();
  }

  /** The secrets verified from now on. */
  setSecrets(secrets: readonly string[]): this {
    this.secrets = [...secrets];
    return this;
  }

  /** The received webhooks whose signature verified. */
  get verified(): ReceivedWebhook[] {
    return this.received.filter((r) => r.verified);
  }

  /** Verifies and records every request, whatever it is answered. */
  protected override observe(record: RecordedRequest): void {
    this.judge(record);
  }

  private judge(record: RecordedRequest): ReceivedWebhook {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(record.headers)) if (typeof v === 'string') headers[k] = v;
    const verifiedWith = this.secrets.flatMap((secret, i) => {
      try {
        new Webhook(secret).verify(record.body, headers, { jsonParse: false });
        return [i];
      } catch {
        return [];
      }
    });
    const webhook: ReceivedWebhook = { request: record, verified: verifiedWith.length > 0, verifiedWith, webhookId: headers['webhook-id'], eventType: headers['webhook-event-type'] };
    this.received.push(webhook);
    return webhook;
  }

  protected answer(record: RecordedRequest): FakeAnswer {
    const webhook = this.received.find((r) => r.request === record) ?? this.judge(record);
    if (!webhook.verified && !this.acceptUnverified) return { status: 401, body: { error: 'invalid signature' } };
    return { status: 204 };
  }
}
