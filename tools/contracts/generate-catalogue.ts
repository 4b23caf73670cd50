/**
 * Renders docs/event-catalogue.md from the contracts library: EVENT_CATALOGUE, TOPICS, the intake messages and
 * ROUTES, with every payload field's type, rules and TSDoc read from the source by the TypeScript compiler API.
 *
 *   node -r @swc-node/register tools/contracts/generate-catalogue.ts          # write the file
 *   node -r @swc-node/register tools/contracts/generate-catalogue.ts --check  # exit 1 when it is stale
 *
 * tools/contracts/event-catalogue.spec.ts fails when the checked-in file differs from a fresh rendering.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { allEventDefinitions, INTAKE_HEADERS, INTAKE_MESSAGES, ROUTES, SERVICE_NAMES, TOPICS, type EventDefinition, type TopicDeclaration } from '@trustcircle/contracts';
import { readContractSources, type ContractSources, type TypeDoc } from './contract-sources';
import { fieldRules, nestedClass } from './field-rules';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const CATALOGUE_PATH = resolve(REPO_ROOT, 'docs', 'event-catalogue.md');
const CONTRACTS_SRC = resolve(REPO_ROOT, 'libs', 'contracts', 'src');
const DAY_MS = 24 * 60 * 60 * 1000;

/** Escapes a table cell. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string): string => `\`${s}\``;
const anchor = (type: string): string => `#${type.replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')}-v1`;

function retention(ms: number): string {
  if (ms < 0) return 'forever';
  return ms % DAY_MS === 0 ? `${ms / DAY_MS} days` : `${ms} ms`;
}

/** Field table rows of a class, nested classes expanded in place (`buyer.name`, `items[].sku`). */
function fieldRows(type: TypeDoc, src: ContractSources, prefix = ''): string[] {
  return type.fields.flatMap((f) => {
    const path = `${prefix}${f.name}${f.optional ? '?' : ''}`;
    const rules = fieldRules(f.decorators, src).join('; ');
    const row = `| ${code(path)} | ${cell(code(f.type))} | ${cell(rules)} | ${cell(f.doc)} |`;
    const nested = nestedClass(f.decorators);
    const child = nested ? src.types.get(nested.name) : undefined;
    return child ? [row, ...fieldRows(child, src, `${prefix}${f.name}${nested?.array ? '[]' : ''}.`)] : [row];
  });
}

function fieldTable(type: TypeDoc, src: ContractSources): string[] {
  return ['| Field | Type | Rules | Description |', '|---|---|---|---|', ...fieldRows(type, src)];
}

function typeDoc(name: string, src: ContractSources): TypeDoc {
  const doc = src.types.get(name);
  if (!doc) throw new Error(`class ${name} not found in ${CONTRACTS_SRC}`);
  return doc;
}

function topicsSection(defs: EventDefinition[]): string[] {
  const topics: TopicDeclaration[] = Object.values(TOPICS);
  const lines = ['## Topics', '', '| Topic | Partitions | Cleanup | Retention | Key | Writers | Carries |', '|---|---|---|---|---|---|---|'];
  for (const t of topics) {
    const events = defs.filter((d) => d.topic === t.name).map((d) => `[${code(d.type)}](${anchor(d.type)})`);
    const intake = INTAKE_MESSAGES[t.name as keyof typeof INTAKE_MESSAGES];
    const carries = intake ? `intake message ${code(intake.name)}` : events.join(', ');
    lines.push(`| ${code(t.name)} | ${t.partitions} | ${t.cleanupPolicy} | ${retention(t.retentionMs)} | ${cell(t.key)} | ${t.writers.join(', ')} | ${carries} |`);
  }
  lines.push('', 'Each service also has a dead-letter topic `deadletter.<service>.v1` (3 partitions, 30 days).', '');
  for (const t of topics) lines.push(`- ${code(t.name)}: ${t.description}`);
  return [...lines, ''];
}

function envelopeSection(src: ContractSources): string[] {
  const env = typeDoc('EventEnvelope', src);
  return [
    '## Envelope',
    '',
    env.doc,
    '',
    '| Field | Type | Description |',
    '|---|---|---|',
    ...env.fields.map((f) => `| ${code(f.name)} | ${cell(code(f.type))} | ${cell(f.doc)} |`),
    '',
  ];
}

function matrixSection(defs: EventDefinition[]): string[] {
  const lines = ['## Who produces and consumes what', '', '| Service | Produces | Consumes |', '|---|---|---|'];
  for (const s of SERVICE_NAMES) {
    const produces = defs.filter((d) => d.owner === s).map((d) => code(d.type));
    const consumes = defs.filter((d) => d.consumers.includes(s)).map((d) => code(d.type));
    lines.push(`| ${s} | ${produces.join(', ') || '—'} | ${consumes.join(', ') || '—'} |`);
  }
  return [...lines, '', 'Any service may also produce `platform.operator-alert-raised`.', ''];
}

function eventSection(def: EventDefinition, src: ContractSources): string[] {
  const payload = typeDoc(def.payload.name, src);
  return [
    `### ${def.type} v${def.version}`,
    '',
    def.description,
    '',
    `- Topic: ${code(def.topic)}`,
    `- Key: ${def.keyDescription}`,
    `- Owner: ${def.owner}`,
    `- Consumers: ${def.consumers.join(', ')}`,
    `- Payload: ${code(payload.name)} (${code(payload.file)})`,
    '',
    payload.doc,
    '',
    ...fieldTable(payload, src),
    '',
  ];
}

function intakeSection(src: ContractSources): string[] {
  const lines = ['## Intake messages', '', `Partners produce these without an envelope; the partner id travels in the Kafka header ${code(INTAKE_HEADERS.partnerId)}, and the record is signed under one of the partner's webhook secrets (${code(INTAKE_HEADERS.webhookId)}, ${code(INTAKE_HEADERS.webhookTimestamp)}, ${code(INTAKE_HEADERS.webhookSignature)}; Standard Webhooks). An unsigned or forged record is dead-lettered.`, ''];
  for (const [topic, cls] of Object.entries(INTAKE_MESSAGES)) {
    const doc = typeDoc(cls.name, src);
    lines.push(`### ${topic}: ${cls.name}`, '', doc.doc, '', `- Payload: ${code(doc.file)}`, '', ...fieldTable(doc, src), '');
  }
  return lines;
}

function routesSection(): string[] {
  return [
    '## Route table',
    '',
    'The most specific pattern wins (more segments, then literal over `:param` from the left); a pattern also matches every path below it.',
    '',
    '| Pattern | Service | Description |',
    '|---|---|---|',
    ...ROUTES.map((r) => `| ${code(r.pattern)} | ${r.service} | ${cell(r.description)} |`),
    '',
  ];
}

/** The whole document, deterministic (no dates), ending in one newline. */
export function renderCatalogue(src: ContractSources = readContractSources(CONTRACTS_SRC, REPO_ROOT)): string {
  const defs = allEventDefinitions();
  const lines = [
    '# Event catalogue (v1)',
    '',
    '<!-- Generated from libs/contracts by `node -r @swc-node/register tools/contracts/generate-catalogue.ts`. Do not edit by hand: a unit test fails when it is stale. -->',
    '',
    `${defs.length} events on ${Object.keys(TOPICS).length} topics. Amounts are whole VND; times are ISO-8601 UTC; ids are UUIDs unless marked external. ` +
      'Nullable fields are always present (null means none); optional fields (`?`) exist only on intake messages and the first order event. ' +
      'Secrets travel sealed (AES-256-GCM under a platform key), personal data masked, except the buyer phone the SMS channel needs.',
    '',
    ...topicsSection(defs),
    ...envelopeSection(src),
    ...matrixSection(defs),
    '## Events',
    '',
    ...defs.flatMap((d) => eventSection(d, src)),
    ...intakeSection(src),
    ...routesSection(),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

if (require.main === module) {
  const fresh = renderCatalogue();
  if (process.argv.includes('--check')) {
    const current = readFileSync(CATALOGUE_PATH, 'utf8');
    if (current !== fresh) {
      console.error(`${CATALOGUE_PATH} is stale: run node -r @swc-node/register tools/contracts/generate-catalogue.ts`);
      process.exit(1);
    }
    console.log(`${CATALOGUE_PATH} is up to date`);
  } else {
    mkdirSync(dirname(CATALOGUE_PATH), { recursive: true });
    writeFileSync(CATALOGUE_PATH, fresh);
    console.log(`wrote ${CATALOGUE_PATH}`);
  }
}
