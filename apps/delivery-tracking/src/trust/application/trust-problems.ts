import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@trustcircle/http';

/** Problems of the public courier trust API (problem+json). */
export const TrustProblems = {
  /** 404: no courier partner has this id. */
  courierNotFound(courierId: string): ProblemException {
    return new ProblemException({
      status: HttpStatus.NOT_FOUND,
      type: 'courier-not-found',
      title: 'Courier not found',
      detail: `No courier ${courierId} is known.`,
      field: 'id',
    });
  },
};
