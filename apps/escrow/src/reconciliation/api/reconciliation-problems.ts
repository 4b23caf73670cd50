import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@trustcircle/http';

/** The partner in the path is not the caller (or, for an operator, no such payment partner): 404, like any other tenant's data. */
export function partnerNotFound(): ProblemException {
  return new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'partner-not-found', title: 'Partner not found', detail: 'No such payment partner.' });
}
