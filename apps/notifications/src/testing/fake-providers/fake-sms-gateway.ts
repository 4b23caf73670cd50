import { randomUUID } from 'node:crypto';
import { FakeHttpServer, type FakeAnswer, type RecordedRequest } from './fake-http-server';

/** A message the fake gateway accepted (once per idempotency key). */
export interface DeliveredSms {
  id: string;
  /** The parsed JSON body as the gateway received it. */
  payload: unknown;
  idempotencyKey: string | undefined;
}

/** How the fake gateway authenticates: the token expected in a header (`Authorization: Bearer <token>` by default). */
export interface FakeSmsGatewayOptions {
  token: string;
  authHeader?: string;
}

/**
 * An SMS HTTP gateway: `POST /` (any path) with a JSON body and the token; answers `200 {"data":{"id":"sms_…",
 * "status":"queued"}}`. A request whose `Idempotency-Key` was already accepted is answered with the first answer
 * (same id) and delivered only once ({@link delivered}), as gateways that support idempotency keys do. A wrong or
 * missing token is `401`; a body that is not JSON is `400`.
 */
export class FakeSmsGateway extends FakeHttpServer {
  /** Messages accepted, once per idempotency key. */
  readonly delivered: DeliveredSms[] = [];
  private readonly byKey = new Map<string, DeliveredSms>();

  private constructor(private readonly options: FakeSmsGatewayOptions) {
    super();
  }

  /** Starts a gateway on a free port. */
  static async start(options: FakeSmsGatewayOptions): Promise<FakeSmsGateway> {
    return new FakeSmsGateway(options).listen();
  }

  protected answer(record: RecordedRequest): FakeAnswer {
    const header = (this.options.authHeader ?? 'Authorization').toLowerCase();
    const expected = header === 'authorization' ? `Bearer ${this.options.token}` : this.options.token;
    if (record.headers[header] !== expected) return { status: 401, body: { error: 'unauthorized' } };
    if (record.method !== 'POST' || record.json === undefined) return { status: 400, body: { error: 'a JSON body is required' } };
    const key = typeof record.headers['idempotency-key'] === 'string' ? record.headers['idempotency-key'] : undefined;
    const earlier = key ? this.byKey.get(key) : undefined;
    if (earlier) {
      record.duplicate = true;
      return { status: 200, body: { data: { id: earlier.id, status: 'queued' } } };
    }
    const sms: DeliveredSms = { id: `sms_${randomUUID()}`, payload: record.json, idempotencyKey: key };
    if (key) this.byKey.set(key, sms);
    this.delivered.push(sms);
    return { status: 200, body: { data: { id: sms.id, status: 'queued' } } };
  }
}
