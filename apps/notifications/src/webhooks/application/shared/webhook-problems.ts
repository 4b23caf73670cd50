import { HttpStatus } from '@nestjs/common';
import { ProblemException, VALIDATION_PROBLEM_TYPE } from '@trustcircle/http';
import { MAX_ENDPOINTS_PER_PARTNER } from '../../domain/webhook-endpoint-vocabulary';

/** The problems the webhook endpoint and event feed APIs answer, one shape each. */
export const webhookProblems = {
  /** No such endpoint for this caller: another partner's endpoint, and a deleted one, answer the same. */
  endpointNotFound(endpointId: string): ProblemException {
    return new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'webhook-endpoint-not-found', title: 'Webhook endpoint not found', detail: `No webhook endpoint ${endpointId} for you.` });
  },

  /** A field refused by a rule beyond the DTO's (URL rules, event types). `message` names the field, never its value. */
  field(field: string, code: string, message: string): ProblemException {
    return new ProblemException({
      status: HttpStatus.BAD_REQUEST,
      type: VALIDATION_PROBLEM_TYPE,
      title: 'Your request is not valid',
      detail: `Invalid field: ${field}.`,
      field,
      errors: [{ field, code, message }],
    });
  },

  /** The partner already has the most endpoints allowed. */
  limitReached(): ProblemException {
    return new ProblemException({
      status: HttpStatus.CONFLICT,
      type: 'webhook-endpoint-limit-reached',
      title: 'Too many webhook endpoints',
      detail: `A partner may have at most ${MAX_ENDPOINTS_PER_PARTNER} webhook endpoints; delete one first.`,
      extensions: { limit: MAX_ENDPOINTS_PER_PARTNER },
    });
  },

  /** The partner already has an endpoint with this URL (a retried create lands here: rotate its secret to get one). */
  urlTaken(existingId: string): ProblemException {
    return new ProblemException({
      status: HttpStatus.CONFLICT,
      type: 'webhook-endpoint-url-taken',
      title: 'Webhook endpoint already exists',
      detail: `Your endpoint ${existingId} already has this URL; change its events, or rotate its secret if the first answer was lost.`,
      field: 'url',
      extensions: { endpointId: existingId },
    });
  },

  /** A cursor this API did not issue. */
  badCursor(field: string): ProblemException {
    return new ProblemException({ status: HttpStatus.BAD_REQUEST, type: VALIDATION_PROBLEM_TYPE, title: 'Your request is not valid', detail: `${field} is not one this API issued`, field });
  },
};
