/**
 * The test-only time controls of a service: with TEST_HOOKS_ENABLED a test moves the service's clock and sweeps
 * its deadlines over HTTP, so deadline tests never sleep; without it, the routes do not exist.
 */
import { randomUUID } from 'node:crypto';
import { Injectable, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ServiceEnv } from '@trustcircle/config';
import { type DeadlineHandler, DeadlineScheduler, type DueDeadline, HandlesDeadline } from '@trustcircle/deadlines';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { MESSAGING_ENTITIES } from '@trustcircle/messaging';
import type { DataSource } from 'typeorm';
import { createServiceApp } from './bootstrap-service';
import { ServiceKitModule } from './service-kit.module';
import { appUrl } from './testing/messaging-test-apps';

const fired: string[] = [];

@Injectable()
@HandlesDeadline('test-hooks-demo')
class RecordFiring implements DeadlineHandler {
  async onDue(deadline: DueDeadline): Promise<void> {
    fired.push(deadline.subjectId);
  }
}

@Module({ providers: [RecordFiring] })
class DemoDeadlinesModule {}

async function start(testHooks: boolean): Promise<NestExpressApplication> {
  const env = { ...process.env, TEST_HOOKS_ENABLED: String(testHooks), DEADLINE_SWEEP_MS: '600000' } as Record<string, string>;
  const app = await createServiceApp(
    { module: class TestHooksApp {}, imports: [ServiceKitModule.forRoot({ service: 'disputes', env: ServiceEnv, entities: MESSAGING_ENTITIES, envSource: env }), DemoDeadlinesModule] },
    { service: 'disputes' },
  );
  await app.listen(0, '127.0.0.1');
  return app;
}

const post = (app: NestExpressApplication, path: string, body?: unknown): Promise<Response> =>
  fetch(appUrl(app, path), { method: 'POST', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

describe('test hooks', () => {
  let app: NestExpressApplication;

  afterEach(async () => {
    await app?.close();
  });

  it('moves the clock forward and fires a deadline that came due, without sleeping', async () => {
    app = await start(true);
    const clock = app.get<Clock>(CLOCK);
    const scheduler = app.get(DeadlineScheduler);
    const subject = randomUUID();
    const ds = app.get<DataSource>(getDataSourceToken());
    await ds.transaction((m) => scheduler.schedule(m, 'test-hooks-demo', subject, new Date(clock.now().getTime() + 3 * 86_400_000)));

    expect(await (await post(app, '/__test/deadlines/sweep')).json()).toEqual({ fired: 0, failed: 0 });
    const advanced = (await (await post(app, '/__test/clock/advance', { ms: 3 * 86_400_000 + 1000 })).json()) as { now: string };
    expect(new Date(advanced.now).getTime()).toBeGreaterThan(Date.now() + 3 * 86_400_000);
    expect(await (await post(app, '/__test/deadlines/sweep')).json()).toEqual({ fired: 1, failed: 0 });
    expect(fired).toContain(subject);

    const backwards = await post(app, '/__test/clock/advance', { ms: -1 });
    expect(backwards.status).toBe(400);
  });

  it('does not exist without TEST_HOOKS_ENABLED', async () => {
    app = await start(false);
    expect((await post(app, '/__test/deadlines/sweep')).status).toBe(404);
    expect((await post(app, '/__test/clock/advance', { ms: 1 })).status).toBe(404);
  });
});
