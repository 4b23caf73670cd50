import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@trustcircle/http';

/** Why the buyer's request about a refund destination is refused. */
export type RefundDestinationRefusal = 'not-found' | 'not-cod' | 'locked' | 'none';

/** The problem answering a refusal: 404 (not the token's order, or no destination yet) or 409 (not COD, a refund being or already paid). */
export function refundDestinationProblem(refusal: RefundDestinationRefusal): ProblemException {
  switch (refusal) {
    case 'not-found':
      return new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'order-not-found', title: 'Order not found', detail: 'No order with this code for this buyer token.' });
    case 'none':
      return new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'refund-destination-not-found', title: 'Refund destination not found', detail: 'No refund destination was given for this order.' });
    case 'not-cod':
      return new ProblemException({
        status: HttpStatus.CONFLICT,
        type: 'not-cash-on-delivery',
        title: 'Not a cash-on-delivery order',
        detail: 'This order was paid in advance: its refunds go back to the original payment.',
      });
    case 'locked':
      return new ProblemException({
        status: HttpStatus.CONFLICT,
        type: 'refund-destination-locked',
        title: 'The refund destination can no longer change',
        detail: 'A refund is being paid, or was paid, to the destination you gave.',
      });
  }
}
