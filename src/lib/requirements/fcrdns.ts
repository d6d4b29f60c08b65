// Forward-confirmed reverse DNS of the client IP (the "valid forward and reverse DNS" rule of
// Gmail and Yahoo): the PTR of the address (in-addr.arpa / ip6.arpa), then A or AAAA of each
// name it gives, back to the address. Every query goes through the Resolver, so the DNS log
// shows them. Pure and offline-testable.
import ipaddr from 'ipaddr.js';
import { isTransientFailure, type DnsResult, type Resolver } from '../dns/types.ts';

/** Most PTR names followed forward (a PTR RRset can be large; RFC 7208 5.5 stops at 10 too). */
export const MAX_PTR_NAMES = 10;

export interface FcrdnsName {
  name: string;
  /** A (IPv4) or AAAA (IPv6) */
  type: 'A' | 'AAAA';
  status: DnsResult['status'];
  addresses: string[];
  /** one of the addresses is the client IP */
  matches: boolean;
}

export type FcrdnsOutcome =
  /** a PTR name resolves back to the address */
  | 'confirmed'
  /** the address is not a valid IP */
  | 'bad-ip'
  /** private, loopback, link-local...: not an Internet sender */
  | 'not-public'
  /** no PTR record (NXDOMAIN or no data) */
  | 'no-ptr'
  /** the PTR query failed (timeout, SERVFAIL...) */
  | 'ptr-failed'
  /** PTR names exist but none resolves at all */
  | 'name-unresolved'
  /** PTR names resolve, but not to the client IP */
  | 'name-mismatch'
  /** the forward lookups failed (timeout, SERVFAIL...) and none confirmed */
  | 'forward-failed';

export interface FcrdnsResult {
  ip: string;
  version: 4 | 6 | null;
  /** the reverse name asked, e.g. 10.27.240.54.in-addr.arpa */
  reverseName: string | null;
  ptrStatus: DnsResult['status'] | null;
  /** PTR answers, lowercase, no trailing dot */
  ptr: string[];
  names: FcrdnsName[];
  outcome: FcrdnsOutcome;
  /** the PTR name confirmed, when outcome is 'confirmed' */
  confirmedName?: string;
}

function parseIp(ip: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const t = ip.trim().replace(/^\[|\]$/g, '').replace(/^ipv6:/i, '');
  try {
    return ipaddr.process(t);
  } catch {
    return null;
  }
}

/** The PTR owner name of an address: d.c.b.a.in-addr.arpa or the 32 nibbles of ip6.arpa. */
export function reverseName(ip: string): string | null {
  const a = parseIp(ip);
  if (!a) return null;
  if (a.kind() === 'ipv4') return `${(a as ipaddr.IPv4).octets.slice().reverse().join('.')}.in-addr.arpa`;
  const hex = (a as ipaddr.IPv6).toByteArray().map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.split('').reverse().join('.')}.ip6.arpa`;
}

function sameAddress(a: string, b: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  const x = parseIp(a);
  return !!x && x.kind() === b.kind() && x.toNormalizedString() === b.toNormalizedString();
}

/** PTR, then A/AAAA of each PTR name, back to the address. Never throws. */
export async function checkFcrdns(ip: string, resolver: Resolver): Promise<FcrdnsResult> {
  const addr = parseIp(ip);
  const base: FcrdnsResult = { ip, version: addr ? (addr.kind() === 'ipv4' ? 4 : 6) : null, reverseName: null, ptrStatus: null, ptr: [], names: [], outcome: 'bad-ip' };
  if (!addr) return base;
  base.ip = addr.toString();
  base.reverseName = reverseName(base.ip);
  if (addr.range() !== 'unicast') return { ...base, outcome: 'not-public' };
  const rev = await safeQuery(resolver, base.reverseName!, 'PTR');
  base.ptrStatus = rev.status;
  base.ptr = [...new Set(rev.answers.map((r) => r.data.toLowerCase().replace(/\.$/, '')))].filter(Boolean);
  if (rev.status === 'NXDOMAIN' || (rev.status === 'NOERROR' && base.ptr.length === 0)) return { ...base, outcome: 'no-ptr' };
  if (rev.status !== 'NOERROR') return { ...base, outcome: 'ptr-failed' };
  const type = addr.kind() === 'ipv4' ? 'A' : 'AAAA';
  base.names = await Promise.all(
    base.ptr.slice(0, MAX_PTR_NAMES).map(async (name): Promise<FcrdnsName> => {
      const r = await safeQuery(resolver, name, type);
      const addresses = r.answers.map((x) => x.data);
      return { name, type, status: r.status, addresses, matches: addresses.some((a) => sameAddress(a, addr)) };
    }),
  );
  const hit = base.names.find((n) => n.matches);
  if (hit) return { ...base, outcome: 'confirmed', confirmedName: hit.name };
  if (base.names.some((n) => n.addresses.length > 0)) return { ...base, outcome: 'name-mismatch' };
  if (base.names.some((n) => isTransientFailure({ status: n.status } as DnsResult))) return { ...base, outcome: 'forward-failed' };
  return { ...base, outcome: 'name-unresolved' };
}

async function safeQuery(resolver: Resolver, name: string, type: 'PTR' | 'A' | 'AAAA'): Promise<DnsResult> {
  try {
    return await resolver.query(name, type);
  } catch (e) {
    return { name, type, status: 'ERROR', answers: [], chain: [], ad: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Start the lookups as soon as the client IP is known; null when there is nothing to ask. */
export function startFcrdns(ip: string | null | undefined, resolver: Resolver, offline = false): Promise<FcrdnsResult> | null {
  if (offline || !ip) return null;
  return checkFcrdns(ip, resolver);
}
