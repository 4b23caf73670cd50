import { SetMetadata } from '@nestjs/common';
import type { EventOf, EventType } from '@trustcircle/contracts';
import type { EntityManager } from 'typeorm';

/** What a handler gets beside the event: the transaction its effect (and any outbox events) must use. */
export interface HandlerContext {
  /** Entity manager of the transaction that also records the event in the inbox. */
  manager: EntityManager;
  topic: string;
  partition: number;
  offset: string;
}

/** An event of any of the types in `T` (a discriminated union on `type`). */
export type EventOfAny<T extends EventType> = T extends EventType ? EventOf<T> : never;

/**
 * Applies one event type, or several (`@HandlesEvent(a, b, …)`). Handlers are thin: they map the event to a use
 * case and call it with `ctx.manager`. They run at most once per event id (the inbox), inside one transaction
 * with the inbox row.
 */
export interface EventHandler<T extends EventType> {
  handle(event: EventOfAny<T>, ctx: HandlerContext): Promise<void>;
}

export const EVENT_HANDLER_METADATA = 'trustcircle:event-handler';

/** Marks a provider class as the handler of one or more event types. */
export function HandlesEvent(...types: [EventType, ...EventType[]]): ClassDecorator {
  return SetMetadata(EVENT_HANDLER_METADATA, types);
}
