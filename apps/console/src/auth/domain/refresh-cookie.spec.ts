import { clearRefreshCookieOptions, cookieValue, refreshCookieOptions } from './refresh-cookie';

describe(cookieValue.name, () => {
  it('finds one cookie among others, decoded, and nothing when absent or malformed', () => {
    expect(cookieValue('a=1; tc_refresh=tcrt_abc-_; b=2', 'tc_refresh')).toBe('tcrt_abc-_');
    expect(cookieValue('tc_refresh="quoted"', 'tc_refresh')).toBe('quoted');
    expect(cookieValue('xtc_refresh=1; tc_refresh_old=2', 'tc_refresh')).toBeUndefined();
    expect(cookieValue('tc_refresh=%E0%A4%A', 'tc_refresh')).toBeUndefined();
    expect(cookieValue(undefined, 'tc_refresh')).toBeUndefined();
  });
});

describe(refreshCookieOptions.name, () => {
  it('is HttpOnly, SameSite=Strict, scoped to /v1/auth, Secure when asked', () => {
    expect(refreshCookieOptions(true, 1000)).toEqual({ httpOnly: true, sameSite: 'strict', secure: true, path: '/v1/auth', maxAge: 1000 });
    expect(refreshCookieOptions(false, -5)).toMatchObject({ secure: false, maxAge: 0 });
    expect(clearRefreshCookieOptions(false)).toEqual({ httpOnly: true, sameSite: 'strict', secure: false, path: '/v1/auth' });
  });
});
