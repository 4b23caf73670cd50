/**
 * The dev proxy between real HTTP servers: paths another service owns go there (raw body and all), the
 * console's own paths and unrouted ones stay, and a service that is down answers 502 problem+json.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { devProxy } from './dev-proxy';

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

describe(devProxy.name, () => {
  const seen: Array<{ service: string; method: string; url: string; body: string }> = [];
  const backends: Server[] = [];
  let console: Server;
  let base: string;

  beforeAll(async () => {
    const backend = (service: string): Server =>
      createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          seen.push({ service, method: req.method ?? '', url: req.url ?? '', body });
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ from: service }));
        });
      });
    const orders = backend('orders');
    const delivery = backend('delivery-tracking');
    backends.push(orders, delivery);
    const [ordersPort, deliveryPort] = await Promise.all([listen(orders), listen(delivery)]);
    const app = express();
    app.use(devProxy('console', { orders: `http://127.0.0.1:${ordersPort}`, 'delivery-tracking': `http://127.0.0.1:${deliveryPort}`, escrow: 'http://127.0.0.1:1' }));
    app.use((req, res) => res.json({ from: 'console', url: req.url }));
    console = createServer(app);
    base = `http://127.0.0.1:${await listen(console)}`;
  });

  afterAll(async () => {
    await Promise.all([...backends, console].map((s) => new Promise((r) => s.close(r))));
  });

  it('routes each path to the service the route table names, with the exact body', async () => {
    const raw = '{"externalId":"A-1",  "note":"giữ nguyên"}';
    const res = await fetch(`${base}/v1/orders?status=PLACED`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
    expect(await res.json()).toEqual({ from: 'orders' });
    expect(seen.at(-1)).toEqual({ service: 'orders', method: 'POST', url: '/v1/orders?status=PLACED', body: raw });
    expect(await (await fetch(`${base}/v1/shipments?orderId=x`)).json()).toEqual({ from: 'delivery-tracking' });
  });

  it("leaves the console's own paths and unrouted ones to the console", async () => {
    expect(await (await fetch(`${base}/v1/admin/partners`)).json()).toEqual({ from: 'console', url: '/v1/admin/partners' });
    expect(await (await fetch(`${base}/health/ready`)).json()).toEqual({ from: 'console', url: '/health/ready' });
  });

  it('answers 502 problem+json when the service is down', async () => {
    const res = await fetch(`${base}/v1/escrows/123`);
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });
});
