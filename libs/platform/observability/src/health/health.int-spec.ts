import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import Redis from 'ioredis';
import request from 'supertest';
import type { App } from 'supertest/types';
import { HealthModule } from './health.module';
import { provideReadinessCheck } from './provide-readiness-check';
import type { ReadinessCheck } from './readiness-check';

/** A fake dependency the test switches between up, down and hanging. */
@Injectable()
class FakeDependency implements ReadinessCheck {
  readonly name = 'fake';
  mode: 'up' | 'down' | 'hang' = 'up';

  async check(): Promise<void> {
    if (this.mode === 'down') throw new Error('fake is down: password=hunter2');
    if (this.mode === 'hang') await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

describe('HealthModule (real Nest app)', () => {
  let app: INestApplication;
  let server: App;
  let redis: Redis;
  let fake: FakeDependency;

  beforeAll(async () => {
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/15');
    @Module({
      providers: [
        FakeDependency,
        provideReadinessCheck({ useExisting: FakeDependency }),
        provideReadinessCheck({ useFactory: (): ReadinessCheck => ({ name: 'redis', check: async () => void (await redis.ping()) }) }),
      ],
    })
    class DependenciesModule {}
    @Module({ imports: [HealthModule.forRoot({ checkTimeoutMs: 200 }), DependenciesModule] })
    class AppModule {}
    app = await NestFactory.create(AppModule, { logger: false });
    await app.init();
    server = app.getHttpServer() as App;
    fake = app.get(FakeDependency);
  });
  afterAll(async () => {
    await app.close();
    await redis.quit();
  });

  it('is live while the process runs', async () => {
    const res = await request(server).get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  it('is ready when every registered check passes', async () => {
    fake.mode = 'up';
    const res = await request(server).get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { fake: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('answers 503 naming the failing checks, without their internals', async () => {
    fake.mode = 'down';
    const res = await request(server).get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'error', failing: ['fake'], error: { fake: { status: 'down', message: 'failed' } }, info: { redis: { status: 'up' } } });
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
  });

  it('fails a check that takes longer than its timeout', async () => {
    fake.mode = 'hang';
    const started = Date.now();
    const res = await request(server).get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.body.error.fake.message).toBe('timed out after 200 ms');
    expect(Date.now() - started).toBeLessThan(900);
  });
});
