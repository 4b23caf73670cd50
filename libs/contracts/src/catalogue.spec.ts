import { allEventDefinitions, EVENT_CATALOGUE, EVENT_TYPES, eventDefinition, eventDefinitionsOnTopic, isEventType, type EventType } from './catalogue';
import { INTAKE_MESSAGES } from './intake';
import { SERVICE_NAMES } from './services';
import { sampleEvent } from './testing/samples';
import { TOPICS } from './topics';
import { validateEventPayload } from './validation';

/** The topic each event domain publishes on. */
const DOMAIN_TOPICS: Record<string, string> = {
  orders: TOPICS.orderEvents.name,
  escrow: TOPICS.escrowEvents.name,
  delivery: TOPICS.deliveryEvents.name,
  disputes: TOPICS.disputeEvents.name,
  notifications: TOPICS.notificationEvents.name,
  partners: TOPICS.partnerDirectory.name,
  platform: TOPICS.platformAlerts.name,
};

/** Top-level fields a payload may omit (intake-style optional fields kept from the first version). */
const OMITTABLE: Partial<Record<EventType, string[]>> = { 'orders.order-placed': ['paymentExpiresAt'] };

/** Records keyed by their own id although they may name an order (the alerts topic is keyed by alert id). */
const OWN_KEY_WITH_ORDER: ReadonlySet<EventType> = new Set<EventType>(['platform.operator-alert-raised']);

const pascal = (kebab: string): string => kebab.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

/** The id fields the key description names, in order (`orderId, or instructionId when …`). */
const keyFields = (description: string): string[] => description.match(/\b(?:[a-z][A-Za-z]*Id|kid)\b/g) ?? [];

const types = EVENT_TYPES.map((t) => [t] as const);

describe('EVENT_CATALOGUE', () => {
  it('has unique, well-formed event names matching their entry and payload class', () => {
    const classes = new Set<string>();
    for (const def of allEventDefinitions()) {
      expect(def.type).toMatch(/^(orders|escrow|delivery|disputes|notifications|partners|platform)\.[a-z]+(-[a-z]+)*$/);
      expect(eventDefinition(def.type)).toBe(def);
      expect(def.version).toBe(1);
      expect(def.payload.name).toBe(`${pascal(def.type.split('.')[1])}V${def.version}`);
      expect(classes.has(def.payload.name)).toBe(false);
      classes.add(def.payload.name);
      expect(def.description.length).toBeGreaterThan(20);
      expect(def.keyDescription.length).toBeGreaterThan(0);
    }
    expect(EVENT_TYPES.length).toBe(Object.keys(EVENT_CATALOGUE).length);
  });

  it('puts each domain on its topic, and owners among the topic writers, never among the consumers', () => {
    const topics = Object.values(TOPICS);
    for (const def of allEventDefinitions()) {
      expect(def.topic).toBe(DOMAIN_TOPICS[def.type.split('.')[0]]);
      const topic = topics.find((t) => t.name === def.topic);
      expect(topic?.writers).toContain(def.owner);
      expect(def.consumers).not.toContain(def.owner);
      expect(def.consumers.length).toBeGreaterThan(0);
      expect(new Set(def.consumers).size).toBe(def.consumers.length);
      for (const c of def.consumers) expect(SERVICE_NAMES).toContain(c);
    }
  });

  it('gives every event topic events, and every intake topic a message class', () => {
    for (const topic of Object.values(TOPICS)) {
      const carried = eventDefinitionsOnTopic(topic.name).length + (topic.name in INTAKE_MESSAGES ? 1 : 0);
      expect(carried).toBeGreaterThan(0);
    }
    expect(Object.keys(INTAKE_MESSAGES).sort()).toEqual([TOPICS.courierIntake.name, TOPICS.orderIntake.name].sort());
  });

  it('knows its types and nothing else', () => {
    expect(isEventType('orders.order-placed')).toBe(true);
    expect(isEventType('orders.order-shipped')).toBe(false);
    expect(isEventType('toString')).toBe(false);
    expect(eventDefinition('__proto__')).toBeUndefined();
  });

  it('lists each topic’s events in catalogue order', () => {
    expect(eventDefinitionsOnTopic(TOPICS.platformAlerts.name).map((d) => d.type)).toEqual(['platform.operator-alert-raised']);
    expect(eventDefinitionsOnTopic(TOPICS.orderIntake.name)).toEqual([]);
  });
});

describe.each(types)('%s', (type) => {
  const def = EVENT_CATALOGUE[type];

  it('has a sample that validates', () => {
    const result = validateEventPayload(type, sampleEvent(type));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('keys by the order id, or by its own id when there is no order', () => {
    const sample = sampleEvent(type) as unknown as Record<string, unknown>;
    const fields = keyFields(def.keyDescription);
    expect(fields.length).toBeGreaterThan(0);
    if ('orderId' in sample && !OWN_KEY_WITH_ORDER.has(type)) expect(fields[0]).toBe('orderId');
    const expected = fields.map((f) => sample[f]).find((v) => v !== null && v !== undefined);
    expect(typeof expected).toBe('string');
    expect((def.keyOf as (p: unknown) => string)(sample)).toBe(expected);
  });

  it('refuses an unknown field and every missing required field', () => {
    const sample = sampleEvent(type) as unknown as Record<string, unknown>;
    const extra = validateEventPayload(type, { ...sample, surprise: 1 });
    expect(extra.ok ? [] : extra.errors.map((e) => e.field)).toEqual(['surprise']);
    for (const field of Object.keys(sample)) {
      if (OMITTABLE[type]?.includes(field)) continue;
      const { [field]: _dropped, ...rest } = sample;
      const missing = validateEventPayload(type, rest);
      expect({ field, ok: missing.ok }).toEqual({ field, ok: false });
    }
  });
});

describe('keys of events that may lack an order', () => {
  it.each([
    ['escrow.refund-instruction-issued', 'instructionId'],
    ['escrow.instruction-settled', 'instructionId'],
    ['escrow.instruction-failed', 'instructionId'],
    ['escrow.document-issued', 'documentId'],
    ['notifications.notification-sent', 'notificationId'],
    ['notifications.notification-failed', 'notificationId'],
  ] as const)('%s falls back to %s', (type, field) => {
    const sample = sampleEvent(type, { orderId: null } as never) as unknown as Record<string, string>;
    expect((EVENT_CATALOGUE[type].keyOf as (p: unknown) => string)(sample)).toBe(sample[field]);
  });
});
