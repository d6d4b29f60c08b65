// Client address handling for SPF, on top of ipaddr.js (no hand-rolled parsing).
import ipaddr from 'ipaddr.js';

export interface ClientIp {
  addr: ipaddr.IPv4 | ipaddr.IPv6;
  family: 4 | 6;
  /** %{c}: dotted quad, or RFC 5952 text for IPv6 */
  text: string;
  /** %{i}: dotted quad, or the 32 nibbles separated by dots (RFC 7208 7.3) */
  dotted: string;
  /** %{v} */
  version: 'in-addr' | 'ip6';
  /** the name to query for PTR records */
  reverseName: string;
  /** whether the input was an IPv4-mapped IPv6 address (RFC 7208 5: treated as IPv4) */
  mapped: boolean;
}

/** Parses the client address. IPv4-mapped IPv6 (::ffff:a.b.c.d) becomes IPv4 (RFC 7208 5). */
export function parseClientIp(input: string): ClientIp | null {
  const s = typeof input === 'string' ? input.trim().replace(/^\[(?:ipv6:)?(.*)\]$/i, '$1') : '';
  if (s.length === 0 || s.length > 64) return null;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  if (s.includes(':')) {
    // no zone ids ("%eth0") and no hex/short IPv4 parts, which ipaddr.js would also accept
    if (!/^[0-9A-Fa-f:.]+$/.test(s) || !ipaddr.IPv6.isValid(s)) return null;
    parsed = ipaddr.IPv6.parse(s);
  } else {
    if (!ipaddr.IPv4.isValidFourPartDecimal(s)) return null;
    parsed = ipaddr.IPv4.parse(s);
  }
  const mapped = parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress();
  const addr = mapped ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
  if (addr.kind() === 'ipv4') {
    const text = addr.toString();
    const octets = text.split('.');
    return { addr, family: 4, text, dotted: text, version: 'in-addr', reverseName: `${[...octets].reverse().join('.')}.in-addr.arpa`, mapped };
  }
  const v6 = addr as ipaddr.IPv6;
  const nibbles = v6.toByteArray().flatMap((b) => [(b >> 4).toString(16), (b & 15).toString(16)]);
  return {
    addr,
    family: 6,
    text: v6.toRFC5952String(),
    // upper-case nibbles, as the openspf test suite expects in explanations; DNS ignores case
    dotted: nibbles.join('.').toUpperCase(),
    version: 'ip6',
    reverseName: `${[...nibbles].reverse().join('.')}.ip6.arpa`,
    mapped,
  };
}

/** Whether the client is inside network/prefix (an ip4: or ip6: mechanism). */
export function inNetwork(client: ClientIp, network: string, prefix: number | undefined): boolean {
  try {
    const net = ipaddr.parse(network);
    if (net.kind() !== client.addr.kind()) return false;
    const bits = prefix ?? (client.family === 4 ? 32 : 128);
    return client.addr.match(net, bits);
  } catch {
    return false;
  }
}

/** Whether a DNS A/AAAA answer matches the client under the mechanism's prefix lengths. */
export function addressMatches(client: ClientIp, answer: string, ip4Cidr?: number, ip6Cidr?: number): boolean {
  return inNetwork(client, answer, client.family === 4 ? ip4Cidr : ip6Cidr);
}

/**
 * An ip6 network inside ::ffff:0:0/96 (prefix at least 96) designates IPv4 addresses
 * (RFC 4291 2.5.5.2); RFC 7208 5 treats such addresses as IPv4. Returns the equivalent IPv4
 * network, or null for any other network (so "ip6:::/0" still never matches an IPv4 client).
 */
export function mappedIp4Network(network: string, prefix: number | undefined): { network: string; prefix: number } | null {
  try {
    const net = ipaddr.parse(network);
    if (net.kind() !== 'ipv6') return null;
    const bits = prefix ?? 128;
    const v6 = net as ipaddr.IPv6;
    if (bits < 96 || !v6.isIPv4MappedAddress()) return null;
    return { network: v6.toIPv4Address().toString(), prefix: bits - 96 };
  } catch {
    return null;
  }
}

export function describeNetwork(network: string, prefix: number | undefined): string {
  return prefix === undefined ? network : `${network}/${prefix}`;
}
