import { blockedRangeOf } from './blocked-address';

describe('blockedRangeOf', () => {
  it.each([
    ['127.0.0.1', 'loopback (127.0.0.0/8)'],
    ['10.255.255.255', 'private (10.0.0.0/8)'],
    ['172.31.0.1', 'private (172.16.0.0/12)'],
    ['192.168.0.1', 'private (192.168.0.0/16)'],
    ['169.254.169.254', 'link-local (cloud metadata) (169.254.0.0/16)'],
    ['100.127.255.254', 'shared (carrier-grade NAT) (100.64.0.0/10)'],
    ['224.0.0.1', 'multicast (224.0.0.0/4)'],
    ['255.255.255.255', 'reserved (240.0.0.0/4)'],
    ['198.18.0.1', 'benchmarking (198.18.0.0/15)'],
    ['::', 'unspecified (::/128)'],
    ['::1', 'loopback (::1/128)'],
    ['[::1]', 'loopback (::1/128)'],
    ['::ffff:192.168.1.1', 'private (192.168.0.0/16)'],
    ['::ffff:c0a8:101', 'private (192.168.0.0/16)'],
    ['64:ff9b::a00:1', 'NAT64 (64:ff9b::/96)'],
    ['2002:a00:1::1', '6to4 (2002::/16)'],
    ['fc12::1', 'private (unique local) (fc00::/7)'],
    ['fe80::abcd', 'link-local (fe80::/10)'],
    ['ff02::1', 'multicast (ff00::/8)'],
    ['localhost', 'not an IP address'],
  ])('%s is %s', (ip, range) => {
    expect(blockedRangeOf(ip)).toBe(range);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '113.160.92.1', '2606:4700::1111', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('%s is public', (ip) => {
    expect(blockedRangeOf(ip)).toBeNull();
  });
});
