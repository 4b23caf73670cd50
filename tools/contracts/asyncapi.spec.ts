/**
 * docs/asyncapi.yaml must equal a fresh rendering of the contracts (regenerate: npm run -s asyncapi), be a valid
 * AsyncAPI 3.0.0 document for @asyncapi/parser, and describe every topic and every catalogued event.
 */
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { allEventDefinitions, allTopicDeclarations, SERVICE_NAMES, TOPICS } from '@trustcircle/contracts';
import { parse, stringify } from 'yaml';
import { deadLetterTopics } from '../../apps/console/src/dead-letters/domain/dead-letter-topics';
import { readContractSources, type TypeDoc } from './contract-sources';
import { scanServiceHandlers } from './event-handlers';
import { ASYNCAPI_PATH, buildAsyncApi, contractSources, READERS, renderAsyncApi } from './generate-asyncapi';
import { classSchema, type JsonSchema } from './json-schema';

const STALE = 'docs/asyncapi.yaml is stale: run npm run -s asyncapi';
const committed = readFileSync(ASYNCAPI_PATH, 'utf8');
const parser = new Parser();
const src = contractSources();
const built = buildAsyncApi(src);

/** Error-severity diagnostics (severity 0) of a document, as `code: message at path`. */
async function errors(text: string): Promise<string[]> {
  const diagnostics = await parser.validate(text);
  return diagnostics.filter((d) => d.severity === 0).map((d) => `${String(d.code)}: ${d.message} at ${d.path.join('/')}`);
}

/** What the document must contain; each miss is a line. */
function missing(doc: JsonSchema): string[] {
  const channels = Object.values((doc.channels ?? {}) as Record<string, { address?: string; messages?: Record<string, unknown> }>);
  const addresses = new Set(channels.map((c) => c.address));
  const messages = (doc.components as { messages?: Record<string, { name?: string }> } | undefined)?.messages ?? {};
  const names = new Set(Object.values(messages).map((m) => m.name));
  return [
    ...allTopicDeclarations(SERVICE_NAMES).filter((t) => !addresses.has(t.name)).map((t) => `channel ${t.name}`),
    ...allEventDefinitions().filter((d) => !names.has(d.type)).map((d) => `message ${d.type}`),
  ];
}

/** A deep copy of the generated document. */
const fresh = (): JsonSchema => structuredClone(built);

/** Fails with the stale message when the texts differ (first differing line named). */
function expectCurrent(current: string, generated: string): void {
  if (current === generated) return;
  const line = generated.split('\n').findIndex((l, i) => l !== current.split('\n')[i]) + 1;
  throw new Error(`${STALE} (first difference at line ${line})`);
}

describe('docs/asyncapi.yaml', () => {
  it('is up to date (regenerate: npm run -s asyncapi)', () => {
    expectCurrent(committed, renderAsyncApi(src));
  });

  it('is a valid AsyncAPI 3.0.0 document (no error diagnostics)', async () => {
    expect(parse(committed).asyncapi).toBe('3.0.0');
    expect(await errors(committed)).toEqual([]);
  });

  it('describes every topic (dead-letter and intake topics included) and every catalogued event', () => {
    expect(missing(parse(committed) as JsonSchema)).toEqual([]);
    const channels = Object.keys(parse(committed).channels as object);
    expect(channels).toEqual(expect.arrayContaining([TOPICS.orderIntake.name, TOPICS.courierIntake.name, 'deadletter.escrow.v1']));
  });

  it('has a send operation by each event owner and a receive operation by each consumer', () => {
    const ops = built.operations as Record<string, { action: string; messages: Array<{ $ref: string }> }>;
    for (const d of allEventDefinitions()) {
      const ref = `#/channels/${d.topic}/messages/${d.type}.v${d.version}`;
      const owners = d.owner === 'any-service' ? SERVICE_NAMES : [d.owner];
      for (const o of owners) expect(ops[`${o}.send.${d.topic}`]?.messages).toContainEqual({ $ref: ref });
      for (const c of d.consumers) expect(ops[`${c}.receive.${d.topic}`]?.messages).toContainEqual({ $ref: ref });
    }
  });

  it('names the intake and dead-letter readers the code has', () => {
    const handlers = scanServiceHandlers();
    for (const [topic, readers] of Object.entries(READERS.intake)) {
      expect(SERVICE_NAMES.filter((s) => handlers[s].intakeTopics.includes(topic))).toEqual(readers);
    }
    expect(Object.keys(READERS.intake).sort()).toEqual([TOPICS.courierIntake.name, TOPICS.orderIntake.name].sort());
    expect(deadLetterTopics().sort()).toEqual(allTopicDeclarations(SERVICE_NAMES).filter((t) => t.name.startsWith('deadletter.')).map((t) => t.name).sort());
    expect(READERS.deadLetters).toEqual(['console']);
  });
});

describe('the checks', () => {
  it('catch a stale document', () => {
    const changed = readContractSources(`${__dirname}/../../libs/contracts/src`, `${__dirname}/../..`);
    changed.lists.set('SERVICE_NAMES', [...SERVICE_NAMES]);
    const placed = changed.types.get('OrderPlacedV1') as TypeDoc;
    placed.fields[0] = { ...placed.fields[0], doc: 'edited' };
    expect(() => expectCurrent(committed, renderAsyncApi(changed))).toThrow(/run npm run -s asyncapi/);
  });

  it('catch an invalid AsyncAPI document', async () => {
    const broken = fresh();
    const op = Object.values(broken.operations as Record<string, JsonSchema>)[0];
    op.action = 'publish'; // AsyncAPI 2 wording: 3.0 allows send or receive only
    (broken.channels as Record<string, JsonSchema>)['orders.events.v1'].address = 42;
    const found = await errors(stringify(broken));
    expect(found.length).toBeGreaterThan(0);
  });

  it('catch a missing channel and a missing message', () => {
    const broken = fresh();
    delete (broken.channels as Record<string, unknown>)['deadletter.orders.v1'];
    delete ((broken.components as JsonSchema).messages as Record<string, unknown>)['escrow.escrow-released.v1'];
    expect(missing(broken)).toEqual(['channel deadletter.orders.v1', 'message escrow.escrow-released']);
  });

  it('refuse a decorator the schema mapping does not know, rather than drop it', () => {
    const odd = contractSources();
    const placed = odd.types.get('OrderPlacedV1') as TypeDoc;
    placed.fields[0] = { ...placed.fields[0], decorators: [...placed.fields[0].decorators, 'IsCreditCard()'] };
    expect(() => classSchema('OrderPlacedV1', odd, 'inline')).toThrow(/no JSON Schema mapping for @IsCreditCard/);
  });
});
