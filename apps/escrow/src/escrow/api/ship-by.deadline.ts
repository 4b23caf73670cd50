import { Injectable } from '@nestjs/common';
import { type DeadlineHandler, type DueDeadline, HandlesDeadline } from '@trustcircle/deadlines';
import type { EntityManager } from 'typeorm';
import { MissShipByUseCase } from '../application/miss-ship-by/miss-ship-by.use-case';
import { ESCROW_DEADLINES } from '../domain/escrow-deadlines';

/** The ship-by deadline of an escrow came due. */
@Injectable()
@HandlesDeadline(ESCROW_DEADLINES.SHIP_BY)
export class ShipByDeadline implements DeadlineHandler {
  constructor(private readonly missShipBy: MissShipByUseCase) {}

  onDue(deadline: DueDeadline, manager: EntityManager): Promise<void> {
    return this.missShipBy.execute(manager, deadline.subjectId);
  }
}
