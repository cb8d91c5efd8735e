import { BlockList, isIP } from 'node:net';

const MAPPED_V4 = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;

/**
 * The canonical form of a client address: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) becomes plain IPv4,
 * IPv6 is lower-cased, zone ids are dropped. Without this, one client could appear as two addresses
 * and escape a ban or a rate limit.
 */
export function normaliseIp(ip: string): string {
  // Plain IPv4, by far the most common, is already canonical.
  if (!ip.includes(':')) return ip;
  const withoutZone = ip.split('%')[0] ?? ip;
  const mapped = MAPPED_V4.exec(withoutZone);
  if (mapped?.[1]) return mapped[1];
  return withoutZone.toLowerCase();
}

/** The key an address is counted under: IPv4 as is, IPv6 by its /64 (one subscriber's whole prefix). */
export function addressKey(ip: string): string {
  const normal = normaliseIp(ip);
  if (!normal.includes(':')) return normal;
  if (isIP(normal) !== 6) return normal;
  const groups = expandIpv6(normal);
  return `${groups.slice(0, 4).join(':')}::/64`;
}

function expandIpv6(ip: string): string[] {
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') ? (tail ? tail.split(':') : []) : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array(Math.max(0, missing)).fill('0'), ...right].map((g) => g.replace(/^0+(?=.)/, ''));
}

/** Thrown when an address list option holds something that is not an IP or CIDR. */
export class AddressListError extends Error {}

/**
 * Compiles a list of addresses and CIDR blocks (IPv4 and IPv6) once, at start-up; a bad entry throws
 * with the entry named.
 */
export function compileAddressList(entries: readonly string[]): { list: BlockList; size: number } {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    const [rawAddress = '', prefix, extra] = entry.split('/');
    const address = normaliseIp(rawAddress);
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 4 ? 32 : 128;
    if (
      !family ||
      extra !== undefined ||
      (bits !== undefined && (!/^\d{1,3}$/.test(prefix ?? '') || bits > maxBits))
    ) {
      throw new AddressListError(`"${entry}" is not an IP address or CIDR block`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return { list, size: entries.length };
}

/** Whether an address is in a compiled list. */
export function isListed(list: BlockList, ip: string): boolean {
  const normal = normaliseIp(ip);
  const family = isIP(normal);
  if (!family) return false;
  return list.check(normal, family === 4 ? 'ipv4' : 'ipv6');
}
