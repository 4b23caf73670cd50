import { emailDomainOf, emailMessageIdFor } from './email-message-id';

describe(emailMessageIdFor.name, () => {
  it('is stable per idempotency key, differs across keys, and uses the sender domain', () => {
    const a = emailMessageIdFor('e1:EMAIL:0123456789abcdef', 'TrustCircle <no-reply@TrustCircle.vn>');
    expect(a).toMatch(/^<[0-9a-f]{32}\.notification@trustcircle\.vn>$/);
    expect(emailMessageIdFor('e1:EMAIL:0123456789abcdef', 'no-reply@trustcircle.vn')).toBe(a);
    expect(emailMessageIdFor('e2:EMAIL:0123456789abcdef', 'no-reply@trustcircle.vn')).not.toBe(a);
  });

  it.each([
    ['no-reply@trustcircle.vn', 'trustcircle.vn'],
    ['"Trust, Circle" <a@mail.tc.vn>', 'mail.tc.vn'],
    ['nobody', 'localhost'],
  ])('domain of %s → %s', (from, domain) => {
    expect(emailDomainOf(from)).toBe(domain);
  });
});
