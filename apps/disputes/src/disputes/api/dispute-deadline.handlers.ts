import { Injectable } from '@nestjs/common';
import { type DeadlineHandler, type DueDeadline, HandlesDeadline } from '@trustcircle/deadlines';
import type { EntityManager } from 'typeorm';
import { HandleDisputeDeadlineUseCase } from '../application/handle-deadline/handle-dispute-deadline.use-case';
import { SendDeadlineReminderUseCase } from '../application/handle-deadline/send-deadline-reminder.use-case';
import { DISPUTE_DEADLINE_KINDS, type DisputeDeadlinePayload } from '../application/shared/dispute-deadline-kinds';

/** A dispute's running deadline fell due. */
@Injectable()
@HandlesDeadline(DISPUTE_DEADLINE_KINDS.DUE)
export class DisputeDeadlineDue implements DeadlineHandler<DisputeDeadlinePayload> {
  constructor(private readonly handle: HandleDisputeDeadlineUseCase) {}

  onDue(deadline: DueDeadline<DisputeDeadlinePayload>, manager: EntityManager): Promise<void> {
    return this.handle.execute(manager, deadline.subjectId, deadline.payload);
  }
}

/** A dispute deadline's reminder came due. */
@Injectable()
@HandlesDeadline(DISPUTE_DEADLINE_KINDS.REMINDER)
export class DisputeDeadlineReminder implements DeadlineHandler<DisputeDeadlinePayload> {
  constructor(private readonly remind: SendDeadlineReminderUseCase) {}

  onDue(deadline: DueDeadline<DisputeDeadlinePayload>, manager: EntityManager): Promise<void> {
    return this.remind.execute(manager, deadline.subjectId, deadline.payload);
  }
}
