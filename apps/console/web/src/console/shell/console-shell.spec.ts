import { ApiError } from '../../api/api-error';
import type { DeskPage } from '../desk-routes';
import { describeOperatorError, formatWait } from '../api/operator-errors';
import { formatVnTime } from '../../format/vn-time';
import { consoleNavLinks, roleLabel } from './console-nav';
import { afterSignIn, consolePaths } from './console-paths';

const desks: DeskPage[] = [
  { path: '/console/mediation', element: null as unknown as DeskPage['element'], nav: { label: 'Mediation', minRole: 'mediator' } },
  { path: '/console/mediation/:disputeId', element: null as unknown as DeskPage['element'] },
  { path: '/console/money', element: null as unknown as DeskPage['element'], nav: { label: 'Money desk', minRole: 'admin' } },
  { path: '/console/partners', element: null as unknown as DeskPage['element'], nav: { label: 'Partners', minRole: 'viewer' } },
];

describe('the console’s navigation', () => {
  it('lists Overview and Orders, then the desks the role may see', () => {
    expect(consoleNavLinks('viewer', desks).map((l) => l.label)).toEqual(['Overview', 'Orders', 'Partners']);
    expect(consoleNavLinks('mediator', desks).map((l) => l.label)).toEqual(['Overview', 'Orders', 'Mediation', 'Partners']);
    expect(consoleNavLinks('admin', desks)).toEqual([
      { to: '/console', label: 'Overview', end: true },
      { to: '/console/orders', label: 'Orders', end: false },
      { to: '/console/mediation', label: 'Mediation', end: false },
      { to: '/console/money', label: 'Money desk', end: false },
      { to: '/console/partners', label: 'Partners', end: false },
    ]);
    expect(roleLabel('mediator')).toBe('Mediator');
  });

  it('goes back to the console page asked for after signing in, never elsewhere', () => {
    expect(afterSignIn('/console/orders?q=TC-1')).toBe('/console/orders?q=TC-1');
    expect(afterSignIn('/console')).toBe('/console');
    for (const other of [undefined, null, 42, '', '/tra-cuu', '//evil.example/console', 'https://evil.example/console', '/console/sign-in', '/consolex', '/console/sign-in?x=1']) {
      expect([other, afterSignIn(other)]).toEqual([other, '/console']);
    }
  });

  it('builds the console’s addresses, escaped', () => {
    expect(consolePaths.orders('TC 1&2')).toBe('/console/orders?q=TC+1%262');
    expect(consolePaths.order('a/b')).toBe('/console/orders/a%2Fb');
    expect(consolePaths.mediationCase('d-1')).toBe('/console/mediation/d-1');
    expect(consolePaths.moneyForOrder('o-1')).toBe('/console/money?orderId=o-1');
  });
});

describe('what operators read', () => {
  const problem = (status: number, extra: Record<string, unknown> = {}) => ({ type: 'https://trustcircle.vn/problems/x', title: 'X', status, ...extra });

  it('gives the server’s detail, a sentence by status without one, the wait of a 429 and the reference of a 5xx', () => {
    expect(describeOperatorError(new ApiError('http', 409, problem(409, { detail: 'The proposer cannot approve it.' }))).message).toBe('The proposer cannot approve it.');
    expect(describeOperatorError(new ApiError('http', 403, problem(403))).message).toBe('Your role may not do this.');
    expect(describeOperatorError(new ApiError('http', 429, problem(429), 125)).message).toBe('Too many attempts. Try again in 3 minutes.');
    expect(describeOperatorError(new ApiError('http', 500, problem(500, { correlationId: 'c-1' })))).toMatchObject({ reference: 'c-1' });
    expect(describeOperatorError(new ApiError('network', 0, null)).message).toMatch(/could not reach/);
    expect(describeOperatorError(new ApiError('http', 400, problem(400, { errors: [{ field: 'amount', message: 'amount must be positive' }] }))).fields).toEqual({
      amount: 'amount must be positive',
    });
    expect(describeOperatorError(new Error('boom')).message).toMatch(/Something went wrong/);
  });

  it('words waits and prints times to the second in Vietnam time', () => {
    expect([formatWait(1), formatWait(45), formatWait(60), formatWait(61), formatWait(900)]).toEqual(['1 second', '45 seconds', '1 minute', '2 minutes', '15 minutes']);
    expect(formatVnTime('2026-11-30T14:30:05.000Z', { seconds: true })).toBe('21:30:05 30/11/2026');
    expect(formatVnTime('nope', { seconds: true })).toBe('—');
  });
});
