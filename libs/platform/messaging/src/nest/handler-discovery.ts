import { Injectable } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { EventType, IntakeTopicName } from '@trustcircle/contracts';
import { EVENT_HANDLER_METADATA, type EventHandler } from '../consumer/event-handler';
import type { RegisteredHandler, RegisteredIntakeHandler } from '../consumer/event-consumer';
import { INTAKE_HANDLER_METADATA, type IntakeHandler } from '../consumer/intake-handler';

/** Finds every provider marked with `@HandlesEvent(type)` or `@HandlesIntake(topic)`. */
@Injectable()
export class HandlerDiscovery {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  handlers(): RegisteredHandler[] {
    const found: RegisteredHandler[] = [];
    for (const { instance, metatype } of this.discovery.getProviders()) {
      if (!instance || !metatype) continue;
      const types = this.reflector.get<EventType[] | undefined>(EVENT_HANDLER_METADATA, metatype);
      for (const type of types ?? []) found.push({ name: metatype.name, type, handler: instance as EventHandler<EventType> });
    }
    const keys = found.map((h) => `${h.name}:${h.type}`);
    const dup = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dup) throw new Error(`two event handlers share the inbox name and type ${dup}`);
    const byName = new Map<string, unknown>();
    for (const h of found) {
      if (byName.has(h.name) && byName.get(h.name) !== h.handler) throw new Error(`two event handler classes are named ${h.name}: inbox names must be unique`);
      byName.set(h.name, h.handler);
    }
    return found;
  }

  intakeHandlers(): RegisteredIntakeHandler[] {
    const found: RegisteredIntakeHandler[] = [];
    for (const { instance, metatype } of this.discovery.getProviders()) {
      if (!instance || !metatype) continue;
      const topic = this.reflector.get<IntakeTopicName | undefined>(INTAKE_HANDLER_METADATA, metatype);
      if (topic) found.push({ name: metatype.name, topic, handler: instance as IntakeHandler<IntakeTopicName> });
    }
    return found;
  }
}
