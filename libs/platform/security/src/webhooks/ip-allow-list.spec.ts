import { ipAllowed } from './ip-allow-list';

describe(ipAllowed.name, () => {
  it('allows anything with an empty list', () => expect(ipAllowed('198.51.100.7', [])).toBe(true));

  it('checks IPv4, IPv4-mapped IPv6 and IPv6 networks', () => {
    const list = ['203.0.113.0/24', '2001:db8::/32'];
    expect(ipAllowed('203.0.113.9', list)).toBe(true);
    expect(ipAllowed('::ffff:203.0.113.9', list)).toBe(true);
    expect(ipAllowed('203.0.114.9', list)).toBe(false);
    expect(ipAllowed('2001:db8::1', list)).toBe(true);
    expect(ipAllowed('2001:db9::1', list)).toBe(false);
  });

  it('refuses a missing or unparsable address when a list is set', () => {
    expect(ipAllowed(undefined, ['127.0.0.1/32'])).toBe(false);
    expect(ipAllowed('nope', ['127.0.0.1/32'])).toBe(false);
  });
});
