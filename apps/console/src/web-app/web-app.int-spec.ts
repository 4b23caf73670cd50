import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { HttpEdgeModule } from '@trustcircle/http';
import request from 'supertest';
import type { App } from 'supertest/types';
import { type ConsoleTestApp, createConsoleTestApp } from '../../test/console-test-app';
import { buildWebApp } from './build-web-app';
import { WebAppModule } from './web-app.module';
import { DEFAULT_WEB_APP_DIST } from './web-app-options';

describe('the console serves the web app (built with Vite; real console app on PostgreSQL, Redis, Kafka)', () => {
  let t: ConsoleTestApp;
  let server: App;
  let index: string;
  let script: string;

  beforeAll(async () => {
    await buildWebApp();
    index = await readFile(join(DEFAULT_WEB_APP_DIST, 'index.html'), 'utf8');
    script = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1] ?? '';
    t = await createConsoleTestApp();
    server = t.app.getHttpServer() as App;
  });
  afterAll(() => t?.close());

  it('answers the app’s page at / and at every route of the app, revalidated on each load and locked down', async () => {
    for (const path of ['/', '/tra-cuu', '/tra-cuu/TC-7KQ4-M2XD', '/tra-cuu/TC-7KQ4-M2XD/khieu-nai/6f1c2a4e-1b7d-4c8e-9a3f-2d5e6f7a8b9c?x=1', '/index.html']) {
      const res = await request(server).get(path).set('Accept', 'text/html');
      expect([path, res.status, res.headers['content-type']]).toEqual([path, 200, 'text/html; charset=utf-8']);
      expect(res.text).toBe(index);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(index).toContain('<div id="root"></div>');
    const head = await request(server).head('/tra-cuu');
    expect([head.status, head.headers['content-type'], head.text ?? '']).toEqual([200, 'text/html; charset=utf-8', '']);
  });

  it('serves the hashed assets for a year (immutable) and other files revalidated', async () => {
    expect(script).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    const js = await request(server).get(script);
    expect([js.status, js.headers['content-type'], js.headers['cache-control']]).toEqual([200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable']);
    expect(js.headers.etag ?? js.headers['last-modified']).toBeTruthy();
    const icon = await request(server).get('/favicon.svg');
    expect([icon.status, icon.headers['content-type'], icon.headers['cache-control']]).toEqual([200, 'image/svg+xml', 'no-cache']);
  });

  it('leaves the APIs, health, metrics and docs to the console: an unknown API path is still a 404 problem', async () => {
    const unknown = await request(server).get('/v1/unknown').set('Accept', 'text/html');
    expect([unknown.status, unknown.headers['content-type']]).toEqual([404, 'application/problem+json; charset=utf-8']);
    expect(JSON.parse(unknown.text)).toMatchObject({ status: 404, type: 'https://trustcircle.vn/problems/not-found', instance: '/v1/unknown' });
    const live = await request(server).get('/health/live');
    expect([live.status, live.headers['content-type']]).toEqual([200, 'application/json; charset=utf-8']);
    const metrics = await request(server).get('/metrics');
    expect([metrics.status, metrics.text]).toEqual([200, expect.stringContaining('# HELP')]);
    const admin = await request(server).get('/v1/admin/partners');
    expect(admin.status).toBe(401);
  });

  it('answers a missing file of the build with a 404 problem, never the page, and serves only GET and HEAD', async () => {
    for (const path of ['/assets/index-missing.js', '/tra-cuu/logo.png', '/../package.json', '/.env']) {
      const res = await request(server).get(path);
      expect([path, res.status, res.headers['content-type']]).toEqual([path, 404, 'application/problem+json; charset=utf-8']);
    }
    const post = await request(server).post('/tra-cuu').send({});
    expect([post.status, post.headers['content-type']]).toEqual([404, 'application/problem+json; charset=utf-8']);
  });
});

describe('the console before the web app is built', () => {
  let app: INestApplication;
  let server: App;

  beforeAll(async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'tc-web-')), 'dist');
    @Module({ imports: [HttpEdgeModule.forRoot({ service: 'console' }), WebAppModule.forRoot({ distDir: missing })] })
    class NotBuiltApp {}
    app = await NestFactory.create(NotBuiltApp, { logger: false });
    await app.init();
    server = app.getHttpServer() as App;
  });
  afterAll(() => app?.close());

  it('answers 503: a page saying how to build it for browsers, a problem for API clients', async () => {
    const page = await request(server).get('/tra-cuu').set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect([page.status, page.headers['content-type'], page.headers['cache-control']]).toEqual([503, 'text/html; charset=utf-8', 'no-store']);
    expect(page.text).toContain('npm run web:build');
    expect(page.text).toContain('Ứng dụng web chưa sẵn sàng');
    const api = await request(server).get('/assets/index-abc.js').set('Accept', 'application/json');
    expect([api.status, api.headers['content-type']]).toEqual([503, 'application/problem+json; charset=utf-8']);
    expect(JSON.parse(api.text)).toMatchObject({ status: 503, type: 'https://trustcircle.vn/problems/web-app-not-built' });
    const unknown = await request(server).get('/v1/unknown');
    expect(unknown.status).toBe(404);
  });
});
