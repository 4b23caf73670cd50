import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RecordClawbackRequestUseCase } from '../application/record-clawback-request/record-clawback-request.use-case';

/** `disputes.clawback-requested` → a claw-back request for operators (and an operator alert). */
@Injectable()
@HandlesEvent('disputes.clawback-requested')
export class RecordClawbackRequestOnClawbackRequested implements EventHandler<'disputes.clawback-requested'> {
  constructor(private readonly recordRequest: RecordClawbackRequestUseCase) {}

  async handle(event: EventOf<'disputes.clawback-requested'>, ctx: HandlerContext): Promise<void> {
    await this.recordRequest.execute(ctx.manager, event.data);
  }
}
