import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApplyDisputeOutcomeUseCase } from '../apply-dispute-outcome/apply-dispute-outcome.use-case';
import { CancelEscrowUseCase } from '../cancel-escrow/cancel-escrow.use-case';
import { LiftHoldUseCase } from '../lift-hold/lift-hold.use-case';
import { PlaceHoldUseCase } from '../place-hold/place-hold.use-case';
import { RecordShipmentFactUseCase } from '../record-shipment-fact/record-shipment-fact.use-case';
import type { EarlyEvent } from '../shared/escrow-lookup';

/**
 * Sends an event about an order to the use case that decides it: delivery milestones, dispute requests and
 * outcomes, cancellation requests. Used by the consumers, and by the escrow's opening to replay the events that
 * arrived before it.
 */
@Injectable()
export class RouteEscrowEvent {
  constructor(
    private readonly shipmentFacts: RecordShipmentFactUseCase,
    private readonly placeHold: PlaceHoldUseCase,
    private readonly liftHold: LiftHoldUseCase,
    private readonly outcomes: ApplyDisputeOutcomeUseCase,
    private readonly cancel: CancelEscrowUseCase,
  ) {}

  async apply(m: EntityManager, event: EarlyEvent): Promise<void> {
    switch (event.type) {
      case 'disputes.hold-requested':
        return this.placeHold.execute(m, event);
      case 'disputes.dispute-withdrawn':
        return this.liftHold.execute(m, event);
      case 'disputes.dispute-resolved':
        return this.outcomes.resolved(m, event);
      case 'disputes.return-deadline-passed':
        return this.outcomes.returnNotShipped(m, event);
      case 'orders.cancellation-requested':
        return this.cancel.execute(m, event);
      default:
        return this.shipmentFacts.execute(m, event);
    }
  }
}
