import { ApiError } from '../../api/api-error';
import { isForbidden, isNotFound } from './problem-text';

describe(isNotFound.name, () => {
  it('is true for a 404 answer only', () => {
    expect(isNotFound(new ApiError('http', 404, { type: 'https://trustcircle.vn/problems/escrow-not-found', title: 'Escrow not found', status: 404 }))).toBe(true);
    expect(isNotFound(new ApiError('http', 403, null))).toBe(false);
    expect(isNotFound(new ApiError('network', 0, null))).toBe(false);
    expect(isNotFound(new Error('404'))).toBe(false);
  });
});

describe(isForbidden.name, () => {
  it('is true for a 403 answer only', () => {
    expect(isForbidden(new ApiError('http', 403, { type: 'four-eyes-required', title: 'A second admin must decide', status: 403 }))).toBe(true);
    expect(isForbidden(new ApiError('http', 401, null))).toBe(false);
  });
});
