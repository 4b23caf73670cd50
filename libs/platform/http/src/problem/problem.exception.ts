import { HttpException } from '@nestjs/common';
import { problemTypeUri, type ProblemFieldError } from './problem-details';

/** What a {@link ProblemException} says. */
export interface ProblemInit {
  /** HTTP status, 400–599. */
  status: number;
  /** Problem type slug (`order-not-found`) or absolute type URI. */
  type: string;
  /** Short summary of the problem type, the same for every occurrence (`Order not found`). */
  title: string;
  /** Explanation of this occurrence; shown to the client, so never put secrets or personal data in it. */
  detail?: string;
  /** The input the problem is about, e.g. `externalOrderId`. */
  field?: string;
  /** Per-input errors (validation problems). */
  errors?: ProblemFieldError[];
  /** Further extension members of the body. Standard members cannot be overridden. */
  extensions?: Record<string, unknown>;
  /** Response headers to send with the problem, e.g. `Retry-After`. */
  headers?: Record<string, string>;
}

/**
 * An error that domain and application code throws to answer with a specific RFC 9457 problem: the global
 * filter renders it as it is (also for 5xx, so say only what the client may know).
 *
 * @example throw new ProblemException({ status: 404, type: 'order-not-found', title: 'Order not found', detail: `No order ${id}.` })
 * @example throw new ProblemException({ status: 409, type: 'order-already-exists', title: 'Order already exists', field: 'externalOrderId' })
 */
export class ProblemException extends HttpException {
  /** The full type URI. */
  readonly typeUri: string;

  constructor(readonly problem: Readonly<ProblemInit>) {
    if (!Number.isInteger(problem.status) || problem.status < 400 || problem.status > 599) {
      throw new Error(`A problem status must be 400–599, not ${problem.status}.`);
    }
    const typeUri = problemTypeUri(problem.type);
    super({ type: typeUri, title: problem.title, status: problem.status, detail: problem.detail }, problem.status);
    this.typeUri = typeUri;
    this.message = problem.detail ?? problem.title;
  }
}
