/**
 * Renders docs/asyncapi.yaml (AsyncAPI 3.0.0) from the contracts library: every topic of
 * `allTopicDeclarations(SERVICE_NAMES)` as a channel (dead-letter and intake topics included), every event of
 * EVENT_CATALOGUE as a message in its envelope with its Kafka key and headers, `send` operations by the owner (every
 * service for `any-service` events; partners on intake topics) and `receive` operations by the consumers. Payload
 * schemas are generated from the contract classes' class-validator decorators and TSDoc (tools/contracts/json-schema.ts).
 *
 *   node -r @swc-node/register tools/contracts/generate-asyncapi.ts          # write the file
 *   node -r @swc-node/register tools/contracts/generate-asyncapi.ts --check  # exit 1 when it is stale
 *
 * tools/contracts/asyncapi.spec.ts fails when the checked-in file differs from a fresh rendering or does not validate.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  allEventDefinitions,
  allTopicDeclarations,
  DEAD_LETTER_HEADERS,
  EVENT_HEADERS,
  INTAKE_HEADERS,
  INTAKE_MESSAGES,
  SERVICE_NAMES,
  type EventDefinition,
  type TopicDeclaration,
} from '@trustcircle/contracts';
import { stringify } from 'yaml';
import { readContractSources, type ContractSources } from './contract-sources';
import { classClosure, classSchema, type JsonSchema } from './json-schema';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const ASYNCAPI_PATH = resolve(REPO_ROOT, 'docs', 'asyncapi.yaml');
const CONTRACTS_SRC = resolve(REPO_ROOT, 'libs', 'contracts', 'src');
const SCHEMAS = '#/components/schemas/';

/** Who reads each intake topic and the dead-letter topics: the code's `@HandlesIntake` and the console's dead-letter consumer. */
export interface Readers {
  /** Intake topic → the services with a `@HandlesIntake` handler for it. */
  intake: Record<string, readonly string[]>;
  /** The services that read every dead-letter topic. */
  deadLetters: readonly string[];
}

/** The readers as the code has them (tools/contracts/asyncapi.spec.ts checks this against a source scan). */
export const READERS: Readers = {
  intake: { 'orders.intake.v1': ['orders'], 'delivery.courier-intake.v1': ['delivery-tracking'] },
  deadLetters: ['console'],
};

/** A channel or operation id: AsyncAPI keys allow letters, digits, `.`, `-` and `_`. */
const id = (s: string): string => s.replace(/[^A-Za-z0-9._-]/g, '_');
const messageId = (d: EventDefinition): string => `${d.type}.v${d.version}`;
const channelRef = (topic: string): { $ref: string } => ({ $ref: `#/channels/${id(topic)}` });
const channelMessageRef = (topic: string, message: string): { $ref: string } => ({ $ref: `#/channels/${id(topic)}/messages/${message}` });

function kafkaChannelBinding(t: TopicDeclaration): JsonSchema {
  return {
    kafka: {
      topic: t.name,
      partitions: t.partitions,
      topicConfiguration: { 'cleanup.policy': [t.cleanupPolicy], 'retention.ms': t.retentionMs },
      bindingVersion: '0.5.0',
    },
  };
}

function headerSchemas(): Record<string, JsonSchema> {
  const str = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'string', description, ...extra });
  return {
    EventHeaders: {
      type: 'object',
      description: 'Kafka headers set on every published event, mirroring envelope fields for routing and tracing.',
      required: [EVENT_HEADERS.eventId, EVENT_HEADERS.eventType, EVENT_HEADERS.eventVersion, EVENT_HEADERS.correlationId, EVENT_HEADERS.producer],
      properties: {
        [EVENT_HEADERS.eventId]: str('The envelope `id` (UUID).', { format: 'uuid' }),
        [EVENT_HEADERS.eventType]: str('The envelope `type`.'),
        [EVENT_HEADERS.eventVersion]: str('The envelope `version`, as decimal text.', { pattern: '^[1-9][0-9]*$' }),
        [EVENT_HEADERS.correlationId]: str('The envelope `correlationId`.'),
        [EVENT_HEADERS.causationId]: str('The envelope `causationId`; absent for a root cause.'),
        [EVENT_HEADERS.producer]: str('The envelope `producer`.', { enum: [...SERVICE_NAMES] }),
      },
    },
    IntakeHeaders: {
      type: 'object',
      description:
        'Kafka headers partners set on intake messages (which carry no envelope). The record is signed with the Standard Webhooks scheme under one of the partner\'s webhook secrets; an unsigned or forged record is dead-lettered.',
      required: [INTAKE_HEADERS.partnerId, INTAKE_HEADERS.webhookId, INTAKE_HEADERS.webhookTimestamp, INTAKE_HEADERS.webhookSignature],
      properties: {
        [INTAKE_HEADERS.partnerId]: str("The producing partner's id (UUID): the marketplace or the courier.", { format: 'uuid' }),
        [INTAKE_HEADERS.webhookId]: str("The record's unique id, chosen by the partner (printable ASCII, at most 256 characters).", { maxLength: 256 }),
        [INTAKE_HEADERS.webhookTimestamp]: str('When the partner signed the record, unix seconds: at most 5 minutes ahead, at most the topic\'s retention (7 days) old.', { pattern: '^[0-9]+$' }),
        [INTAKE_HEADERS.webhookSignature]: str('`v1,<base64 HMAC-SHA256>` over `${webhook-id}.${webhook-timestamp}.${value}`; several space-separated signatures allowed, one valid one is enough.'),
      },
    },
    DeadLetterHeaders: {
      type: 'object',
      description: "Kafka headers set on a dead letter, beside the original message's own headers.",
      required: Object.values(DEAD_LETTER_HEADERS),
      properties: {
        [DEAD_LETTER_HEADERS.reason]: str('Why it was dead-lettered (permanent failures only).', {
          enum: ['MALFORMED_JSON', 'INVALID_ENVELOPE', 'UNKNOWN_TYPE', 'INVALID_PAYLOAD', 'CONTRACT_VIOLATION'],
        }),
        [DEAD_LETTER_HEADERS.detail]: str('What failed, without any payload value.'),
        [DEAD_LETTER_HEADERS.originalTopic]: str('The topic the message was read from.'),
        [DEAD_LETTER_HEADERS.originalPartition]: str('Its partition, as decimal text.'),
        [DEAD_LETTER_HEADERS.originalOffset]: str('Its offset, as decimal text.'),
        [DEAD_LETTER_HEADERS.consumerGroup]: str('The consumer group that failed to process it.'),
        [DEAD_LETTER_HEADERS.failedAt]: str('When it was dead-lettered (ISO-8601 UTC).', { format: 'date-time' }),
      },
    },
  };
}

function eventMessage(d: EventDefinition): JsonSchema {
  return {
    name: d.type,
    title: `${d.type} v${d.version}`,
    summary: d.description,
    contentType: 'application/json',
    headers: { $ref: `${SCHEMAS}EventHeaders` },
    correlationId: { location: '$message.payload#/correlationId' },
    payload: {
      allOf: [
        { $ref: `${SCHEMAS}EventEnvelope` },
        {
          type: 'object',
          properties: {
            type: { const: d.type },
            version: { const: d.version },
            key: { type: 'string', description: `The Kafka key: ${d.keyDescription}.` },
            data: { $ref: `${SCHEMAS}${d.payload.name}` },
          },
        },
      ],
    },
    bindings: { kafka: { key: { type: 'string', description: d.keyDescription }, bindingVersion: '0.5.0' } },
    'x-owner': d.owner,
    'x-consumers': [...d.consumers],
  };
}

function intakeMessage(topic: TopicDeclaration, className: string): JsonSchema {
  return {
    name: className,
    title: `${topic.name} intake message`,
    summary: topic.description,
    contentType: 'application/json',
    headers: { $ref: `${SCHEMAS}IntakeHeaders` },
    payload: { $ref: `${SCHEMAS}${className}` },
    bindings: { kafka: { key: { type: 'string', description: topic.key }, bindingVersion: '0.5.0' } },
  };
}

const DEAD_LETTER_MESSAGE: JsonSchema = {
  name: 'dead-letter',
  title: 'Dead letter',
  summary: 'A message a service could not process for a permanent reason: the original key, value and headers, plus the dead-letter headers.',
  headers: { $ref: `${SCHEMAS}DeadLetterHeaders` },
  payload: { description: 'The original message value, unchanged (it may not even be JSON).' },
  bindings: { kafka: { key: { type: 'string', description: 'the original message key' }, bindingVersion: '0.5.0' } },
};

/** The sources, with the lists the contracts compute at run time (`SERVICE_NAMES = Object.keys(SERVICES)`). */
export function contractSources(): ContractSources {
  const src = readContractSources(CONTRACTS_SRC, REPO_ROOT);
  src.lists.set('SERVICE_NAMES', [...SERVICE_NAMES]);
  return src;
}

/** The components' schemas: the envelope, the headers, and every payload class with the classes nested in it, sorted. */
function schemas(src: ContractSources): Record<string, JsonSchema> {
  const roots = [...allEventDefinitions().map((d) => d.payload.name), ...Object.values(INTAKE_MESSAGES).map((c) => c.name)];
  const names = [...new Set(roots.flatMap((r) => classClosure(r, src)))].sort();
  const envelope = classSchema('EventEnvelopeSchema', src, { refPrefix: SCHEMAS });
  const envelopeDoc = src.types.get('EventEnvelope')?.doc ?? '';
  const out: Record<string, JsonSchema> = { EventEnvelope: { ...envelope, description: envelopeDoc }, ...headerSchemas() };
  for (const n of names) out[n] = classSchema(n, src, { refPrefix: SCHEMAS });
  return out;
}

/** The channel of one topic with the messages it carries. */
function channel(t: TopicDeclaration, defs: readonly EventDefinition[]): JsonSchema {
  const intake = INTAKE_MESSAGES[t.name as keyof typeof INTAKE_MESSAGES];
  const dead = t.name.startsWith('deadletter.');
  const messages: Record<string, { $ref: string }> = {};
  if (intake) messages[intake.name] = { $ref: `#/components/messages/${intake.name}` };
  else if (dead) messages['dead-letter'] = { $ref: '#/components/messages/dead-letter' };
  for (const d of defs.filter((x) => x.topic === t.name)) messages[messageId(d)] = { $ref: `#/components/messages/${messageId(d)}` };
  return {
    address: t.name,
    title: t.name,
    description: `${t.description} Key: ${t.key}. Writers: ${t.writers.join(', ')}.`,
    messages,
    bindings: kafkaChannelBinding(t),
  };
}

/** One operation: a service (or partner) sending or receiving some messages of a channel. */
function operation(action: 'send' | 'receive', actor: string, topic: string, messages: readonly string[]): [string, JsonSchema] {
  const verb = action === 'send' ? 'publishes' : 'consumes';
  return [
    id(`${actor}.${action}.${topic}`),
    {
      action,
      channel: channelRef(topic),
      title: `${actor} ${verb} on ${topic}`,
      messages: messages.map((m) => channelMessageRef(topic, m)),
      tags: [{ name: `service:${actor}` }],
    },
  ];
}

function operations(topics: readonly TopicDeclaration[], defs: readonly EventDefinition[], readers: Readers): Record<string, JsonSchema> {
  const ops: Array<[string, JsonSchema]> = [];
  for (const t of topics) {
    const intake = INTAKE_MESSAGES[t.name as keyof typeof INTAKE_MESSAGES];
    if (intake) {
      for (const w of t.writers) ops.push(operation('send', w, t.name, [intake.name]));
      for (const r of readers.intake[t.name] ?? []) ops.push(operation('receive', r, t.name, [intake.name]));
      continue;
    }
    if (t.name.startsWith('deadletter.')) {
      for (const w of t.writers) ops.push(operation('send', w, t.name, ['dead-letter']));
      for (const r of readers.deadLetters) ops.push(operation('receive', r, t.name, ['dead-letter']));
      continue;
    }
    const onTopic = defs.filter((d) => d.topic === t.name);
    for (const s of SERVICE_NAMES) {
      const sent = onTopic.filter((d) => d.owner === s || d.owner === 'any-service').map(messageId);
      if (sent.length > 0) ops.push(operation('send', s, t.name, sent));
    }
    for (const s of SERVICE_NAMES) {
      const received = onTopic.filter((d) => d.consumers.includes(s)).map(messageId);
      if (received.length > 0) ops.push(operation('receive', s, t.name, received));
    }
  }
  return Object.fromEntries(ops);
}

/** The AsyncAPI document as a plain object. */
export function buildAsyncApi(src: ContractSources = contractSources(), readers: Readers = READERS): JsonSchema {
  const defs = allEventDefinitions();
  const topics = allTopicDeclarations(SERVICE_NAMES);
  const messages: Record<string, JsonSchema> = {};
  for (const d of defs) messages[messageId(d)] = eventMessage(d);
  for (const t of topics) {
    const intake = INTAKE_MESSAGES[t.name as keyof typeof INTAKE_MESSAGES];
    if (intake) messages[intake.name] = intakeMessage(t, intake.name);
  }
  messages['dead-letter'] = DEAD_LETTER_MESSAGE;
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'TrustCircle events',
      version: '1.0.0',
      description:
        'Every Kafka topic of the TrustCircle platform, the events on it and who publishes and consumes them. Services talk only ' +
        'through these events. Generated from libs/contracts by `node -r @swc-node/register tools/contracts/generate-asyncapi.ts`: ' +
        'do not edit by hand. Amounts are whole VND; times are ISO-8601 UTC.',
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The local stack (`npm start`).' },
    },
    channels: Object.fromEntries(topics.map((t) => [id(t.name), channel(t, defs)])),
    operations: operations(topics, defs, readers),
    components: { schemas: schemas(src), messages },
  };
}

/** The document as YAML, deterministic, ending in one newline. */
export function renderAsyncApi(src?: ContractSources, readers?: Readers): string {
  const body = stringify(buildAsyncApi(src, readers), { lineWidth: 0, aliasDuplicateObjects: false });
  return `# Generated from libs/contracts by tools/contracts/generate-asyncapi.ts. Do not edit: a unit test fails when it is stale.\n${body}`;
}

if (require.main === module) {
  const fresh = renderAsyncApi();
  if (process.argv.includes('--check')) {
    if (readFileSync(ASYNCAPI_PATH, 'utf8') !== fresh) {
      console.error(`${ASYNCAPI_PATH} is stale: run npm run -s asyncapi`);
      process.exit(1);
    }
    console.log(`${ASYNCAPI_PATH} is up to date`);
  } else {
    mkdirSync(dirname(ASYNCAPI_PATH), { recursive: true });
    writeFileSync(ASYNCAPI_PATH, fresh);
    console.log(`wrote ${ASYNCAPI_PATH}`);
  }
}
