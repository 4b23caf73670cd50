import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request a fake provider received, as it came over the wire, and what it was answered. */
export interface RecordedRequest {
  method: string;
  /** Path and query. */
  path: string;
  /** Lower-cased header names, as Node gives them. */
  headers: IncomingHttpHeaders;
  /** The raw body (UTF-8). */
  body: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
  /** The status answered, or `hung` (never answered). */
  answeredWith: number | 'hung';
  /** A repeat of an idempotency key already delivered (answered as the first was, not delivered again). */
  duplicate: boolean;
  at: Date;
}

/**
 * How to fail: the status (default 503), a delay before answering, the body (JSON unless a string), extra headers;
 * `when`: only requests it matches (others pass by, answered as usual), so a test's scripted failure is never spent
 * on another message the service happens to send at the same time.
 */
export interface FailureSpec {
  when?: (request: RecordedRequest) => boolean;
  status?: number;
  delayMs?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** An answer to give. */
export interface FakeAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

type Command = { kind: 'fail'; spec: FailureSpec } | { kind: 'hang' };

/**
 * A local HTTP server (127.0.0.1, port 0) that behaves as a provider documents and fails on command. Subclasses say
 * how a healthy provider answers ({@link answer}). Commands, in the order they apply to each request:
 * {@link hangNext} (never answer: the caller's timeout fires), {@link failNext} (the next n requests fail),
 * {@link failAll} (every request fails until {@link recover}). Every request is recorded in {@link requests}.
 */
export abstract class FakeHttpServer {
  /** Every request received, in order. */
  readonly requests: RecordedRequest[] = [];
  private readonly queue: Command[] = [];
  private failingAll: FailureSpec | null = null;
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  private port = 0;

  /** `http://127.0.0.1:<port>` once started. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts listening on a free port. */
  async listen(): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  /** The next `n` requests fail as `spec` says (default: 503 after no delay). */
  failNext(n: number, spec: FailureSpec = {}): this {
    for (let i = 0; i < n; i++) this.queue.push({ kind: 'fail', spec });
    return this;
  }

  /** Every request fails with `status` (or the spec) until {@link recover}. */
  failAll(status: number | FailureSpec = 503): this {
    this.failingAll = typeof status === 'number' ? { status } : status;
    return this;
  }

  /** The next `n` requests are never answered (the caller's timeout fires; the socket is closed on {@link close}). */
  hangNext(n = 1): this {
    for (let i = 0; i < n; i++) this.queue.push({ kind: 'hang' });
    return this;
  }

  /** Back to healthy: pending commands dropped, {@link failAll} lifted. */
  recover(): this {
    this.queue.length = 0;
    this.failingAll = null;
    return this;
  }

  /** Forgets recorded requests (commands and state stay). */
  clearRequests(): this {
    this.requests.length = 0;
    return this;
  }

  /** Stops the server, cutting hung and kept-alive connections. */
  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Sees every request as it arrives, whatever it will be answered (failing on command or not). */
  protected observe(_record: RecordedRequest): void {
    // nothing by default
  }

  /** How a healthy provider answers this request (and what it records, via `record.duplicate`). */
  protected abstract answer(record: RecordedRequest): FakeAnswer;

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      body,
      json: parseJson(body),
      answeredWith: 'hung',
      duplicate: false,
      at: new Date(),
    };
    this.requests.push(record);
    this.observe(record);
    const at = this.queue.findIndex((c) => c.kind === 'hang' || !c.spec.when || c.spec.when(record));
    const command = at >= 0 ? this.queue.splice(at, 1)[0] : undefined;
    if (command?.kind === 'hang') return;
    const failure = command?.kind === 'fail' ? command.spec : this.failingAll;
    const answer: FakeAnswer = failure
      ? { status: failure.status ?? 503, body: failure.body ?? { error: 'fake failure' }, headers: failure.headers, delayMs: failure.delayMs }
      : this.answer(record);
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    record.answeredWith = answer.status;
    const text = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status, { ...(typeof answer.body === 'string' ? { 'content-type': 'text/plain' } : { 'content-type': 'application/json' }), ...answer.headers });
    res.end(text);
  }
}

function parseJson(body: string): unknown {
  try {
    return body ? (JSON.parse(body) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
