import { Injectable } from '@nestjs/common';
import { type DeadlineHandler, type DueDeadline, HandlesDeadline } from '@trustcircle/deadlines';
import type { EntityManager } from 'typeorm';
import { ExpireEarlyEventUseCase } from '../application/expire-early-event/expire-early-event.use-case';
import { ESCROW_DEADLINES } from '../domain/escrow-deadlines';

/** An event that arrived before its order stopped waiting for it. */
@Injectable()
@HandlesDeadline(ESCROW_DEADLINES.EARLY_EVENT_EXPIRY)
export class EarlyEventExpiryDeadline implements DeadlineHandler {
  constructor(private readonly expire: ExpireEarlyEventUseCase) {}

  onDue(deadline: DueDeadline, manager: EntityManager): Promise<void> {
    return this.expire.execute(manager, deadline.subjectId);
  }
}
