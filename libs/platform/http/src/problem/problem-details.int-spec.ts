import request from 'supertest';
import type { App } from 'supertest/types';
import { createEdgeTestApp, type EdgeTestApp } from '../../test/edge-test-app';

const validOrder = () => ({
  buyer: { phone: '0901234567', name: 'Lan' },
  items: [{ sku: 'A', quantity: 1, unitPrice: 1000 }],
});

describe('HTTP edge: problem details (real Nest app)', () => {
  let edge: EdgeTestApp;
  let server: App;

  beforeAll(async () => {
    edge = await createEdgeTestApp({ redisUrl: process.env.REDIS_URL });
    server = edge.app.getHttpServer() as App;
  });
  afterAll(() => edge.close());

  const post = (path: string) => request(server).post(path).set('content-type', 'application/json');

  it('names an unknown field (forbidNonWhitelisted), also nested, as application/problem+json', async () => {
    const res = await post('/v1/orders').send({ ...validOrder(), extra: 1, buyer: { ...validOrder().buyer, nickname: 'x' } });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: 'https://trustcircle.vn/problems/validation-error',
      title: expect.any(String),
      status: 400,
      instance: '/v1/orders',
      correlationId: res.headers['x-correlation-id'],
    });
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'extra', code: 'whitelistValidation' }),
        expect.objectContaining({ field: 'buyer.nickname', code: 'whitelistValidation' }),
      ]),
    );
  });

  it('reports a wrong type with its nested array path, and every failing field at once', async () => {
    const items = [0, 1, 2, 3].map((i) => ({ sku: `S${i}`, quantity: 1, unitPrice: 5 }));
    items[0] = { ...items[0], quantity: 'abc' as unknown as number };
    items[3] = { ...items[3], unitPrice: -5 };
    const res = await post('/v1/orders').send({ buyer: { phone: 'nope', name: 'Lan' }, items });
    expect(res.status).toBe(400);
    const fields = (res.body.errors as Array<{ field: string; code: string }>).map((e) => `${e.field}:${e.code}`);
    expect(fields).toEqual(expect.arrayContaining(['items.0.quantity:isInt', 'items.3.unitPrice:isPositive', 'buyer.phone:matches']));
    expect(res.body.detail).toContain('items.3.unitPrice');
    expect(JSON.stringify(res.body)).not.toContain('nope'); // values are never echoed
  });

  it('answers malformed JSON with 400 malformed-json', async () => {
    const res = await post('/v1/orders').send('{"buyer": {"phone": "0901234567",');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'https://trustcircle.vn/problems/malformed-json', status: 400, instance: '/v1/orders' });
    expect(res.body.correlationId).toBe(res.headers['x-correlation-id']);
  });

  it('answers a body over the 1 MB default limit with 413', async () => {
    const res = await post('/v1/orders').send({ ...validOrder(), note: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ type: 'https://trustcircle.vn/problems/payload-too-large', status: 413 });
  });

  it('accepts a body under the limit', async () => {
    const res = await post('/v1/orders').send({ ...validOrder(), note: 'x'.repeat(500_000) });
    expect(res.status).toBe(201);
  });

  it('renders a ProblemException as thrown, extensions included but never over standard members', async () => {
    const missing = await request(server).get('/v1/orders/missing').set('x-correlation-id', 'corr-123');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      type: 'https://trustcircle.vn/problems/order-not-found',
      title: 'Order not found',
      status: 404,
      detail: 'No order missing.',
      instance: '/v1/orders/missing',
      correlationId: 'corr-123',
    });
    expect(missing.headers['x-correlation-id']).toBe('corr-123');

    const conflict = await post('/v1/orders/conflict').set('idempotency-key', `k-${Date.now()}`).send(validOrder());
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ type: 'https://trustcircle.vn/problems/order-already-exists', status: 409, field: 'externalId', orderId: 'o-1' });
  });

  it('answers an unexpected error with 500 internal-error and nothing but the correlation id', async () => {
    const res = await request(server).get('/v1/orders/boom');
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'https://trustcircle.vn/problems/internal-error', status: 500, correlationId: res.headers['x-correlation-id'] });
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/secret|internals|db\.ts|stack|at /);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await request(server).get('/v1/nothing-here/123');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'https://trustcircle.vn/problems/not-found', status: 404, instance: '/v1/nothing-here/123' });
  });

  it('sends no X-Powered-By and serves OpenAPI with the bearer scheme at /docs-json and a UI at /docs', async () => {
    const json = await request(server).get('/docs-json');
    expect(json.status).toBe(200);
    expect(json.headers['x-powered-by']).toBeUndefined();
    expect(json.body.info).toMatchObject({ title: 'Test API', version: '1.0.0' });
    expect(json.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(json.body.components.schemas.ProblemDetails).toBeDefined();
    expect(json.body.paths['/v1/orders'].post.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header' })]));
    const ui = await request(server).get('/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });
});
