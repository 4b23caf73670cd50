import { ProblemException } from '@trustcircle/http';

/** 404: no escrow for this order (or, for a marketplace, not one of its own). */
export function escrowNotFound(orderId: string): ProblemException {
  return new ProblemException({ status: 404, type: 'escrow-not-found', title: 'Escrow not found', detail: `No escrow for order ${orderId}.` });
}

/** 404: no such manual action on this order's escrow. */
export function manualActionNotFound(actionId: string): ProblemException {
  return new ProblemException({ status: 404, type: 'manual-action-not-found', title: 'Manual action not found', detail: `No manual action ${actionId} on this escrow.` });
}

/** 409: the escrow's state (or money) does not allow this action now. */
export function actionNotApplicable(detail: string): ProblemException {
  return new ProblemException({ status: 409, type: 'manual-action-not-applicable', title: 'Manual action not applicable', detail });
}

/** 409: the proposal was already approved or rejected. */
export function alreadyDecided(actionId: string, status: string): ProblemException {
  return new ProblemException({ status: 409, type: 'manual-action-already-decided', title: 'Manual action already decided', detail: `Manual action ${actionId} is already ${status}.` });
}

/** 403: the four-eyes rule: the proposer may not decide their own proposal. */
export function sameOperator(): ProblemException {
  return new ProblemException({
    status: 403,
    type: 'four-eyes-required',
    title: 'A second admin must decide',
    detail: 'You proposed this action; another admin operator must approve or reject it.',
  });
}

/** 422: a field of the proposal does not fit the escrow (amount above what can move, accounts not allowed…). */
export function invalidProposal(field: string, detail: string): ProblemException {
  return new ProblemException({ status: 422, type: 'invalid-manual-action', title: 'The manual action is not valid', detail, field, errors: [{ field, message: detail }] });
}

/** 409: the ledger refused the postings (e.g. held funds would go negative). */
export function ledgerRefused(detail: string): ProblemException {
  return new ProblemException({ status: 409, type: 'ledger-refused', title: 'The ledger refused the postings', detail });
}
