import { randomUUID } from 'node:crypto';
import { FakeHttpServer, type FailureSpec, type FakeAnswer, type RecordedRequest } from './fake-http-server';

/** A ZNS message the fake accepted. */
export interface DeliveredZns {
  msgId: string;
  phone: string;
  templateId: string;
  templateData: Record<string, unknown>;
  trackingId: string | undefined;
}

interface ZnsBody {
  phone?: unknown;
  template_id?: unknown;
  template_data?: unknown;
  tracking_id?: unknown;
}

/**
 * Zalo Notification Service as documented: `POST /message/template` with the `access_token` header and
 * `{phone: "84…", template_id, template_data, tracking_id}`; always HTTP 200, `{"error":0,"message":"Success",
 * "data":{"msg_id","sent_time","quota"}}` on success, or a negative `error` code: `-124` wrong token, `-108`
 * phone not `84` + 9–10 digits, `-109` no template id, `-111` empty template data. Like ZNS, it does not
 * deduplicate (`tracking_id` is only recorded). {@link failNextWithError} makes the next requests answer a given
 * ZNS code (HTTP 200), e.g. `-118` (no Zalo account).
 */
export class FakeZaloZns extends FakeHttpServer {
  /** Messages accepted. */
  readonly delivered: DeliveredZns[] = [];

  private constructor(private readonly accessToken: string) {
    super();
  }

  /** Starts the fake on a free port; its {@link url} is the ZNS base URL (`ZALO_ZNS_URL`). */
  static async start(options: { accessToken: string }): Promise<FakeZaloZns> {
    return new FakeZaloZns(options.accessToken).listen();
  }

  /** The next `n` requests answer HTTP 200 with ZNS error `code`. */
  failNextWithError(n: number, code: number, message = `fake ZNS error ${code}`, spec: Omit<FailureSpec, 'status' | 'body'> = {}): this {
    return this.failNext(n, { ...spec, status: 200, body: { error: code, message } });
  }

  protected answer(record: RecordedRequest): FakeAnswer {
    if (record.method !== 'POST' || record.path.split('?')[0] !== '/message/template') return { status: 404, body: { error: -106, message: 'Method unsupported' } };
    if (record.headers['access_token'] !== this.accessToken) return zns(-124, 'Access token invalid');
    const body = (record.json ?? {}) as ZnsBody;
    if (typeof body.phone !== 'string' || !/^84\d{9,10}$/.test(body.phone)) return zns(-108, 'Phone number invalid');
    if (typeof body.template_id !== 'string' || body.template_id === '') return zns(-109, 'Template ID invalid');
    const data = body.template_data;
    if (data === null || typeof data !== 'object' || Object.keys(data).length === 0) return zns(-111, 'Template data empty');
    const zn: DeliveredZns = {
      msgId: randomUUID().replace(/-/g, ''),
      phone: body.phone,
      templateId: body.template_id,
      templateData: data as Record<string, unknown>,
      trackingId: typeof body.tracking_id === 'string' ? body.tracking_id : undefined,
    };
    this.delivered.push(zn);
    return {
      status: 200,
      body: { error: 0, message: 'Success', data: { msg_id: zn.msgId, sent_time: String(Date.now()), quota: { dailyQuota: '500', remainingQuota: String(500 - this.delivered.length) } } },
    };
  }
}

function zns(code: number, message: string): FakeAnswer {
  return { status: 200, body: { error: code, message } };
}
