import { Injectable } from '@nestjs/common';
import { type DeadlineHandler, type DueDeadline, HandlesDeadline } from '@trustcircle/deadlines';
import type { EntityManager } from 'typeorm';
import { ExpireFundingUseCase } from '../application/expire-funding/expire-funding.use-case';
import { ESCROW_DEADLINES } from '../domain/escrow-deadlines';

/** The funding deadline of an escrow came due. */
@Injectable()
@HandlesDeadline(ESCROW_DEADLINES.FUNDING_EXPIRY)
export class FundingExpiryDeadline implements DeadlineHandler {
  constructor(private readonly expire: ExpireFundingUseCase) {}

  onDue(deadline: DueDeadline, manager: EntityManager): Promise<void> {
    return this.expire.execute(manager, deadline.subjectId);
  }
}
