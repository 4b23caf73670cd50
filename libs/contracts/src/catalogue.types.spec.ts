/**
 * Compile-time guarantees of the catalogue. `tsc -p tsconfig.json` type-checks spec files, and an unused
 * `@ts-expect-error` is itself an error, so each directive below proves that the line after it does NOT compile.
 * The runtime tests check the same helpers behave as typed.
 */
import {
  EVENT_CATALOGUE,
  type AnyEvent,
  type AnyEventOnTopic,
  type EventsOnTopic,
  type EventsProducibleBy,
  type EventType,
  type PayloadOf,
  type TopicOf,
  type TopicPayloadMap,
} from './catalogue';
import { buildEvent } from './event-builder';
import { SAMPLE, sampleEvent } from './testing/samples';
import { TOPICS } from './topics';

/** Type-level equality: true only when A and B are the same type. */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when given `true`. */
const assertType = <T extends true>(): T | undefined => undefined;

/** A stand-in publisher with the signature services use. */
function publish<T extends EventType>(type: T, data: PayloadOf<T>): T {
  void data;
  return type;
}

const meta = { id: SAMPLE.eventId, occurredAt: SAMPLE.at.placed, correlationId: SAMPLE.eventId, causationId: null };

describe('catalogue types', () => {
  it('refuses a payload of another event', () => {
    const funded = sampleEvent('escrow.escrow-funded');
    // @ts-expect-error an escrow-funded payload is not an order-placed payload
    publish('orders.order-placed', funded);
    // @ts-expect-error a payload missing a required field
    publish('escrow.escrow-funded', { orderId: SAMPLE.orderId });
    // @ts-expect-error a wrong enum value
    publish('escrow.escrow-funded', { ...funded, source: 'CASH' });
    expect(publish('escrow.escrow-funded', funded)).toBe('escrow.escrow-funded');
  });

  it('refuses an unknown event type', () => {
    // @ts-expect-error not in the catalogue
    publish('orders.order-shipped', {});
    // @ts-expect-error not in the catalogue
    expect(undefined as PayloadOf<'escrow.money-vanished'> | undefined).toBeUndefined();
    expect(EVENT_CATALOGUE).not.toHaveProperty(['orders.order-shipped']);
  });

  it('ties each event to its topic', () => {
    // @ts-expect-error escrow-funded travels on escrow.events.v1
    const wrong: TopicOf<'escrow.escrow-funded'> = TOPICS.orderEvents.name;
    const right: TopicOf<'escrow.escrow-funded'> = TOPICS.escrowEvents.name;
    // @ts-expect-error orders.events.v1 carries no escrow event
    const notOnOrders: EventsOnTopic<'orders.events.v1'> = 'escrow.escrow-funded';
    // @ts-expect-error an intake topic carries no catalogued event
    const notIntake: EventsOnTopic<'orders.intake.v1'> = 'orders.order-placed';
    // @ts-expect-error the delivery topic's payloads do not include an order-placed payload
    const notDelivery: TopicPayloadMap['delivery.events.v1'] = sampleEvent('orders.order-placed');
    expect([wrong, right, notOnOrders, notIntake, notDelivery]).toHaveLength(5);
  });

  it('narrows a topic union by type', () => {
    const handle = (e: AnyEventOnTopic<'disputes.events.v1'>): string => {
      // @ts-expect-error a dispute event is never an escrow event
      if (e.type === 'escrow.escrow-funded') return 'never';
      if (e.type === 'disputes.dispute-resolved') return e.data.outcome;
      return e.data.disputeId;
    };
    expect(handle({ ...buildEvent('disputes.dispute-withdrawn', sampleEvent('disputes.dispute-withdrawn'), { ...meta, producer: 'disputes' }) })).toBe(SAMPLE.disputeId);
    assertType<Equals<Extract<AnyEvent, { type: 'orders.order-placed' }>['data'], PayloadOf<'orders.order-placed'>>>();
  });

  it('lets a service build only the events it may produce', () => {
    // Each refused call also throws at run time (see below), so it is wrapped.
    // @ts-expect-error orders does not produce escrow events
    expect(() => buildEvent('escrow.escrow-funded', sampleEvent('escrow.escrow-funded'), { ...meta, producer: 'orders' })).toThrow();
    const alert = sampleEvent('platform.operator-alert-raised');
    // @ts-expect-error 'any-service' is not a producer
    expect(() => buildEvent('platform.operator-alert-raised', alert, { ...meta, producer: 'any-service' })).toThrow();
    // @ts-expect-error the console produces no order events
    const notConsole: EventsProducibleBy<'console'> = 'orders.order-placed';
    const alertType: EventsProducibleBy<'console'> = 'platform.operator-alert-raised';
    expect([notConsole, alertType]).toHaveLength(2);
  });
});

describe(buildEvent.name, () => {
  it('takes the version and key from the catalogue', () => {
    const e = buildEvent('escrow.refund-instruction-issued', sampleEvent('escrow.refund-instruction-issued', { orderId: null }), {
      ...meta,
      producer: 'escrow',
    });
    expect(e).toMatchObject({ type: 'escrow.refund-instruction-issued', version: 1, key: SAMPLE.instructionId, producer: 'escrow' });
  });

  it('lets any service raise a platform alert', () => {
    const e = buildEvent('platform.operator-alert-raised', sampleEvent('platform.operator-alert-raised'), { ...meta, producer: 'notifications' });
    expect(e.key).toBe(SAMPLE.alertId);
  });

  it('refuses, at run time too, a producer that does not own the event', () => {
    const forced = { ...meta, producer: 'orders' as never };
    expect(() => buildEvent('escrow.escrow-funded', sampleEvent('escrow.escrow-funded'), forced)).toThrow('escrow.escrow-funded is produced by escrow only');
  });
});
