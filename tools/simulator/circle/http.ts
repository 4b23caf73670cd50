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
}

/** Sends one request and answers its status and JSON body. Rejects only when there is no answer at all. */
export function callJson(url: string, options: CallOptions = {}): Promise<JsonAnswer> {
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
