import { Controller, Get, Module, NotFoundException, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types';
import { METRIC_NAMES } from './metric-names';
import { MetricsModule } from './metrics.module';
import { Metrics } from './metrics.service';

const ORDER_ID = '7d3f1c2e-9b8a-4c6d-8e5f-0a1b2c3d4e5f';

@Controller('v1/orders')
class OrdersController {
  @Get(':id')
  get(@Param('id') id: string): { id: string } {
    if (id === 'missing-77f1') throw new NotFoundException();
    return { id };
  }
}

describe('MetricsModule (real Nest app)', () => {
  let app: INestApplication;
  let server: App;

  beforeAll(async () => {
    @Module({ imports: [MetricsModule.forRoot({ service: 'test-metrics' })], controllers: [OrdersController] })
    class AppModule {}
    app = await NestFactory.create(AppModule, { logger: false });
    await app.init();
    server = app.getHttpServer() as App;
  });
  afterAll(() => app.close());

  it('labels latency by route template, never by the ids in the URL', async () => {
    await request(server).get(`/v1/orders/${ORDER_ID}`).expect(200);
    await request(server).get('/v1/orders/missing-77f1').expect(404);
    await request(server).get(`/v1/unknown/${ORDER_ID}-x`).expect(404);

    const res = await request(server).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/http_server_duration_seconds_bucket\{[^}]*method="GET"[^}]*route="\/v1\/orders\/:id"[^}]*status="200"/);
    expect(res.text).toMatch(/http_server_duration_seconds_count\{[^}]*route="\/v1\/orders\/:id"[^}]*status="404"[^}]*\} 1/);
    expect(res.text).toMatch(/http_server_duration_seconds_count\{[^}]*route="unmatched"[^}]*status="404"/);
    expect(res.text).not.toContain(ORDER_ID);
    expect(res.text).not.toContain('missing-77f1');
  });

  it('exposes default Node.js metrics, labelled with the service', async () => {
    const res = await request(server).get('/metrics');
    expect(res.text).toMatch(/process_cpu_user_seconds_total\{service="test-metrics"\}/);
    expect(res.text).toMatch(/nodejs_eventloop_lag_seconds\{service="test-metrics"\}/);
  });

  it('lets other libraries register metrics through the Metrics service', async () => {
    const metrics = app.get(Metrics);
    const backlog = metrics.gauge({ name: METRIC_NAMES.outboxBacklog, help: 'Outbox rows not yet published.', labelNames: ['topic'] });
    expect(metrics.gauge({ name: METRIC_NAMES.outboxBacklog, help: 'again' })).toBe(backlog);
    backlog.set({ topic: 'orders.order-placed' }, 7);
    metrics.counter({ name: METRIC_NAMES.deadLettersTotal, help: 'Dead letters.', labelNames: ['group'] }).inc({ group: 'g1' });
    const res = await request(server).get('/metrics');
    expect(res.text).toContain('tc_outbox_backlog{topic="orders.order-placed",service="test-metrics"} 7');
    expect(res.text).toContain('tc_dead_letters_total{group="g1",service="test-metrics"} 1');
    expect(() => metrics.counter({ name: METRIC_NAMES.outboxBacklog, help: 'wrong type' })).toThrow(/another type/);
  });
});
