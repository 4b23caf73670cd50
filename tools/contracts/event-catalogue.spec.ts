/**
 * docs/event-catalogue.md must equal a fresh rendering of the contracts, and the contracts must document every
 * field they publish. Regenerate with `node -r @swc-node/register tools/contracts/generate-catalogue.ts`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allEventDefinitions, INTAKE_MESSAGES, ROUTES } from '@trustcircle/contracts';
import { readContractSources, type TypeDoc } from './contract-sources';
import { nestedClass } from './field-rules';
import { CATALOGUE_PATH, REPO_ROOT, renderCatalogue } from './generate-catalogue';

const sources = readContractSources(resolve(REPO_ROOT, 'libs/contracts/src'), REPO_ROOT);

/** A payload class and every class nested in it. */
function withNested(name: string, seen = new Set<string>()): TypeDoc[] {
  const type = sources.types.get(name);
  if (!type || seen.has(name)) return [];
  seen.add(name);
  return [type, ...type.fields.flatMap((f) => withNested(nestedClass(f.decorators)?.name ?? '', seen))];
}

const published = [...allEventDefinitions().map((d) => d.payload.name), ...Object.values(INTAKE_MESSAGES).map((c) => c.name)];

describe('docs/event-catalogue.md', () => {
  it('is up to date (regenerate: node -r @swc-node/register tools/contracts/generate-catalogue.ts)', () => {
    const current = readFileSync(CATALOGUE_PATH, 'utf8');
    const fresh = renderCatalogue(sources);
    // Compare line by line first, so a failure names the first stale line rather than dumping the file.
    const firstDiff = fresh.split('\n').findIndex((line, i) => line !== current.split('\n')[i]);
    expect({ firstDiffLine: firstDiff + 1, expected: fresh.split('\n')[firstDiff] }).toEqual({ firstDiffLine: 0, expected: undefined });
    expect(current).toBe(fresh);
  });

  it('would catch a changed field description', () => {
    const changed = readContractSources(resolve(REPO_ROOT, 'libs/contracts/src'), REPO_ROOT);
    const placed = changed.types.get('OrderPlacedV1') as TypeDoc;
    placed.fields[0] = { ...placed.fields[0], doc: 'edited' };
    expect(renderCatalogue(changed)).not.toBe(renderCatalogue(sources));
  });

  it('documents every event, intake message and route', () => {
    const doc = renderCatalogue(sources);
    for (const d of allEventDefinitions()) expect(doc).toContain(`### ${d.type} v${d.version}`);
    for (const topic of Object.keys(INTAKE_MESSAGES)) expect(doc).toContain(`### ${topic}:`);
    for (const r of ROUTES) expect(doc).toContain(`| \`${r.pattern}\` | ${r.service} |`);
  });
});

describe('contract sources', () => {
  it.each(published)('%s and its nested classes have TSDoc and validation on every field', (name) => {
    const classes = withNested(name);
    expect(classes.length).toBeGreaterThan(0);
    const gaps = classes.flatMap((c) => [
      ...(c.doc ? [] : [`${c.name}: class TSDoc`]),
      ...c.fields.filter((f) => f.doc.length < 8).map((f) => `${c.name}.${f.name}: TSDoc`),
      ...c.fields.filter((f) => f.decorators.length === 0).map((f) => `${c.name}.${f.name}: validation`),
    ]);
    expect(gaps).toEqual([]);
  });

  it('reads every type, constant list and pattern (type names are unique, or reading throws)', () => {
    expect(sources.types.size).toBeGreaterThan(published.length);
    expect(sources.lists.get('ORDER_STATUSES')).toContain('PARTIALLY_REFUNDED');
    expect(sources.patterns.get('ORDER_CODE')).toBe('/^TC-[0-9A-Z]{4}-[0-9A-Z]{4}$/');
  });
});
