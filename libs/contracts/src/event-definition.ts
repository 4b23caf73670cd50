import type { ServiceName } from './services';
import type { TopicName } from './topics';

/**
 * Who may produce an event: one service, or `any-service` for the platform alerts every service raises (the
 * topic's writers say the same).
 */
export type EventOwner = ServiceName | 'any-service';

/** A class whose instances are an event's payload (validated with class-validator). */
export type PayloadClass<P> = new () => P;

/** One entry of the event catalogue. */
export interface EventDefinition<
  TType extends string = string,
  P = object,
  TTopic extends TopicName = TopicName,
  TOwner extends EventOwner = EventOwner,
> {
  /** The event's name: `<domain>.<fact>`, past tense. WARNING: never rename. */
  type: TType;
  /** The payload schema version. */
  version: number;
  /** The topic it travels on. */
  topic: TTopic;
  /** The only service that may produce it (`any-service`: platform alerts only). */
  owner: TOwner;
  /** Services that consume it (documentation, and the test that every consumer handles what it claims). */
  consumers: readonly ServiceName[];
  /** What the Kafka key is, in words. */
  keyDescription: string;
  /** Derives the Kafka key from a payload, so no producer can key an event wrongly. */
  keyOf: (payload: P) => string;
  /** The payload class (class-validator decorators, TSDoc on every field). */
  payload: PayloadClass<P>;
  /** One or two sentences on what happened. */
  description: string;
}

/** Declares a catalogue entry, keeping its literal types for the compile-time maps. */
export function defineEvent<const TType extends string, P, const TTopic extends TopicName, const TOwner extends EventOwner>(
  def: EventDefinition<TType, P, TTopic, TOwner>,
): EventDefinition<TType, P, TTopic, TOwner> {
  return def;
}
