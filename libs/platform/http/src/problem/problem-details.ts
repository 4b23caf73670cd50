/** Base of every problem `type` URI: `https://trustcircle.vn/problems/<slug>`. */
export const PROBLEM_TYPE_BASE = 'https://trustcircle.vn/problems/';

/** Media type of error responses (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One invalid input of a validation problem. */
export interface ProblemFieldError {
  /** Path of the input, nested properties and array indexes joined by dots: `buyer.phone`, `items.3.unitPrice`. */
  field: string;
  /** What is wrong, in English. */
  message: string;
  /** The machine-readable rule that failed (class-validator constraint name), e.g. `isInt`, `whitelistValidation`. */
  code?: string;
}

/**
 * An RFC 9457 problem details body, as every error response of TrustCircle carries it (Content-Type
 * `application/problem+json`). Extension members (e.g. `field`) may follow the standard ones.
 */
export interface ProblemDetails {
  /** URI identifying the problem type, e.g. `https://trustcircle.vn/problems/validation-error`. */
  type: string;
  /** Short summary of the problem type; the same for every occurrence. */
  title: string;
  /** The HTTP status code. */
  status: number;
  /** Explanation of this occurrence. */
  detail?: string;
  /** The request path that failed (no query string). */
  instance: string;
  /** The request's correlation id; quote it when reporting a problem. */
  correlationId: string;
  /** For validation problems: each invalid input. */
  errors?: ProblemFieldError[];
  /** Extension members. */
  [extension: string]: unknown;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The problem type URI of a slug (`validation-error` → `https://trustcircle.vn/problems/validation-error`); an
 * absolute URI is kept as it is.
 * @throws Error for a slug that is not lowercase words joined by dashes.
 */
export function problemTypeUri(slugOrUri: string): string {
  if (/^https?:\/\//.test(slugOrUri)) return slugOrUri;
  if (!SLUG.test(slugOrUri)) throw new Error(`Invalid problem type slug "${slugOrUri}": use lowercase words joined by dashes.`);
  return PROBLEM_TYPE_BASE + slugOrUri;
}
