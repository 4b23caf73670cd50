/**
 * tools/deploy/build-dist.ts (what deploy/docker/Dockerfile runs) compiles every app, the setup job and the
 * libraries into plain JavaScript that runs without `@swc-node/register`. Compiled once into a temporary folder
 * laid out like the image (`<tmp>/node_modules` = the repository's, `<tmp>/dist`), outside the repository so
 * jest's module map never sees it. The web app is left out here (Vite is slow); the Dockerfile builds it.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_NAMES } from '@trustcircle/contracts';
import { type BuildDistResult, buildDist, REPO_ROOT, swcOptions } from './build-dist';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs plain `node` (no register hook) with only PATH and `env` in its environment. */
function node(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

let tmp: string;
let dist: string;
let result: BuildDistResult;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tc-build-dist-'));
  await symlink(join(REPO_ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
  dist = join(tmp, 'dist');
  result = await buildDist({ outDir: dist, webApp: false });
}, 60_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('buildDist', () => {
  it('compiles every app, the setup job and the libraries, mirroring the source tree, with source maps', () => {
    for (const app of SERVICE_NAMES) expect(existsSync(join(dist, 'apps', app, 'src', 'main.js'))).toBe(true);
    expect(existsSync(join(dist, 'tools', 'deploy', 'setup.js'))).toBe(true);
    expect(existsSync(join(dist, 'libs', 'kernel', 'src', 'index.js'))).toBe(true);
    expect(existsSync(join(dist, 'libs', 'platform', 'config', 'src', 'index.js.map'))).toBe(true);
    expect(readFileSync(join(dist, 'libs', 'kernel', 'src', 'index.js'), 'utf8')).toMatch(/\/\/# sourceMappingURL=index\.js\.map\n$/);
    expect(existsSync(join(dist, 'tools', 'deploy', 'build-dist.spec.js'))).toBe(false);
    expect(result.files).toBeGreaterThan(500);
    expect(result.webApp).toBe(false);
    console.log(`build-dist: ${result.files} files in ${result.ms} ms`);
  });

  it('links every library as @trustcircle/<lib> with main = the compiled index', async () => {
    expect(result.packages).toEqual(expect.arrayContaining(['@trustcircle/kernel', '@trustcircle/config', '@trustcircle/contracts', '@trustcircle/service-kit']));
    const manifest = JSON.parse(await readFile(join(dist, 'node_modules', '@trustcircle', 'kernel', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toEqual({ private: true, main: 'src/index.js' });
  });

  it('uses the repository .swcrc: legacy decorators with metadata, no define semantics, class names kept, CommonJS', async () => {
    const options = await swcOptions();
    expect(options.jsc?.transform).toEqual(expect.objectContaining({ legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }));
    expect(options.jsc?.keepClassNames).toBe(true);
    expect(options.module?.type).toBe('commonjs');
  });

  it('resolves @trustcircle/* to compiled JavaScript from plain node', async () => {
    const script = `const k = require(require.resolve('@trustcircle/kernel', { paths: [${JSON.stringify(join(dist, 'apps', 'orders', 'src'))}] }));
      const m = require(${JSON.stringify(join(dist, 'apps', 'orders', 'src', 'app.module.js'))});
      console.log(JSON.stringify({ kernel: require.resolve('@trustcircle/kernel', { paths: [${JSON.stringify(join(dist, 'libs', 'platform', 'config', 'src'))}] }), exports: Object.keys(k).length, appModule: typeof m.AppModule }));`;
    const run = await node(['-e', script]);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { kernel: string; exports: number; appModule: string };
    expect(out.kernel).toBe(join(dist, 'libs', 'kernel', 'src', 'index.js'));
    expect(out.exports).toBeGreaterThan(0);
    expect(out.appModule).toBe('function');
  });

  // One app (the console, the largest graph) keeps the test fast; every app's main.js was booted so by hand too.
  it("starts the console's main.js far enough to validate its configuration (every module loads)", async () => {
    const run = await node([join(dist, 'apps', 'console', 'src', 'main.js')], { NODE_ENV: 'production' });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('Invalid configuration for console');
  });

  it('runs the setup job, which refuses an empty environment with exit code 2', async () => {
    const run = await node([join(dist, 'tools', 'deploy', 'setup.js')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('DB_PASSWORD');
  });
});

describe('deploy/docker/healthcheck.js', () => {
  let server: Server;
  let status = 200;
  let script: string;

  beforeAll(async () => {
    server = createServer((req, res) => res.writeHead(req.url === '/health/live' ? status : 404).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // Where the image has it: /app/deploy/docker/healthcheck.js beside /app/dist.
    script = join(tmp, 'deploy', 'docker', 'healthcheck.js');
    await mkdir(join(tmp, 'deploy', 'docker'), { recursive: true });
    await cp(join(REPO_ROOT, 'deploy', 'docker', 'healthcheck.js'), script);
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('exits 0 when /health/live answers 200 on HTTP_PORT, 1 when it does not', async () => {
    const port = String((server.address() as AddressInfo).port);
    status = 200;
    expect((await node([script], { TC_APP: 'orders', HTTP_PORT: port })).code).toBe(0);
    status = 503;
    expect((await node([script], { TC_APP: 'orders', HTTP_PORT: port })).code).toBe(1);
  });

  it("falls back to the service's port from the compiled service map, and reports the setup job healthy", async () => {
    expect((await node([script], { TC_APP: 'no-such-app' })).code).toBe(1);
    expect((await node([script], { TC_APP: 'setup' })).code).toBe(0);
  });
});

describe('deploy/docker/Dockerfile', () => {
  const dockerfile = readFileSync(join(REPO_ROOT, 'deploy', 'docker', 'Dockerfile'), 'utf8');
  const dockerignore = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8').split('\n');

  it('compiles with build-dist.ts, and accepts exactly the apps as APP', () => {
    expect(dockerfile).toContain('RUN node -r @swc-node/register tools/deploy/build-dist.ts --out dist');
    const apps = /^\s*(console\|[^)]+)\)/m.exec(dockerfile)?.[1].split('|');
    expect(apps?.sort()).toEqual([...SERVICE_NAMES].sort());
    expect(dockerfile).toMatch(/^\s*setup\) entry=dist\/tools\/deploy\/setup\.js/m);
  });

  it('runs as node in production, bound to 0.0.0.0, with production dependencies and a healthcheck', () => {
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/NODE_ENV=production/);
    expect(dockerfile).toMatch(/HTTP_HOST=0\.0\.0\.0/);
    expect(dockerfile).toContain('npm ci --omit=dev');
    expect(dockerfile).toMatch(/^HEALTHCHECK .*CMD \["node", "\/app\/deploy\/docker\/healthcheck\.js"\]$/m);
  });

  it('keeps dependencies, build output, local state and git out of the build context', () => {
    for (const entry of ['**/node_modules', '**/dist', '.var', 'test-output', '.git', '.env']) expect(dockerignore).toContain(entry);
  });
});
