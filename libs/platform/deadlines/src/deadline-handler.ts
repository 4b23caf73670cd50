import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A deadline that came due. */
export interface DueDeadline<P = Record<string, unknown>> {
  id: string;
  kind: string;
  subjectId: string;
  dueAt: Date;
  payload: P;
}

/**
 * Acts when a deadline of its kind comes due. Runs inside the transaction that marks the deadline fired, so
 * the effect, its outbox events and the fired mark commit together, exactly once.
 */
export interface DeadlineHandler<P = Record<string, unknown>> {
  onDue(deadline: DueDeadline<P>, manager: EntityManager): Promise<void>;
}

export const DEADLINE_HANDLER_METADATA = 'trustcircle:deadline-handler';

/** Marks a provider as the handler of a deadline kind. */
export function HandlesDeadline(kind: string): ClassDecorator {
  return SetMetadata(DEADLINE_HANDLER_METADATA, kind);
}
