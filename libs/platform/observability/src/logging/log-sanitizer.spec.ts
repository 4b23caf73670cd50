import { REDACTED, sanitizeForLog } from './log-sanitizer';
import { redactUrl } from './url-redaction';

describe(sanitizeForLog.name, () => {
  it('redacts credentials in headers', () => {
    const headers = {
      authorization: 'Bearer eyJhbGciOi',
      cookie: 'sid=1',
      'x-api-key': 'mkp_live_k1_secret',
      'set-cookie': ['a=b'],
      'content-type': 'application/json',
    };
    expect(sanitizeForLog({ headers })).toEqual({
      headers: { authorization: REDACTED, cookie: REDACTED, 'x-api-key': REDACTED, 'set-cookie': REDACTED, 'content-type': 'application/json' },
    });
  });

  it.each(['clientSecret', 'password', 'newPassword', 'accessToken', 'refresh_token', 'otp', 'otpCode', 'apiKey', 'webhookSignature'])(
    'redacts a field named %s at any depth',
    (key) => {
      expect(sanitizeForLog({ a: [{ [key]: 'v' }] })).toEqual({ a: [{ [key]: REDACTED }] });
    },
  );

  it('redacts the code of OTP bodies but keeps other codes', () => {
    expect(sanitizeForLog({ phone: '0901234567', code: 'A1B2' })).toEqual({ phone: '090****567', code: REDACTED });
    expect(sanitizeForLog({ challengeId: 'c1', code: 'X' })).toEqual({ challengeId: 'c1', code: REDACTED });
    expect(sanitizeForLog({ code: '123456' })).toEqual({ code: REDACTED });
    expect(sanitizeForLog({ field: 'items.0', code: 'isInt' })).toEqual({ field: 'items.0', code: 'isInt' });
    expect(sanitizeForLog({ code: 'ECONNREFUSED' })).toEqual({ code: 'ECONNREFUSED' });
  });

  it('masks phones in every string', () => {
    expect(sanitizeForLog({ note: 'call 0901234567' })).toEqual({ note: 'call 090****567' });
  });
});

describe(redactUrl.name, () => {
  it('redacts sensitive query values and masks nothing else', () => {
    expect(redactUrl('/v1/x?token=abc&page=2&otp=123456&code=654321')).toBe(
      `/v1/x?token=${REDACTED}&page=2&otp=${REDACTED}&code=${REDACTED}`,
    );
    expect(redactUrl('/v1/x')).toBe('/v1/x');
    expect(redactUrl(`/v1/couriers/c-1/ghn/tcn_${'a'.repeat(43)}?x=1`)).toBe('/v1/couriers/c-1/ghn/[REDACTED]?x=1');
  });
});
