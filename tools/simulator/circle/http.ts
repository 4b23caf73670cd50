/**
 * JSON over HTTP as the platform's outside world speaks it: one request, its status and parsed body. A request may
 * come from a loopback address of its own (`127.x.y.z`), so buyers, who are rate-limited per IP, each have theirs.
 */
import { randomInt } from 'node:crypto';
import { request as httpRequest } from 'node:http';

/** A status and a parsed JSON body (`{ text }` when the body is not JSON). */
export interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** What a call may carry. */
export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON; the method defaults to POST when there is a body, GET otherwise. */
  body?: unknown;
  /** A body sent exactly as given (signed webhooks sign these bytes). */
  raw?: string;
  headers?: Record<string, string>;
  /** The local address to send from (a loopback address of the buyer's own). */
  fromIp?: string;
  timeoutMs?: number;
  /** How long to keep retrying an unreachable service or a 502/503/504 (default 90 s; 0: no retry). */
  retryForMs?: number;
}

/** Statuses a careful client retries (a service restarting, a proxy in between): the same request again. */
const TRANSIENT = new Set([502, 503, 504]);

/** The first request with this idempotency key or webhook id is still being processed (409, retry shortly). */
const inProgress = (a: JsonAnswer): boolean => a.status === 409 && /\/(webhook|idempotency-key)-in-progress$/.test(String(a.body.type));

/**
 * Sends one request and answers its status and JSON body. As partners' clients do, it sends the very same request
 * again (same body, same idempotency key, same signature) while the service is unreachable, answers 502/503/504,
 * or says the first copy of the request is still in progress (409), backing off up to `retryForMs` (default 90 s;
 * 0: once): a service being restarted or frozen costs time, not the request.
 */
export async function callJson(url: string, options: CallOptions = {}): Promise<JsonAnswer> {
  const until = Date.now() + (options.retryForMs ?? 90_000);
  for (let wait = 200; ; wait = Math.min(wait * 2, 2000)) {
    try {
      const answer = await callOnce(url, options);
      if (!(TRANSIENT.has(answer.status) || inProgress(answer)) || Date.now() + wait > until) return answer;
    } catch (e) {
      if (Date.now() + wait > until) throw e;
    }
    await new Promise((r) => setTimeout(r, wait));
  }
}

function callOnce(url: string, options: CallOptions): Promise<JsonAnswer> {
  const target = new URL(url);
  const payload = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? (payload === undefined ? 'GET' : 'POST'),
        localAddress: options.fromIp,
        timeout: options.timeoutMs ?? 30_000,
        headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: { text } });
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${options.method ?? 'request'} ${target.pathname} timed out`)));
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** Answers the call's body when its status is one of `ok`, and throws a message naming the call otherwise. */
export async function expectStatus(what: string, answer: Promise<JsonAnswer>, ...ok: number[]): Promise<Record<string, unknown>> {
  const a = await answer;
  if (!ok.includes(a.status)) throw new Error(`${what} answered ${a.status}: ${JSON.stringify(a.body).slice(0, 600)}`);
  return a.body;
}

/** A loopback address of its own, for one buyer's calls. */
export const newLoopbackIp = (): string => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/**
 * A Vietnamese mobile number of its own (one-time codes are limited per phone): 090 and seven digits, all of which
 * are valid numbers.
 */
export const newPhone = (): string => `090${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;

/** The E.164 form of a 0-prefixed Vietnamese mobile number, as providers are given it. */
export const e164 = (phone: string): string => `+84${phone.slice(1)}`;
