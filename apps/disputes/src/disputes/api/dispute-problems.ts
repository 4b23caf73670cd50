import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@trustcircle/http';
import { toVnLocalIso } from '@trustcircle/kernel';
import type { EvidenceAttachRefusal } from '../../evidence/application/evidence-attachment';
import type { MoneyOutcomeError } from '../domain/money-outcome';

/** The problems the dispute actions answer, one shape each, so every endpoint says the same thing the same way. */
export const disputeProblems = {
  /** No such dispute for this caller (another tenant's or buyer's dispute answers the same). */
  notFound(disputeId: string): ProblemException {
    return new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'dispute-not-found', title: 'Dispute not found', detail: `No dispute ${disputeId} for you.` });
  },

  /** A piece of evidence was refused; nothing of the action was stored. */
  evidence(refusal: EvidenceAttachRefusal): ProblemException {
    return new ProblemException({
      status: HttpStatus.BAD_REQUEST,
      type: 'validation-error',
      title: 'Your request is not valid',
      detail: `Invalid field: ${refusal.field} (${refusal.code}).`,
      field: refusal.field,
      errors: [{ field: refusal.field, code: refusal.code, message: refusal.message }],
    });
  },

  /** A field refused by a rule beyond the DTO's (an amount that does not fit the outcome or the order total, …). */
  field(field: string, code: MoneyOutcomeError | string, given?: string): ProblemException {
    const message =
      given ??
      (code === 'AMOUNT_REQUIRED'
        ? `${field} is required for a partial refund`
        : code === 'AMOUNT_NOT_ALLOWED'
          ? `${field} is allowed only for a partial refund`
          : `${field} must be more than 0 and less than the order total`);
    return new ProblemException({
      status: HttpStatus.BAD_REQUEST,
      type: 'validation-error',
      title: 'Your request is not valid',
      detail: `Invalid field: ${field} (${code}).`,
      field,
      errors: [{ field, code, message }],
    });
  },

  /** The action does not apply in the dispute's state (already answered, finished, not your turn). */
  wrongState(state: string, action: string): ProblemException {
    return new ProblemException({
      status: HttpStatus.CONFLICT,
      type: 'dispute-state-conflict',
      title: 'Not possible in the dispute’s current state',
      detail: `The dispute is ${state}: ${action} is not possible now.`,
      extensions: { state },
    });
  },

  /** The action's deadline passed (its consequence applies at the next sweep, if it has not already). */
  deadlinePassed(deadline: string, dueAt: Date): ProblemException {
    return new ProblemException({
      status: HttpStatus.CONFLICT,
      type: 'dispute-deadline-passed',
      title: 'The deadline for this has passed',
      detail: `The ${deadline} deadline passed at ${dueAt.toISOString()} (${toVnLocalIso(dueAt)}).`,
      extensions: { deadline, dueAt: dueAt.toISOString(), dueAtLocal: toVnLocalIso(dueAt) },
    });
  },
};
