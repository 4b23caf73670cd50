import { BadRequestException, ForbiddenException, HttpException, InternalServerErrorException, NotFoundException } from '@nestjs/common';
import { problemTypeUri } from './problem-details';
import { ProblemException } from './problem.exception';
import { renderProblem } from './render-problem';

const context = { instance: '/v1/orders/1', correlationId: 'corr-1' };

describe(renderProblem.name, () => {
  it('renders a ProblemException as thrown, standard members winning over extensions', () => {
    const problem = new ProblemException({
      status: 409,
      type: 'order-already-exists',
      title: 'Order already exists',
      detail: 'Order X exists.',
      field: 'externalId',
      extensions: { orderId: 'o-1', type: 'hijack', correlationId: 'hijack' },
      headers: { 'Retry-After': '5' },
    });
    expect(renderProblem(problem, context)).toEqual({
      status: 409,
      headers: { 'Retry-After': '5' },
      unexpected: false,
      body: {
        type: 'https://trustcircle.vn/problems/order-already-exists',
        title: 'Order already exists',
        status: 409,
        detail: 'Order X exists.',
        instance: '/v1/orders/1',
        correlationId: 'corr-1',
        field: 'externalId',
        orderId: 'o-1',
      },
    });
  });

  it('maps Nest HttpExceptions to generic problem types with their message', () => {
    expect(renderProblem(new NotFoundException('Cannot GET /x'), context).body).toMatchObject({
      type: problemTypeUri('not-found'),
      title: 'Not Found',
      status: 404,
      detail: 'Cannot GET /x',
    });
    expect(renderProblem(new ForbiddenException(), context).body).toMatchObject({ type: problemTypeUri('forbidden'), status: 403 });
    expect(renderProblem(new BadRequestException(['a is bad', 'b is bad']), context).body.detail).toBe('a is bad; b is bad');
    expect(renderProblem(new HttpException('teapot', 418), context).body).toMatchObject({ type: problemTypeUri('bad-request'), status: 418 });
  });

  it('hides the message of 5xx HttpExceptions and of anything unexpected', () => {
    const nest = renderProblem(new InternalServerErrorException('db password is hunter2'), context);
    expect(nest.unexpected).toBe(true);
    expect(JSON.stringify(nest.body)).not.toContain('hunter2');
    const unknown = renderProblem(new TypeError('cannot read x of undefined'), context);
    expect(unknown).toMatchObject({ status: 500, unexpected: true, body: { type: problemTypeUri('internal-error'), correlationId: 'corr-1' } });
    expect(JSON.stringify(unknown.body)).not.toContain('undefined');
    expect(renderProblem('a string', context).status).toBe(500);
  });

  it('trusts only http-errors marked expose, and only for 4xx', () => {
    const exposed = Object.assign(new Error('request aborted'), { status: 400, expose: true });
    expect(renderProblem(exposed, context)).toMatchObject({ status: 400, body: { detail: 'request aborted' }, unexpected: false });
    const upstream = Object.assign(new Error('upstream 404'), { status: 404 });
    expect(renderProblem(upstream, context).status).toBe(500);
  });

  it('answers 503 with Retry-After when the infrastructure is momentarily unavailable (pool timeout, deadlock, connection lost)', () => {
    const poolTimeout = new Error('timeout exceeded when trying to connect');
    const deadlock = Object.assign(new Error('QueryFailedError'), { driverError: Object.assign(new Error('deadlock detected'), { code: '40P01' }) });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    for (const e of [poolTimeout, deadlock, refused]) {
      const r = renderProblem(e, context);
      expect(r).toMatchObject({ status: 503, unexpected: false, headers: { 'Retry-After': '2' }, body: { type: problemTypeUri('service-unavailable') } });
    }
    const uniqueViolation = Object.assign(new Error('QueryFailedError'), { driverError: Object.assign(new Error('duplicate key'), { code: '23505' }) });
    expect(renderProblem(uniqueViolation, context).status).toBe(500);
  });
});

describe(ProblemException.name, () => {
  it('refuses statuses outside 400–599 and malformed slugs, and keeps absolute type URIs', () => {
    expect(() => new ProblemException({ status: 302, type: 'x', title: 'x' })).toThrow(/400–599/);
    expect(() => new ProblemException({ status: 400, type: 'Bad Slug', title: 'x' })).toThrow(/slug/);
    expect(new ProblemException({ status: 400, type: 'https://example.com/p', title: 'x' }).typeUri).toBe('https://example.com/p');
    expect(new ProblemException({ status: 400, type: 'x', title: 't', detail: 'd' }).message).toBe('d');
  });
});
