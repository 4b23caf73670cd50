import type { DisputeActionResult } from '../application/shared/action-result';
import { disputeProblems } from './dispute-problems';
import { DisputeActionResponse } from './dto/dispute-action.response';

/** The answer to a dispute action: where it stands now, or the problem its refusal maps to. */
export function answerAction(disputeId: string, result: DisputeActionResult, action: string): DisputeActionResponse {
  switch (result.kind) {
    case 'done':
      return DisputeActionResponse.of(result.dispute);
    case 'not-found':
      throw disputeProblems.notFound(disputeId);
    case 'wrong-state':
      throw disputeProblems.wrongState(result.state, action);
    case 'deadline-passed':
      throw disputeProblems.deadlinePassed(result.deadline, result.dueAt);
    case 'invalid-field':
      throw disputeProblems.field(result.field, result.code, result.message);
    case 'invalid-evidence':
      throw disputeProblems.evidence(result.refusal);
  }
}
