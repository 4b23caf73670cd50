import { Injectable } from '@nestjs/common';
import { type EventHandler, type EventOfAny, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { ProjectEventUseCase } from '../application/project-event/project-event.use-case';
import { CONSOLE_EVENT_TYPES, type ConsoleEventType } from '../domain/console-event-types';

/**
 * Every event the console consumes (the catalogue lists it among their consumers) → the read model. Subscribes the
 * console's consumer group `tc.console` to the orders, escrow, delivery, disputes, notifications and platform alert
 * topics; one inbox row per event.
 */
@Injectable()
@HandlesEvent(...CONSOLE_EVENT_TYPES)
export class ProjectConsoleEvents implements EventHandler<ConsoleEventType> {
  constructor(private readonly project: ProjectEventUseCase) {}

  async handle(event: EventOfAny<ConsoleEventType>, ctx: HandlerContext): Promise<void> {
    await this.project.execute(ctx.manager, event);
  }
}
