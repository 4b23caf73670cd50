import { Injectable } from '@nestjs/common';
import { type DeadlineHandler, type DueDeadline, HandlesDeadline } from '@trustcircle/deadlines';
import type { EntityManager } from 'typeorm';
import { EndInspectionUseCase } from '../application/end-inspection/end-inspection.use-case';
import { ESCROW_DEADLINES } from '../domain/escrow-deadlines';

/** The inspection window of an escrow ended: release unless a hold came first. */
@Injectable()
@HandlesDeadline(ESCROW_DEADLINES.INSPECTION_END)
export class InspectionEndDeadline implements DeadlineHandler {
  constructor(private readonly endInspection: EndInspectionUseCase) {}

  onDue(deadline: DueDeadline, manager: EntityManager): Promise<void> {
    return this.endInspection.execute(manager, deadline.subjectId);
  }
}
