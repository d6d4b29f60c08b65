// An in-memory Resolver over a zone map. Used by tests, the DoH fixture server and the CLI's
// offline mode. Format (as in ../shared/samples/*.zone.json):
//   { "name": { "TXT": [["chunk", ...], ...], "A": ["ip"], "AAAA": ["ip"],
//               "MX": [{"priority": 10, "exchange": "host"}], "CNAME": ["target"], "PTR": ["name"] } }
// A name that is absent is NXDOMAIN; a present name without the asked type is NODATA.
// Extensions for test suites: "TIMEOUT": true makes every query for the name time out unless
// the asked type is listed; "SERVFAIL": true likewise answers SERVFAIL.
import { normName, type DnsRecord, type DnsResult, type Resolver, type RRType } from './types.ts';

export interface ZoneEntry {
  TXT?: string[][];
  SPF?: string[][];
  A?: string[];
  AAAA?: string[];
  MX?: { priority: number; exchange: string }[];
  CNAME?: string[];
  PTR?: string[];
  NS?: string[];
  TIMEOUT?: boolean;
  SERVFAIL?: boolean;
}
export type Zone = Record<string, ZoneEntry>;

export function normaliseZone(zone: Zone): Map<string, ZoneEntry> {
  const m = new Map<string, ZoneEntry>();
  for (const [k, v] of Object.entries(zone)) {
    const key = normName(k);
    const prev = m.get(key);
    if (!prev) m.set(key, { ...v });
    else {
      // merge entries that differ only in case
      for (const [t, list] of Object.entries(v)) {
        const cur = (prev as Record<string, unknown>)[t];
        (prev as Record<string, unknown>)[t] = Array.isArray(cur) && Array.isArray(list) ? [...cur, ...list] : list;
      }
    }
  }
  return m;
}

export function recordsOf(name: string, type: RRType, e: ZoneEntry, ttl = 300): DnsRecord[] {
  switch (type) {
    case 'TXT':
    case 'SPF':
      return (e[type] ?? []).map((strings) => ({ name, type, ttl, data: strings.join(''), strings: [...strings] }));
    case 'A':
    case 'AAAA':
      return (e[type] ?? []).map((ip) => ({ name, type, ttl, data: ip }));
    case 'MX':
      return (e.MX ?? []).map((mx) => {
        const exchange = normName(mx.exchange);
        return { name, type, ttl, data: `${mx.priority} ${exchange}`, priority: mx.priority, exchange };
      });
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return (e[type] ?? []).map((t) => ({ name, type, ttl, data: normName(t) }));
    default:
      return [];
  }
}

export class ZoneResolver implements Resolver {
  private readonly zone: Map<string, ZoneEntry>;
  constructor(zone: Zone) {
    this.zone = normaliseZone(zone);
  }

  async query(qname: string, type: RRType): Promise<DnsResult> {
    return this.lookup(qname, type);
  }

  /** Synchronous lookup (the fixture server uses it). Follows CNAME chains up to 8 links. */
  lookup(qname: string, type: RRType): DnsResult {
    const asked = normName(qname);
    const chain: string[] = [];
    let name = asked;
    for (let hop = 0; hop < 9; hop++) {
      const e = this.zone.get(name);
      if (!e) return { name: asked, type, status: 'NXDOMAIN', answers: [], chain, ad: false };
      const own = recordsOf(name, type, e);
      if (own.length) return { name: asked, type, status: 'NOERROR', answers: own, chain, ad: false };
      if (e.TIMEOUT) return { name: asked, type, status: 'TIMEOUT', answers: [], chain, ad: false, error: 'query timed out' };
      if (e.SERVFAIL) return { name: asked, type, status: 'SERVFAIL', answers: [], chain, ad: false, error: 'server failure' };
      if (type !== 'CNAME' && e.CNAME?.length) {
        name = normName(e.CNAME[0]!);
        chain.push(name);
        continue;
      }
      return { name: asked, type, status: 'NOERROR', answers: [], chain, ad: false };
    }
    return { name: asked, type, status: 'SERVFAIL', answers: [], chain, ad: false, error: 'CNAME chain too long' };
  }
}
