import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@trustcircle/http';
import type { PlaceOrderResult } from '../application/place-order/place-order.use-case';

/** 404 for an order that does not exist or belongs to another marketplace (the two are not told apart). */
export function orderNotFound(id: string): ProblemException {
  return new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'order-not-found', title: 'Order not found', detail: `No order ${id}.` });
}

/** The problem for a refused placement: a conflicting repeat (409) or a field the contract cannot check (400). */
export function placeOrderProblem(result: Extract<PlaceOrderResult, { kind: 'conflict' | 'invalid' }>, externalId: string): ProblemException {
  if (result.kind === 'conflict') {
    return new ProblemException({
      status: HttpStatus.CONFLICT,
      type: 'order-exists',
      title: 'An order with this externalId already exists with a different body',
      detail: `externalId ${externalId} was already used for order ${result.existingOrderId}.`,
      field: 'externalId',
    });
  }
  return new ProblemException({
    status: HttpStatus.BAD_REQUEST,
    type: 'validation-error',
    title: 'Your request is not valid',
    detail: result.message,
    errors: [{ field: result.field, message: result.message }],
  });
}
