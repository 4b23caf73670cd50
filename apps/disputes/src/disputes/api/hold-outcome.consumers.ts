import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RecordHoldOutcomeUseCase } from '../application/record-hold-outcome/record-hold-outcome.use-case';

/** `escrow.hold-accepted` → the dispute's money is held. */
@Injectable()
@HandlesEvent('escrow.hold-accepted')
export class DisputeOnHoldAccepted implements EventHandler<'escrow.hold-accepted'> {
  constructor(private readonly record: RecordHoldOutcomeUseCase) {}

  handle(event: EventOf<'escrow.hold-accepted'>, ctx: HandlerContext): Promise<void> {
    return this.record.execute(ctx.manager, event);
  }
}

/** `escrow.hold-refused` → the dispute goes on with no money held. */
@Injectable()
@HandlesEvent('escrow.hold-refused')
export class DisputeOnHoldRefused implements EventHandler<'escrow.hold-refused'> {
  constructor(private readonly record: RecordHoldOutcomeUseCase) {}

  handle(event: EventOf<'escrow.hold-refused'>, ctx: HandlerContext): Promise<void> {
    return this.record.execute(ctx.manager, event);
  }
}
