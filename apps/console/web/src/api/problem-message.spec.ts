import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { ApiError } from './api-error';
import { describeApiError, fieldNameOf } from './problem-message';
import type { Problem } from './wire-types';

const problem = (status: number, slug: string, extra: Partial<Problem> = {}): Problem => ({
  type: `https://trustcircle.vn/problems/${slug}`,
  title: 'English title',
  status,
  detail: 'English detail for integrators.',
  instance: '/v1/x',
  correlationId: 'c0ffee00-0000-4000-8000-000000000001',
  ...extra,
});
const http = (p: Problem, retryAfter: number | null = null): ApiError => new ApiError('http', p.status, p, retryAfter);

describe(describeApiError.name, () => {
  it('says a lost connection in plain words, for network failures and unexpected throws alike', () => {
    expect(describeApiError(new ApiError('network', 0, null), vi.problems)).toEqual({ message: vi.problems.network, fields: {}, reference: null });
    expect(describeApiError(new TypeError('boom'), vi.problems).message).toBe('Không kết nối được với TrustCircle. Hãy kiểm tra mạng và thử lại.');
  });

  it('gives known problem types their own Vietnamese sentence instead of the English detail', () => {
    expect(describeApiError(http(problem(401, 'invalid-otp', { field: 'otp' })), vi.problems).message).toBe(
      'Mã xác nhận không đúng, đã hết hạn hoặc đã dùng hết số lần thử. Hãy nhận mã mới.',
    );
    expect(describeApiError(http(problem(409, 'not-in-inspection')), vi.problems).message).toBe(vi.problems.notInInspection);
    expect(describeApiError(http(problem(409, 'refund-destination-locked')), vi.problems).message).toBe(vi.problems.refundDestinationLocked);
    expect(describeApiError(http(problem(409, 'dispute-already-open', { disputeId: 'd-1' })), en.problems).message).toBe('This order already has a complaint in progress.');
  });

  it('tells a buyer whose token expired to get a new code', () => {
    expect(describeApiError(http(problem(401, 'authentication-required')), vi.problems).message).toBe(vi.problems.sessionExpired);
    expect(describeApiError(http(problem(401, 'invalid-credentials')), vi.problems).message).toBe(vi.problems.sessionExpired);
  });

  it('says how many minutes to wait after too many tries, from Retry-After', () => {
    expect(describeApiError(http(problem(429, 'rate-limited'), 600), vi.problems).message).toBe('Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 10 phút.');
    expect(describeApiError(http(problem(429, 'rate-limited'), 61), en.problems).message).toBe('Too many tries. Please try again in 2 minutes.');
    expect(describeApiError(http(problem(429, 'rate-limited'), 5), en.problems).message).toBe('Too many tries. Please try again in 1 minute.');
  });

  it('names the deadline that closed the filing window and its time in Vietnam', () => {
    const closed = problem(409, 'filing-window-closed', { deadline: 'INSPECTION_WINDOW_END', passedAt: '2026-11-30T14:30:00.000Z', passedAtLocal: '2026-11-30T21:30:00+07:00' });
    expect(describeApiError(http(closed), vi.problems).message).toBe('Đã hết thời gian khiếu nại: thời gian kiểm tra hàng đã kết thúc lúc 21:30 30/11/2026.');
    expect(describeApiError(http({ ...closed, deadline: 'SOMETHING_NEW' }), vi.problems).message).toBe(vi.problems.filingWindowClosedSomeTime);
  });

  it('explains an unpaid order differently for cash on delivery', () => {
    const notPaid = problem(409, 'order-not-paid', { deadline: 'PAYMENT', passedAt: null });
    expect(describeApiError(http(notPaid), vi.problems).message).toBe(vi.problems.orderNotPaid);
    expect(describeApiError(http(notPaid), vi.problems, { cod: true }).message).toBe(vi.problems.codNotDelivered);
    expect(describeApiError(http({ ...notPaid, detail: 'A cash-on-delivery order is paid to the courier at delivery: …' }), vi.problems).message).toBe(vi.problems.codNotDelivered);
  });

  it('maps field errors to the form inputs: by rule first, then by field, then a fallback', () => {
    const invalid = problem(400, 'validation-error', {
      errors: [
        { field: 'evidence.1.fileId', code: 'FILE_NOT_FOUND', message: 'not yours' },
        { field: 'accountNumber', code: 'refundDestination', message: 'accountNumber must be 6-19 digits' },
        { field: 'note', code: 'whitelistValidation', message: 'property note should not exist' },
      ],
    });
    expect(describeApiError(http(invalid), vi.problems)).toEqual({
      message: vi.problems.invalid,
      fields: { evidence: vi.problems.fieldCodes.FILE_NOT_FOUND, accountNumber: vi.problems.fields.accountNumber, note: vi.problems.fieldFallback },
      reference: null,
    });
  });

  it('uses the one field error as the message when there is one', () => {
    const one = problem(400, 'validation-error', { errors: [{ field: 'file', code: 'UNSUPPORTED_FILE_TYPE', message: 'nope' }] });
    expect(describeApiError(http(one), vi.problems).message).toBe(vi.problems.fieldCodes.UNSUPPORTED_FILE_TYPE);
  });

  it('falls back by status, quoting the correlation id for server faults only', () => {
    expect(describeApiError(http(problem(500, 'internal-error')), vi.problems)).toEqual({
      message: vi.problems.busy,
      fields: {},
      reference: 'c0ffee00-0000-4000-8000-000000000001',
    });
    expect(describeApiError(http(problem(502, 'bad-gateway')), vi.problems).message).toBe(vi.problems.serviceDown);
    expect(describeApiError(http(problem(404, 'something-new')), vi.problems)).toEqual({ message: vi.problems.notFound, fields: {}, reference: null });
    expect(describeApiError(new ApiError('http', 409, null), vi.problems).message).toBe(vi.problems.conflict);
    expect(describeApiError(new ApiError('http', 418, null), vi.problems).message).toBe(vi.problems.invalid);
  });
});

describe(fieldNameOf.name, () => {
  it('names a field by its first segment', () => {
    expect(fieldNameOf('evidence[2].fileId')).toBe('evidence');
    expect(fieldNameOf('evidence.2.fileId')).toBe('evidence');
    expect(fieldNameOf('vulnerable.category')).toBe('vulnerable');
    expect(fieldNameOf('otp')).toBe('otp');
  });
});
