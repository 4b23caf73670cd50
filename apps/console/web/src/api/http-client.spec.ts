import { ApiError, retryAfterSecondsOf } from './api-error';
import { BuyerApi } from './buyer-api';
import { type FetchLike, HttpClient } from './http-client';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(respond: (call: Call) => Response | Promise<Response>): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      const call = { url, init };
      calls.push(call);
      return respond(call);
    },
  };
}
/** The error a call failed with (a call that succeeds fails the test). */
const failureOf = (call: Promise<unknown>): Promise<ApiError> =>
  call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e as ApiError,
  );
const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers } });

describe(HttpClient.name, () => {
  it('calls the same origin with the buyer token, JSON and the idempotency key', async () => {
    const f = fakeFetch(() => json(201, { disputeId: 'd-1', state: 'AWAITING_MERCHANT' }));
    const api = new BuyerApi(new HttpClient(() => 'tok-1', f.fetch));
    const filed = await api.fileDispute({ orderCode: 'TC-7KQ4-M2XD', reason: 'DAMAGED', description: 'Vỡ màn hình', requestedOutcome: 'REFUND_FULL' }, 'key-1');
    expect(filed).toEqual({ disputeId: 'd-1', state: 'AWAITING_MERCHANT' });
    expect(f.calls).toHaveLength(1);
    expect(f.calls[0].url).toBe('/v1/public/disputes');
    expect(f.calls[0].init.method).toBe('POST');
    expect(f.calls[0].init.headers).toEqual({
      Accept: 'application/json, application/problem+json',
      Authorization: 'Bearer tok-1',
      'Idempotency-Key': 'key-1',
      'Content-Type': 'application/json',
    });
    expect(JSON.parse(String(f.calls[0].init.body))).toEqual({ orderCode: 'TC-7KQ4-M2XD', reason: 'DAMAGED', description: 'Vỡ màn hình', requestedOutcome: 'REFUND_FULL' });
  });

  it('sends no token to the one-time-code endpoints and escapes path parameters', async () => {
    const f = fakeFetch(() => json(200, {}));
    const api = new BuyerApi(new HttpClient(() => 'tok-1', f.fetch));
    await api.requestOtp('TC-7KQ4-M2XD', '0901234567');
    await api.order('TC/../x');
    expect(f.calls.map((c) => [c.url, (c.init.headers as Record<string, string>).Authorization])).toEqual([
      ['/v1/public/otp', undefined],
      ['/v1/public/orders/TC%2F..%2Fx', 'Bearer tok-1'],
    ]);
  });

  it('uploads evidence as multipart with one part named file', async () => {
    const f = fakeFetch(() => json(201, { fileId: 'f-1' }));
    await new BuyerApi(new HttpClient(() => 'tok-1', f.fetch)).uploadEvidence(new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }), 'hộp vỡ.jpg');
    const body = f.calls[0].init.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect([...body.keys()]).toEqual(['file']);
    expect((body.get('file') as File).name).toBe('hộp vỡ.jpg');
    expect((f.calls[0].init.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });

  it('throws the problem details of an error answer, with Retry-After', async () => {
    const f = fakeFetch(() => json(429, { type: 'https://trustcircle.vn/problems/rate-limited', title: 'Too many requests', status: 429 }, { 'Retry-After': '120' }));
    const error = await failureOf(new BuyerApi(new HttpClient(() => null, f.fetch)).requestOtp('TC-7KQ4-M2XD', '0901234567'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 429, type: 'rate-limited', retryAfterSeconds: 120, isSessionExpired: false });
  });

  it('tells an expired buyer token from a wrong one-time code', async () => {
    const expired = await failureOf(
      new BuyerApi(new HttpClient(() => 'old', fakeFetch(() => json(401, { type: 'https://trustcircle.vn/problems/invalid-credentials', status: 401, title: 'x' })).fetch)).order('TC-7KQ4-M2XD'),
    );
    const wrongCode = await failureOf(
      new BuyerApi(new HttpClient(() => null, fakeFetch(() => json(401, { type: 'https://trustcircle.vn/problems/invalid-otp', status: 401, title: 'x' })).fetch)).openSession(
        'TC-7KQ4-M2XD',
        '0901234567',
        '000000',
      ),
    );
    expect([expired.isSessionExpired, wrongCode.isSessionExpired]).toEqual([true, false]);
  });

  it('turns a failed connection into a network error, and a non-problem error body into a bare status', async () => {
    const down = await failureOf(new HttpClient(() => null, () => Promise.reject(new TypeError('Failed to fetch'))).json({ method: 'GET', path: '/v1/x' }));
    expect(down).toMatchObject({ kind: 'network', status: 0, problem: null });
    const html = await failureOf(new HttpClient(() => null, async () => new Response('<html>', { status: 502 })).json({ method: 'GET', path: '/v1/x' }));
    expect(html).toMatchObject({ kind: 'http', status: 502, problem: null, type: '' });
  });

  it('reads a missing refund destination as none, and refuses evidence links outside the buyer API', async () => {
    const f = fakeFetch(() => json(404, { type: 'https://trustcircle.vn/problems/refund-destination-not-found', status: 404, title: 'x' }));
    const api = new BuyerApi(new HttpClient(() => 'tok', f.fetch));
    await expect(api.refundDestination('TC-7KQ4-M2XD')).resolves.toBeNull();
    await expect(api.evidenceContent('https://evil.example/x')).rejects.toMatchObject({ status: 404 });
    expect(f.calls.map((c) => c.url)).toEqual(['/v1/public/escrows/TC-7KQ4-M2XD/refund-destination']);
  });
});

describe(retryAfterSecondsOf.name, () => {
  it('reads seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-30T00:00:00Z');
    expect(retryAfterSecondsOf('90', now)).toBe(90);
    expect(retryAfterSecondsOf('Mon, 30 Nov 2026 00:02:00 GMT', now)).toBe(120);
    expect(retryAfterSecondsOf(null, now)).toBeNull();
    expect(retryAfterSecondsOf('soon', now)).toBeNull();
  });
});
