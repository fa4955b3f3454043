import { Rule, rule } from './rules';

const OCTET = /^(0|[1-9]\d{0,2})$/;
const PREFIX = /^(0|[1-9]\d?)$/;
const HEXTET = /^[0-9a-fA-F]{1,4}$/;

/** A dotted-quad IPv4 address: four decimal octets 0–255, no leading zeros (they read as octal to some parsers). */
export function isIpv4Address(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every(p => OCTET.test(p) && Number(p) <= 255);
}

/** An IPv4 CIDR block `a.b.c.d/n` with a prefix length of 0–32. */
export function isIpv4Cidr(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return false;
  const prefix = value.slice(slash + 1);
  return isIpv4Address(value.slice(0, slash)) && PREFIX.test(prefix) && Number(prefix) <= 32;
}

/** An IPv6 address in any RFC 4291 text form: full, `::`-compressed, or with an IPv4 tail. No zone index. */
export function isIpv6Address(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const all = [...head, ...tail];
  if (all.length === 0) return halves.length === 2;

  // An embedded IPv4 address may only stand last, and counts as two groups.
  const last = all[all.length - 1];
  const ipv4Tail = last.includes('.');
  if (ipv4Tail && !isIpv4Address(last)) return false;
  const hextets = ipv4Tail ? all.slice(0, -1) : all;
  if (!hextets.every(g => HEXTET.test(g))) return false;

  const width = hextets.length + (ipv4Tail ? 2 : 0);
  return halves.length === 2 ? width <= 7 : width === 8;
}

/** Whether a CIDR block or address admits every IPv4 address. */
export function isAnyIpv4(value: string): boolean {
  return /\/0$/.test(value) && isIpv4Cidr(value);
}

export const IPV4_ADDRESS: Rule<string> = rule('must be an IPv4 address (four octets 0–255)', isIpv4Address);

export const IPV4_ADDRESS_OR_CIDR: Rule<string> = rule(
  'must be an IPv4 address or CIDR block (four octets 0–255, prefix length 0–32)',
  v => isIpv4Address(v) || isIpv4Cidr(v),
);

export const IPV6_ADDRESS: Rule<string> = rule('must be an IPv6 address', isIpv6Address);

/** An IPv4 address or CIDR block as its network: `10.0.0.1` → `10.0.0.1/32`, `10.1.2.3/8` → `10.0.0.0/8`. */
export function ipv4Network(value: string): string {
  const { address, prefix } = ipv4Parts(value);
  const size = 2 ** (32 - prefix);
  const network = Math.floor(address / size) * size;
  return `${[24, 16, 8, 0].map(shift => Math.floor(network / 2 ** shift) % 256).join('.')}/${prefix}`;
}

/**
 * A CIDR block whose address is its network's address (`10.0.0.0/8`, not `10.1.2.3/8`); a bare address is one.
 * Call on values that are IPv4 addresses or CIDR blocks.
 */
export const IPV4_NO_HOST_BITS: Rule<string> = {
  text: 'must not have host bits set (write the network address)',
  accepts: v => {
    const { address, prefix } = ipv4Parts(v);
    return address % 2 ** (32 - prefix) === 0;
  },
  explain: v => `must not have host bits set: write the network address, ${ipv4Network(v)}`,
};

/** The address of an IPv4 address or CIDR block as a number, and its prefix length (32 for an address). */
function ipv4Parts(value: string): { address: number; prefix: number } {
  const slash = value.indexOf('/');
  let address = 0;
  for (const octet of (slash < 0 ? value : value.slice(0, slash)).split('.')) address = address * 256 + Number(octet);
  return { address, prefix: slash < 0 ? 32 : Number(value.slice(slash + 1)) };
}
