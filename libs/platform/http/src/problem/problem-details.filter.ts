import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { throwError, type Observable } from 'rxjs';
import { problemContextOf } from './problem-context';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { renderProblem } from './render-problem';

/**
 * The global exception filter: every HTTP error leaves as `application/problem+json` (see {@link renderProblem}).
 * Unexpected errors are logged with their stack and answered with the correlation id only. Outside HTTP (Kafka
 * handlers of a hybrid app) the error is passed on untouched, for the transport's own retry handling.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpEdge');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const problem = renderProblem(exception, problemContextOf(req, res));

    if (problem.unexpected) this.logger.error(exception instanceof Error ? exception : `Non-error thrown: ${String(exception)}`);
    else if (problem.status >= 500) this.logger.warn(`${problem.status} ${problem.body.type}: ${problem.body.detail ?? problem.body.title}`);

    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(problem.status);
    for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
    res.type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem.body));
  }
}
