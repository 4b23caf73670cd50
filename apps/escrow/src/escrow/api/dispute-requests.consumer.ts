import { Injectable } from '@nestjs/common';
import { type EventHandler, type EventOfAny, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { ApplyDisputeOutcomeUseCase } from '../application/apply-dispute-outcome/apply-dispute-outcome.use-case';
import { LiftHoldUseCase } from '../application/lift-hold/lift-hold.use-case';
import { PlaceHoldUseCase } from '../application/place-hold/place-hold.use-case';

type DisputeRequest = 'disputes.hold-requested' | 'disputes.dispute-withdrawn' | 'disputes.dispute-resolved' | 'disputes.return-deadline-passed';

/** What disputes asks of the money: hold it, lift the hold, apply the outcome. Escrow decides and answers by event. */
@Injectable()
@HandlesEvent('disputes.hold-requested', 'disputes.dispute-withdrawn', 'disputes.dispute-resolved', 'disputes.return-deadline-passed')
export class EscrowOnDisputeRequests implements EventHandler<DisputeRequest> {
  constructor(
    private readonly placeHold: PlaceHoldUseCase,
    private readonly liftHold: LiftHoldUseCase,
    private readonly applyOutcome: ApplyDisputeOutcomeUseCase,
  ) {}

  async handle(event: EventOfAny<DisputeRequest>, ctx: HandlerContext): Promise<void> {
    switch (event.type) {
      case 'disputes.hold-requested':
        return this.placeHold.execute(ctx.manager, event);
      case 'disputes.dispute-withdrawn':
        return this.liftHold.execute(ctx.manager, event);
      case 'disputes.dispute-resolved':
        return this.applyOutcome.resolved(ctx.manager, event);
      case 'disputes.return-deadline-passed':
        return this.applyOutcome.returnNotShipped(ctx.manager, event);
    }
  }
}
