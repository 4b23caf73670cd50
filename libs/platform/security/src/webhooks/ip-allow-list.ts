import { BlockList, isIP } from 'node:net';

/**
 * Whether `ip` is inside one of the CIDR networks (IPv4 and IPv6; an IPv4-mapped IPv6 address counts as its
 * IPv4 address). An empty list allows every address; an unparsable address is refused.
 */
export function ipAllowed(ip: string | undefined, cidrs: readonly string[]): boolean {
  if (cidrs.length === 0) return true;
  if (!ip) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const address = mapped ? mapped[1] : ip;
  const family = isIP(address);
  if (family === 0) return false;
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [net, bits] = cidr.split('/');
    const netFamily = isIP(net);
    if (netFamily === 0) continue;
    list.addSubnet(net, Number(bits), netFamily === 4 ? 'ipv4' : 'ipv6');
  }
  return list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}
