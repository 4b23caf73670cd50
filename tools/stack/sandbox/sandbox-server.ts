/**
 * The local stack's sandbox, where messages for the outside world land instead of reaching real phones and
 * marketplaces (as Mailpit does for email): an SMS HTTP gateway that notifications sends buyers' texts to (the
 * `sms-http` provider; one message per idempotency key, as real gateways do) and a webhook sink for the demo
 * marketplace. A page lists the latest texts; a JSON API lets the simulator read one-time codes off the "phones".
 */
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One text the gateway accepted. */
export interface SandboxSms {
  /** Position in the sandbox's log (1, 2, …): read on with `?after=`. */
  seq: number;
  id: string;
  to: string;
  text: string;
  ref: string | undefined;
  at: string;
}

/** One webhook the sink received. */
export interface SandboxWebhook {
  seq: number;
  webhookId: string | undefined;
  type: string | undefined;
  orderId: string | undefined;
  at: string;
}

/** Kept in memory, newest last; the oldest are dropped past this many. */
const KEEP = 20_000;

export class SandboxServer {
  readonly sms: SandboxSms[] = [];
  readonly webhooks: SandboxWebhook[] = [];
  private readonly byKey = new Map<string, SandboxSms>();
  private seq = 0;
  private server: Server | undefined;

  constructor(private readonly smsToken: string) {}

  /** Listens on 127.0.0.1 (`port` 0: any free port); answers the port. */
  async listen(port: number): Promise<number> {
    const server = createServer((req, res) => void this.handle(req, res).catch(() => send(res, 500, { error: 'sandbox error' })));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    this.server = server;
    return (server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    server?.closeAllConnections();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const body = await readBody(req);
    if (req.method === 'POST' && url.pathname === '/sms') return this.acceptSms(req, res, body);
    if (req.method === 'POST' && url.pathname.startsWith('/hooks')) return this.acceptWebhook(req, res, body);
    if (req.method === 'GET' && url.pathname === '/api/sms') return send(res, 200, { messages: after(this.sms, url) });
    if (req.method === 'GET' && url.pathname === '/api/webhooks') return send(res, 200, { webhooks: after(this.webhooks, url) });
    if (req.method === 'GET' && url.pathname === '/') return page(res, this.sms.slice(-100).reverse());
    return send(res, 404, { error: 'not found' });
  }

  /** As an SMS gateway: the token, a JSON body with `to` and `text`; a repeated idempotency key answers the first message. */
  private acceptSms(req: IncomingMessage, res: ServerResponse, body: string): void {
    if (req.headers.authorization !== `Bearer ${this.smsToken}`) return send(res, 401, { error: 'unauthorized' });
    const json = parse(body) as { to?: unknown; text?: unknown } | undefined;
    if (!json || typeof json.to !== 'string' || typeof json.text !== 'string') return send(res, 400, { error: 'to and text are required' });
    const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : undefined;
    const earlier = key ? this.byKey.get(key) : undefined;
    if (earlier) return send(res, 200, { data: { id: earlier.id, status: 'queued' } });
    const sms: SandboxSms = { seq: ++this.seq, id: `sms_${randomUUID()}`, to: json.to, text: json.text, ref: key, at: new Date().toISOString() };
    if (key) this.byKey.set(key, sms);
    push(this.sms, sms);
    if (this.byKey.size > KEEP * 2) this.byKey.clear();
    return send(res, 200, { data: { id: sms.id, status: 'queued' } });
  }

  /** As the demo marketplace's receiver: records the event's type and order, answers 204. */
  private acceptWebhook(req: IncomingMessage, res: ServerResponse, body: string): void {
    const json = parse(body) as { type?: string; data?: { orderId?: string } } | undefined;
    const webhookId = typeof req.headers['webhook-id'] === 'string' ? req.headers['webhook-id'] : undefined;
    push(this.webhooks, { seq: ++this.seq, webhookId, type: json?.type, orderId: json?.data?.orderId, at: new Date().toISOString() });
    res.writeHead(204).end();
  }
}

function push<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > KEEP) list.splice(0, list.length - KEEP);
}

function after<T extends { seq: number }>(list: readonly T[], url: URL): T[] {
  const from = Number(url.searchParams.get('after') ?? 0);
  const to = url.searchParams.get('to');
  return list.filter((m) => m.seq > from && (!to || (m as { to?: string }).to === to)).slice(0, 5000);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
/** `+84901234567` → `+8490***4567`: the page is for watching the demo, not for reading numbers. */
const maskPhone = (p: string): string => (p.length > 8 ? `${p.slice(0, 5)}***${p.slice(-4)}` : '***');

function page(res: ServerResponse, latest: readonly SandboxSms[]): void {
  const rows = latest.map((m) => `<tr><td>${escape(m.at.slice(11, 19))}</td><td>${escape(maskPhone(m.to))}</td><td>${escape(m.text)}</td></tr>`).join('');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
    `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>TrustCircle SMS sandbox</title>` +
      `<style>body{font:14px system-ui;margin:2rem}td{padding:.3rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}</style>` +
      `<h1>SMS sandbox</h1><p>The latest texts the local stack sent to buyers (newest first; refreshes every 5 s). Nothing here reaches a real phone.</p>` +
      `<table><tr><th>UTC</th><th>To</th><th>Text</th></tr>${rows}</table>`,
  );
}
