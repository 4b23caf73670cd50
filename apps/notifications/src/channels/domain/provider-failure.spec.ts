import { failureFromStatus, isRetryableStatus, MAX_STORED_RESPONSE_CHARS, scrubProviderText } from './provider-failure';

describe(isRetryableStatus.name, () => {
  it.each([
    [301, true],
    [302, true],
    [308, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [408, true],
    [409, false],
    [410, false],
    [422, false],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
  ])('%i → %s', (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable);
  });
});

describe(failureFromStatus.name, () => {
  it('names a redirect and its target without the query', () => {
    expect(failureFromStatus(302, '', 'https://other.example/in?token=1')).toEqual({
      ok: false,
      retryable: true,
      error: 'HTTP 302: redirect to https://other.example/in not followed',
      statusCode: 302,
      response: '',
    });
  });
});

describe(scrubProviderText.name, () => {
  const message = { to: '+84901234567', text: 'Mã OTP 482913 "TC"' };

  it('hides secrets and the text (raw or JSON-escaped), masks the recipient and any phone', () => {
    const echoed = JSON.stringify({ t: message.text, k: 'tok-123456', to: message.to, n: '84901234567', o: '0987654321' });
    expect(scrubProviderText(echoed, message, ['tok-123456'])).toBe('{"t":"[REDACTED]","k":"[REDACTED]","to":"+8490****567","n":"8490****567","o":"098****321"}');
    expect(scrubProviderText(`raw ${message.text}`, message)).toBe('raw [REDACTED]');
  });

  it(`cuts to ${MAX_STORED_RESPONSE_CHARS} characters`, () => {
    expect(scrubProviderText('x'.repeat(5000), message)).toHaveLength(MAX_STORED_RESPONSE_CHARS);
  });

  it('ignores secrets too short to hide safely', () => {
    expect(scrubProviderText('a b c', { to: 'x@y.vn', text: 'b' }, ['a'])).toBe('a b c');
  });
});
