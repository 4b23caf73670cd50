import { BlockList, isIP } from 'node:net';

/** A special-purpose range webhooks never go to (RFC 6890 and the IANA special-purpose registries). */
interface BlockedRange {
  cidr: string;
  name: string;
}

const IPV4: readonly BlockedRange[] = [
  { cidr: '0.0.0.0/8', name: '"this network"' },
  { cidr: '10.0.0.0/8', name: 'private' },
  { cidr: '100.64.0.0/10', name: 'shared (carrier-grade NAT)' },
  { cidr: '127.0.0.0/8', name: 'loopback' },
  { cidr: '169.254.0.0/16', name: 'link-local (cloud metadata)' },
  { cidr: '172.16.0.0/12', name: 'private' },
  { cidr: '192.0.0.0/24', name: 'IETF protocol assignment' },
  { cidr: '192.0.2.0/24', name: 'documentation' },
  { cidr: '192.88.99.0/24', name: '6to4 relay' },
  { cidr: '192.168.0.0/16', name: 'private' },
  { cidr: '198.18.0.0/15', name: 'benchmarking' },
  { cidr: '198.51.100.0/24', name: 'documentation' },
  { cidr: '203.0.113.0/24', name: 'documentation' },
  { cidr: '224.0.0.0/4', name: 'multicast' },
  { cidr: '240.0.0.0/4', name: 'reserved' },
];

const IPV6: readonly BlockedRange[] = [
  { cidr: '::/128', name: 'unspecified' },
  { cidr: '::1/128', name: 'loopback' },
  { cidr: '64:ff9b::/96', name: 'NAT64' },
  { cidr: '64:ff9b:1::/48', name: 'NAT64' },
  { cidr: '100::/64', name: 'discard-only' },
  { cidr: '2001::/23', name: 'IETF protocol assignment (Teredo…)' },
  { cidr: '2001:db8::/32', name: 'documentation' },
  { cidr: '2002::/16', name: '6to4' },
  { cidr: 'fc00::/7', name: 'private (unique local)' },
  { cidr: 'fe80::/10', name: 'link-local' },
  { cidr: 'fec0::/10', name: 'site-local' },
  { cidr: 'ff00::/8', name: 'multicast' },
];

function listOf(ranges: readonly BlockedRange[], family: 'ipv4' | 'ipv6'): Array<{ range: BlockedRange; list: BlockList }> {
  return ranges.map((range) => {
    const [net, bits] = range.cidr.split('/');
    const list = new BlockList();
    list.addSubnet(net, Number(bits), family);
    return { range, list };
  });
}

const V4 = listOf(IPV4, 'ipv4');
const V6 = listOf(IPV6, 'ipv6');
const MAPPED = listOf([{ cidr: '::ffff:0:0/96', name: 'IPv4-mapped' }], 'ipv6')[0].list;

/**
 * The special-purpose range an IP address is in (`loopback (127.0.0.0/8)`), or null for a public unicast
 * address. An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`, `::ffff:a00:1`) is judged as its IPv4 address.
 * Anything that is not an IP address is refused as `not an IP address`. The dispatcher should judge every
 * address a host name resolves to with it, at connection time (see docs: DNS rebinding).
 */
export function blockedRangeOf(ip: string): string | null {
  const address = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  const v4 = family === 4 ? address : mappedIpv4Of(address);
  const hit = v4 !== null ? V4.find((r) => r.list.check(v4, 'ipv4')) : V6.find((r) => r.list.check(address, 'ipv6'));
  return hit ? `${hit.range.name} (${hit.range.cidr})` : null;
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:0:0/96`), else null. */
function mappedIpv4Of(address: string): string | null {
  if (!MAPPED.check(address, 'ipv6')) return null;
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return '0.0.0.0'; // another spelling of a mapped address: judged as "this network", refused
  const hi = parseInt(hex[1], 16);
  const lo = parseInt(hex[2], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}
