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
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const type = this.reflector.get<EventType | undefined>(EVENT_HANDLER_METADATA, metatype);
      if (!type) continue;
      found.push({ name: metatype.name, type, handler: instance as EventHandler<EventType> });
    }
    const names = found.map((h) => h.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) throw new Error(`two event handlers share the inbox name ${dup}`);
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
