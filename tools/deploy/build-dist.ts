/**
 * Compiles the monorepo to plain JavaScript for the container images (deploy/docker/Dockerfile runs this, so the
 * image build and its test share one source of truth):
 *
 *   node -r @swc-node/register tools/deploy/build-dist.ts [--out dist] [--no-web]
 *
 * - Every workspace's `src/**.ts` and every `tools/**.ts` (specs and declaration files left out; the console's
 *   React sources are Vite's) are transpiled by SWC with the repository's `.swcrc` (the options jest and
 *   `@swc-node/register` use) into `<out>/` mirroring the source tree:
 *   `<out>/apps/<app>/src/main.js`, `<out>/libs/...`, `<out>/tools/deploy/setup.js`, with source maps beside.
 * - Each library workspace gets a package.json whose `main` is the compiled `src/index.js`, and
 *   `<out>/node_modules/@trustcircle/<lib>` links to it, so `require('@trustcircle/kernel')` from any compiled
 *   file resolves to JavaScript without `@swc-node/register` (third-party packages come from the
 *   `node_modules` above `<out>`).
 * - Unless `--no-web`, the console's web app is built with Vite (`apps/console/web/dist`, skipped when up to date)
 *   and copied to `<out>/apps/console/web/dist`, where the compiled console looks for it.
 */
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { type Options, transformFile } from '@swc/core';

/** The repository root. */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/**
 * SWC options: the repository's `.swcrc` (what `@swc-node/register` and jest use: legacy decorators, decorator
 * metadata, no define semantics for class fields, class names kept, CommonJS, ES2022), with source maps written
 * beside the output.
 */
export async function swcOptions(root: string = REPO_ROOT): Promise<Options> {
  const { $schema: _schema, ...swcrc } = JSON.parse(await readFile(join(root, '.swcrc'), 'utf8')) as Options & { $schema?: string };
  return { ...swcrc, sourceMaps: true, swcrc: false, configFile: false };
}

/** Options of {@link buildDist}. */
export interface BuildDistOptions {
  /** The repository to compile (default {@link REPO_ROOT}). */
  root?: string;
  /** Where to write; emptied first (default `<root>/dist`). */
  outDir?: string;
  /** Build the console's web app and copy it in (default true). */
  webApp?: boolean;
  /** Compile only files whose repository-relative path passes (all by default; for tests). */
  filter?: (relativePath: string) => boolean;
}

/** What {@link buildDist} did. */
export interface BuildDistResult {
  outDir: string;
  /** Files compiled. */
  files: number;
  /** Workspaces linked as `@trustcircle/*` packages. */
  packages: string[];
  /** Whether the web app was copied in. */
  webApp: boolean;
  ms: number;
}

interface Workspace {
  dir: string;
  manifest: { name: string; main?: string };
}

const SKIPPED_FILE = /(\.spec|\.int-spec|\.e2e-spec|\.d)\.ts$/;

/** Compiles the repository into `outDir` (see the file comment). */
export async function buildDist(options: BuildDistOptions = {}): Promise<BuildDistResult> {
  const t0 = Date.now();
  const root = resolve(options.root ?? REPO_ROOT);
  const outDir = resolve(options.outDir ?? join(root, 'dist'));
  const filter = options.filter ?? ((): boolean => true);
  await rm(outDir, { recursive: true, force: true });

  const workspaces = await listWorkspaces(root);
  const sources = (await Promise.all([...workspaces.map((w) => tsFiles(root, join(w.dir, 'src'))), tsFiles(root, 'tools')])).flat().filter(filter);
  const swc = await swcOptions(root);
  await parallel(sources, (file) => compileFile(root, outDir, file, swc));

  const packages: string[] = [];
  for (const w of workspaces) {
    if (!w.manifest.main || !w.manifest.name.startsWith('@trustcircle/')) continue;
    // Only `main`: a `name` would give jest's module map a second @trustcircle package when dist/ is in the repo.
    await mkdir(join(outDir, w.dir), { recursive: true });
    await writeFile(join(outDir, w.dir, 'package.json'), `${JSON.stringify({ private: true, main: toJs(w.manifest.main) }, null, 2)}\n`);
    const link = join(outDir, 'node_modules', w.manifest.name);
    await mkdir(dirname(link), { recursive: true });
    await symlink(relative(dirname(link), join(outDir, w.dir)), link, 'dir');
    packages.push(w.manifest.name);
  }

  const webApp = options.webApp ?? true;
  if (webApp) {
    // Loaded only here: the web app build needs Vite (a dev dependency) and is not wanted by `--no-web`.
    const { buildWebApp } = await import('../../apps/console/src/web-app/build-web-app');
    const built = await buildWebApp();
    await cp(built.distDir, join(outDir, relative(root, built.distDir)), { recursive: true });
  }
  return { outDir, files: sources.length, packages: packages.sort(), webApp, ms: Date.now() - t0 };
}

/** The npm workspaces (root package.json `workspaces`, `dir/*` globs) that have a package.json. */
async function listWorkspaces(root: string): Promise<Workspace[]> {
  const { workspaces = [] } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { workspaces?: string[] };
  const found: Workspace[] = [];
  for (const pattern of workspaces) {
    if (!pattern.endsWith('/*') || pattern.slice(0, -2).includes('*')) throw new Error(`unsupported workspace pattern ${pattern}`);
    const parent = pattern.slice(0, -2);
    for (const entry of await readdir(join(root, parent), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = `${parent}/${entry.name}`;
      const manifest = await readFile(join(root, dir, 'package.json'), 'utf8').catch(() => undefined);
      if (manifest !== undefined) found.push({ dir, manifest: JSON.parse(manifest) as Workspace['manifest'] });
    }
  }
  return found.sort((a, b) => a.dir.localeCompare(b.dir));
}

/** Repository-relative paths of the `.ts` files under `dir` (none when it does not exist). */
async function tsFiles(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) files.push(...(await tsFiles(root, path)));
    } else if (entry.name.endsWith('.ts') && !SKIPPED_FILE.test(entry.name)) {
      files.push(path);
    }
  }
  return files;
}

async function compileFile(root: string, outDir: string, file: string, swc: Options): Promise<void> {
  const out = join(outDir, toJs(file));
  const { code, map } = await transformFile(join(root, file), { ...swc, filename: file, sourceFileName: relative(dirname(out), join(root, file)) }).catch((e: unknown) => {
    throw new Error(`${file}: ${String(e)}`);
  });
  await mkdir(dirname(out), { recursive: true });
  const mapName = `${out.slice(dirname(out).length + 1)}.map`;
  await writeFile(out, map ? `${code}\n//# sourceMappingURL=${mapName}\n` : code);
  if (map) await writeFile(`${out}.map`, map);
}

function toJs(path: string): string {
  return path.replace(/\.ts$/, '.js');
}

async function parallel<T>(items: T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism() * 2) }, worker));
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  buildDist({ outDir: outIndex >= 0 ? args[outIndex + 1] : undefined, webApp: !args.includes('--no-web') })
    .then((r) => console.log(`[build-dist] ${r.files} files compiled, ${r.packages.length} packages linked${r.webApp ? ', web app copied' : ''} into ${r.outDir} in ${r.ms} ms`))
    .catch((e: unknown) => {
      console.error(`[build-dist] ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
