/**
 * The local sandbox's texts and webhooks (tools/stack/sandbox), polled into memory so that a circle acting on a
 * running stack reads the buyers' phones the way the scenario suite reads its fake gateway.
 */
import type { SandboxSms, SandboxWebhook } from '../../stack/sandbox/sandbox-server';
import { callJson } from './http';
import type { ReceivedEvent, Sms } from './observers';

export class SandboxFeed {
  readonly sms: Sms[] = [];
  readonly webhooks: ReceivedEvent[] = [];
  private lastSms = 0;
  private lastWebhook = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly base: string) {}

  /** Reads what is there now (it must answer), then polls every `everyMs`. */
  async start(everyMs = 200): Promise<this> {
    await this.poll();
    this.timer = setInterval(() => void this.poll().catch(() => undefined), everyMs);
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async poll(): Promise<void> {
    const sms = await callJson(`${this.base}/api/sms?after=${this.lastSms}`, { retryForMs: 0 });
    for (const m of (sms.body.messages ?? []) as SandboxSms[]) {
      this.sms.push({ to: m.to, text: m.text, ref: m.ref });
      this.lastSms = m.seq;
    }
    const hooks = await callJson(`${this.base}/api/webhooks?after=${this.lastWebhook}`, { retryForMs: 0 });
    for (const w of (hooks.body.webhooks ?? []) as SandboxWebhook[]) {
      if (w.webhookId) this.webhooks.push({ webhookId: w.webhookId, type: String(w.type), orderId: String(w.orderId), eventId: w.webhookId });
      this.lastWebhook = w.seq;
    }
    // Memory stays bounded on a long demo run: old texts are no longer waited for.
    if (this.sms.length > 50_000) this.sms.splice(0, 25_000);
    if (this.webhooks.length > 50_000) this.webhooks.splice(0, 25_000);
  }
}
