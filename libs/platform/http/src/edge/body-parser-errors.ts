import type { NextFunction, Request, Response } from 'express';
import { ProblemException } from '../problem/problem.exception';

/** Problem type slug of a body that is not valid JSON. */
export const MALFORMED_JSON_PROBLEM_TYPE = 'malformed-json';

/**
 * The problem for a body-parser error, or undefined for other errors. The parser's message is not echoed: it may
 * quote the body.
 */
export function bodyParserProblem(error: unknown): ProblemException | undefined {
  if (!(error instanceof Error)) return undefined;
  const { type, limit } = error as Error & { type?: unknown; limit?: unknown };
  switch (type) {
    case 'entity.parse.failed':
      return new ProblemException({ status: 400, type: MALFORMED_JSON_PROBLEM_TYPE, title: 'Malformed JSON', detail: 'The request body is not valid JSON.' });
    case 'entity.too.large':
      return new ProblemException({
        status: 413,
        type: 'payload-too-large',
        title: 'Payload Too Large',
        detail: `The request body exceeds the limit of ${typeof limit === 'number' ? `${limit} bytes` : 'this endpoint'}.`,
      });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ProblemException({ status: 415, type: 'unsupported-media-type', title: 'Unsupported Media Type', detail: error.message });
    default:
      return undefined;
  }
}

/** Express error middleware placed after the body parsers: turns their errors into problems for the global filter. */
export function bodyParserErrorTranslator(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  next(bodyParserProblem(error) ?? error);
}
