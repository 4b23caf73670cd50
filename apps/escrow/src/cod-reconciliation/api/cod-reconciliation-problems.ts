import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@trustcircle/http';

/** The courier in the path is not the caller (or, for an operator, no such courier): 404, like any other tenant's data. */
export function courierNotFound(): ProblemException {
  return new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'courier-not-found', title: 'Courier not found', detail: 'No such courier.', field: 'courierId' });
}
