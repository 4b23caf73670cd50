/** Small readers over parsed Kubernetes objects, for the checks. */
import type { K8sObject } from './names';

/** A field of a parsed object by path; undefined when any step is missing. */
export function at(o: unknown, ...path: (string | number)[]): unknown {
  let v: unknown = o;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** A list field (empty when missing). */
export function list(o: unknown, ...path: (string | number)[]): unknown[] {
  const v = at(o, ...path);
  return Array.isArray(v) ? v : [];
}

/** The objects of a kind. */
export function ofKind(objects: readonly K8sObject[], kind: string): K8sObject[] {
  return objects.filter((o) => o.kind === kind);
}

/** The object of a kind and name, if any. */
export function find(objects: readonly K8sObject[], kind: string, name: string): K8sObject | undefined {
  return objects.find((o) => o.kind === kind && o.metadata?.name === name);
}

/** The string values of a ConfigMap's `data` or a Secret's `stringData` (and base64 `data`). */
export function stringValues(o: K8sObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((at(o, 'data') as Record<string, unknown> | undefined) ?? {})) {
    out[k] = o.kind === 'Secret' ? Buffer.from(String(v), 'base64').toString('utf8') : String(v);
  }
  for (const [k, v] of Object.entries((at(o, 'stringData') as Record<string, unknown> | undefined) ?? {})) out[k] = String(v);
  return out;
}

/** The first container of a Deployment or Job. */
export function firstContainer(o: K8sObject): Record<string, unknown> | undefined {
  return list(o, 'spec', 'template', 'spec', 'containers')[0] as Record<string, unknown> | undefined;
}
