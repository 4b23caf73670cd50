/**
 * Published event versions never change shape. libs/contracts/compat/events.snapshot.json records the payload
 * schema (generated from the class-validator decorators, nested classes inlined, descriptions left out) of every
 * event type and version, and of every intake message; tools/contracts/contract-compat.spec.ts compares the code
 * with it.
 *
 * The rule: ANY change to a recorded schema is breaking, descriptions excepted. Every consumer validates with
 * `forbidNonWhitelisted` and exact `IsIn`/length/pattern checks (libs/contracts/src/validation.ts), so an added field,
 * even optional, or an added enum value makes consumers still on the old code dead-letter the event, and a
 * removed or tightened one breaks producers and replays. A change is a new version (`<Event>V2`, `version: 2`) next
 * to the old one.
 *
 *   node -r @swc-node/register tools/contracts/contract-compat.ts           # exit 1 on a break or an unrecorded version
 *   node -r @swc-node/register tools/contracts/contract-compat.ts --update  # record new versions (never rewrites one)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { allEventDefinitions, INTAKE_MESSAGES } from '@trustcircle/contracts';
import { contractSources } from './generate-asyncapi';
import type { ContractSources } from './contract-sources';
import { classSchema, type JsonSchema } from './json-schema';

export const SNAPSHOT_PATH = resolve(__dirname, '..', '..', 'libs', 'contracts', 'compat', 'events.snapshot.json');
export const UPDATE_COMMAND = 'node -r @swc-node/register tools/contracts/contract-compat.ts --update';

/** Schemas by `<event type> v<version>` (or `intake <topic>`). */
export type SchemaSnapshot = Record<string, JsonSchema>;

/** The kinds of difference the comparison reports. */
export type ChangeKind =
  | 'field removed'
  | 'field added'
  | 'required-ness changed'
  | 'type changed'
  | 'nullability changed'
  | 'enum value removed'
  | 'enum value added'
  | 'constraint changed'
  | 'published version removed'
  | 'unrecorded version';

/** One problem found comparing the code with the snapshot. */
export interface CompatProblem {
  /** `<event type> v<version>` or `intake <topic>`. */
  key: string;
  kind: ChangeKind;
  /** Dotted field path (`buyer.email`, `items[].sku`); empty for the whole payload. */
  path: string;
  message: string;
}

/** A schema without its descriptions (free to change), keys sorted, so equal shapes compare equal. */
export function shapeOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(shapeOf);
  if (schema === null || typeof schema !== 'object') return schema;
  const entries = Object.entries(schema as Record<string, unknown>)
    .filter(([k]) => k !== 'description')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, shapeOf(v)]));
}

/** The current payload shapes of every event version and intake message, from the contract classes. */
export function currentSchemas(src: ContractSources = contractSources()): SchemaSnapshot {
  const out: SchemaSnapshot = {};
  for (const d of allEventDefinitions()) out[`${d.type} v${d.version}`] = shapeOf(classSchema(d.payload.name, src, 'inline')) as JsonSchema;
  for (const [topic, cls] of Object.entries(INTAKE_MESSAGES)) out[`intake ${topic}`] = shapeOf(classSchema(cls.name, src, 'inline')) as JsonSchema;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const typesOf = (s: JsonSchema): string[] => (s.type === undefined ? [] : ([] as string[]).concat(s.type as string | string[]).sort());
const show = (v: unknown): string => JSON.stringify(v);
const child = (path: string, name: string): string => (path ? `${path}.${name}` : name);

/** The differences between two schemas of one payload, field by field. */
export function schemaChanges(before: JsonSchema, after: JsonSchema, path = ''): Array<{ kind: ChangeKind; path: string; detail: string }> {
  const out: Array<{ kind: ChangeKind; path: string; detail: string }> = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== 'description').sort();
  for (const key of keys) {
    const [a, b] = [before[key], after[key]];
    if (key === 'properties') {
      const pa = (a ?? {}) as Record<string, JsonSchema>;
      const pb = (b ?? {}) as Record<string, JsonSchema>;
      const ra = new Set((before.required as string[] | undefined) ?? []);
      const rb = new Set((after.required as string[] | undefined) ?? []);
      for (const name of Object.keys(pa).filter((n) => !(n in pb))) out.push({ kind: 'field removed', path: child(path, name), detail: 'removed' });
      for (const name of Object.keys(pb).filter((n) => !(n in pa))) {
        out.push({ kind: 'field added', path: child(path, name), detail: `added (${rb.has(name) ? 'required' : 'optional'})` });
      }
      for (const name of Object.keys(pa).filter((n) => n in pb)) {
        if (ra.has(name) !== rb.has(name)) out.push({ kind: 'required-ness changed', path: child(path, name), detail: ra.has(name) ? 'required → optional' : 'optional → required' });
        out.push(...schemaChanges(pa[name], pb[name], child(path, name)));
      }
    } else if (key === 'required') {
      continue; // reported per field above
    } else if (key === 'type') {
      const [ta, tb] = [typesOf(before), typesOf(after)];
      if (show(ta) === show(tb)) continue;
      const strip = (t: string[]): string[] => t.filter((x) => x !== 'null');
      const kind: ChangeKind = show(strip(ta)) === show(strip(tb)) ? 'nullability changed' : 'type changed';
      out.push({ kind, path, detail: `${ta.join(' | ') || 'none'} → ${tb.join(' | ') || 'none'}` });
    } else if (key === 'enum') {
      const [ea, eb] = [(a as unknown[] | undefined) ?? [], (b as unknown[] | undefined) ?? []];
      for (const v of ea.filter((x) => !eb.includes(x))) out.push({ kind: 'enum value removed', path, detail: `${show(v)} removed` });
      for (const v of eb.filter((x) => !ea.includes(x))) out.push({ kind: 'enum value added', path, detail: `${show(v)} added` });
    } else if ((key === 'items' || key === 'oneOf' || key === 'allOf') && a !== undefined && b !== undefined) {
      const [la, lb] = [([] as JsonSchema[]).concat(a as JsonSchema), ([] as JsonSchema[]).concat(b as JsonSchema)];
      if (la.length !== lb.length) out.push({ kind: 'type changed', path, detail: `${key}: ${la.length} → ${lb.length} alternatives` });
      else la.forEach((s, i) => out.push(...schemaChanges(s, lb[i], key === 'items' ? `${path}[]` : path)));
    } else if (show(shapeOf(a)) !== show(shapeOf(b))) {
      out.push({ kind: key === 'oneOf' || key === 'items' ? 'type changed' : 'constraint changed', path, detail: `${key}: ${show(a)} → ${show(b)}` });
    }
  }
  return out;
}

/** Compares the recorded snapshot with the current schemas: breaks of published versions, and versions not recorded yet. */
export function compareWithSnapshot(snapshot: SchemaSnapshot, current: SchemaSnapshot): CompatProblem[] {
  const problems: CompatProblem[] = [];
  for (const [key, before] of Object.entries(snapshot)) {
    const after = current[key];
    if (!after) {
      problems.push({ key, kind: 'published version removed', path: '', message: `${key} is published (in the snapshot) but gone from the contracts: published versions are never removed` });
      continue;
    }
    for (const c of schemaChanges(before, after)) {
      problems.push({
        key,
        kind: c.kind,
        path: c.path,
        message: `${key}: ${c.kind} at ${c.path || '(payload)'} (${c.detail}). A published version never changes shape: publish a new version instead.`,
      });
    }
  }
  for (const key of Object.keys(current).filter((k) => !(k in snapshot))) {
    problems.push({ key, kind: 'unrecorded version', path: '', message: `${key} is not in ${SNAPSHOT_PATH}: record it with ${UPDATE_COMMAND}` });
  }
  return problems;
}

/** The snapshot file's text: stable key order, two-space indentation, one trailing newline. */
export function renderSnapshot(snapshot: SchemaSnapshot): string {
  const sorted = Object.fromEntries(Object.entries(snapshot).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Reads the recorded snapshot (empty when there is none yet). */
export function readSnapshot(path: string = SNAPSHOT_PATH): SchemaSnapshot {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as SchemaSnapshot;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw e;
  }
}

if (require.main === module) {
  const snapshot = readSnapshot();
  const current = currentSchemas();
  const problems = compareWithSnapshot(snapshot, current);
  const breaks = problems.filter((p) => p.kind !== 'unrecorded version');
  for (const p of breaks) console.error(p.message);
  if (process.argv.includes('--update')) {
    const added = problems.filter((p) => p.kind === 'unrecorded version').map((p) => p.key);
    mkdirSync(dirname(SNAPSHOT_PATH), { recursive: true });
    writeFileSync(SNAPSHOT_PATH, renderSnapshot({ ...snapshot, ...Object.fromEntries(added.map((k) => [k, current[k]])) }));
    console.log(`recorded ${added.length} new version(s) in ${SNAPSHOT_PATH}${added.length ? `: ${added.join(', ')}` : ''}`);
  } else {
    for (const p of problems.filter((x) => x.kind === 'unrecorded version')) console.error(p.message);
  }
  if (problems.length > 0 && (breaks.length > 0 || !process.argv.includes('--update'))) process.exit(1);
}
