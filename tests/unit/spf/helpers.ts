// Zone resolvers for the SPF conformance suites, with the semantics of the drivers that ship
// them (see ../shared/conformance/README.txt sections 1 and 2).
import { normName, type DnsRecord, type DnsResult, type DnsStatus, type Resolver, type RRType } from '../../../src/lib/dns/types.ts';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { parseClientIp } from '../../../src/lib/spf/ip.ts';

// ---------------------------------------------------------------------------------------------
// openspf rfc7208-tests.yml (pyspf test/testspf.py driver semantics)

/** One zonedata RR: `{TYPE: value}` or the bare string "TIMEOUT". */
export type SuiteRR = 'TIMEOUT' | Record<string, unknown>;
export type SuiteZone = Record<string, SuiteRR[]>;

interface Entry {
  type: string;
  value: unknown;
}

function result(name: string, type: RRType, status: DnsStatus, answers: DnsRecord[] = [], chain: string[] = [], error?: string): DnsResult {
  const r: DnsResult = { name, type, status, answers, chain, ad: false };
  if (error) r.error = error;
  return r;
}

function txtStrings(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  return [String(v)];
}

/** Records of the asked type at one name, or a timeout / nothing (pyspf DNSLookup + getrdata). */
function rrsAt(entries: Entry[], type: RRType, name: string): { timeout: boolean; records: DnsRecord[]; cname?: string } {
  const records: DnsRecord[] = [];
  let cname: string | undefined;
  // TXT synthesis from SPF entries unless the name has any TXT entry (incl. TXT: NONE)
  const hasTxt = entries.some((e) => e.type === 'TXT');
  const synth: DnsRecord[] = [];
  let sawType = false;
  for (const e of entries) {
    if (e.type === 'TIMEOUT') {
      // times out unless a record of the asked type came before the TIMEOUT entry
      if (!sawType) return { timeout: true, records: [] };
      return { timeout: false, records, cname };
    }
    // "TXT: NONE" is no record at all (the driver drops it), so it does not stop a TIMEOUT
    if (e.value === 'NONE') continue;
    if (e.type === type) sawType = true;
    if (e.type === 'CNAME' && type !== 'CNAME') cname ??= normName(String(e.value));
    if (e.type === 'SPF' && type === 'TXT' && !hasTxt) {
      const strings = txtStrings(e.value);
      synth.push({ name, type: 'TXT', ttl: 300, data: strings.join(''), strings });
    }
    if (e.type !== type) continue;
    records.push(toRecord(name, type, e.value));
  }
  return { timeout: false, records: [...records, ...synth], cname };
}

function toRecord(name: string, type: RRType, v: unknown): DnsRecord {
  switch (type) {
    case 'TXT':
    case 'SPF': {
      const strings = txtStrings(v);
      return { name, type, ttl: 300, data: strings.join(''), strings };
    }
    case 'MX': {
      const [priority, exchange] = v as [number, string];
      const ex = normName(String(exchange));
      return { name, type, ttl: 300, data: `${priority} ${ex}`, priority: Number(priority), exchange: ex };
    }
    case 'CNAME':
    case 'PTR':
      return { name, type, ttl: 300, data: normName(String(v)) };
    default:
      return { name, type, ttl: 300, data: String(v) };
  }
}

/** A Resolver over rfc7208-tests.yml zonedata. Counts queries (for "never hangs" checks). */
export class SuiteResolver implements Resolver {
  private readonly zone = new Map<string, Entry[]>();
  queries = 0;
  constructor(zonedata: SuiteZone) {
    for (const [name, rrs] of Object.entries(zonedata ?? {})) {
      const list = this.zone.get(normName(name)) ?? [];
      for (const rr of rrs ?? []) {
        if (rr === 'TIMEOUT') list.push({ type: 'TIMEOUT', value: null });
        else for (const [t, v] of Object.entries(rr)) list.push({ type: t.toUpperCase(), value: v });
      }
      this.zone.set(normName(name), list);
    }
  }

  async query(qname: string, type: RRType): Promise<DnsResult> {
    this.queries++;
    const asked = normName(qname);
    const chain: string[] = [];
    let name = asked;
    // CNAMEs are followed; a loop or a long chain is a server failure
    for (let hop = 0; hop < 8; hop++) {
      const entries = this.zone.get(name);
      if (!entries) return result(asked, type, 'NXDOMAIN', [], chain);
      const at = rrsAt(entries, type, name);
      if (at.timeout) return result(asked, type, 'TIMEOUT', [], chain, 'DNS timeout');
      if (at.records.length || !at.cname) return result(asked, type, 'NOERROR', at.records, chain);
      if (chain.includes(at.cname) || at.cname === asked) return result(asked, type, 'SERVFAIL', [], chain, 'CNAME loop');
      chain.push(at.cname);
      name = at.cname;
    }
    return result(asked, type, 'SERVFAIL', [], chain, 'CNAME chain too long');
  }
}

// ---------------------------------------------------------------------------------------------
// stalwart resources/spf/*.yml (line-based; src/spf/verify.rs test spf_verify)

export interface StalwartCheck {
  file: string;
  group: string;
  /** 1-based within the group */
  n: number;
  helo: string;
  sender: string;
  ip: string;
  result: string;
  explanation: string;
  /** the records known when this check runs (the driver's caches live for a whole file) */
  zone: StalwartZone;
}

export interface StalwartZone {
  txt: Map<string, string>;
  a: Map<string, string[]>;
  aaaa: Map<string, string[]>;
  mx: Map<string, string[]>;
  /** keyed by the PTR query name (reverse of the address) */
  ptr: Map<string, string[]>;
}

function cloneZone(z: StalwartZone): StalwartZone {
  return { txt: new Map(z.txt), a: new Map(z.a), aaaa: new Map(z.aaaa), mx: new Map(z.mx), ptr: new Map(z.ptr) };
}

function splitFirst(s: string): [string, string] {
  const t = s.trim();
  const sp = t.indexOf(' ');
  return sp < 0 ? [t, ''] : [t.slice(0, sp), t.slice(sp + 1)];
}

function list(s: string): string[] {
  return s.split(',').map((x) => x.trim()).filter((x) => x !== '');
}

/** Parses one stalwart spf/*.yml file into checks, each with a snapshot of the zone. */
export function parseStalwart(file: string, text: string): StalwartCheck[] {
  const zone: StalwartZone = { txt: new Map(), a: new Map(), aaaa: new Map(), mx: new Map(), ptr: new Map() };
  const out: StalwartCheck[] = [];
  for (const doc of text.split('---\n')) {
    let group = '';
    let n = 0;
    let helo = '';
    let sender = '';
    let ip = '127.0.0.1';
    for (const raw of doc.split('\n')) {
      let line = raw.trim();
      if (line.startsWith('-')) line = line.slice(1).trim();
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const key = line.slice(0, colon);
      const value = line.slice(colon + 1);
      switch (key) {
        case 'name': group = value.trim(); n = 0; break;
        case 'spf':
        case 'exp': {
          const [name, record] = splitFirst(value);
          zone.txt.set(normName(name), record.trim());
          break;
        }
        case 'a':
        case 'aaaa': {
          const [name, ips] = splitFirst(value);
          zone[key].set(normName(name), list(ips));
          break;
        }
        case 'ptr': {
          const [addr, names] = splitFirst(value);
          const parsed = parseClientIp(addr);
          if (!parsed) throw new Error(`${file}: bad ptr address ${addr}`);
          zone.ptr.set(parsed.reverseName, list(names).map(normName));
          break;
        }
        case 'mx': {
          const [name, ips] = splitFirst(value);
          const hosts: string[] = [];
          list(ips).forEach((addr, pos) => {
            const host = `mx.${addr}.${pos}`.toLowerCase();
            (addr.includes(':') ? zone.aaaa : zone.a).set(host, [addr]);
            hosts.push(host);
          });
          zone.mx.set(normName(name), hosts);
          break;
        }
        case 'domain': helo = value.trim(); break;
        case 'sender': sender = value.trim(); break;
        case 'ip': ip = value.trim(); break;
        case 'expect': {
          const [result, explanation] = splitFirst(value);
          n++;
          out.push({ file, group, n, helo, sender, ip, result, explanation: explanation.trim(), zone: cloneZone(zone) });
          break;
        }
        default:
          break;
      }
    }
  }
  return out;
}

/**
 * A Resolver over a stalwart zone. As in the driver's mock resolver, a name that is not listed
 * is NXDOMAIN, and a name containing "_dns_error." is a DNS failure (src/common/resolver.rs
 * mock_resolve; the suite's temperror cases depend on it).
 */
export class StalwartResolver implements Resolver {
  constructor(private readonly zone: StalwartZone) {}

  async query(qname: string, type: RRType): Promise<DnsResult> {
    const name = normName(qname);
    const rec = (data: string, extra: Partial<DnsRecord> = {}): DnsRecord => ({ name, type, ttl: 300, data, ...extra });
    let answers: DnsRecord[] | undefined;
    switch (type) {
      case 'TXT': {
        const t = this.zone.txt.get(name);
        if (t !== undefined) answers = [rec(t, { strings: [t] })];
        break;
      }
      case 'A':
      case 'AAAA': {
        const ips = this.zone[type === 'A' ? 'a' : 'aaaa'].get(name);
        if (ips) answers = ips.map((ip) => rec(ip));
        break;
      }
      case 'MX': {
        const hosts = this.zone.mx.get(name);
        if (hosts) answers = hosts.map((h, i) => rec(`${i + 1} ${h}`, { priority: i + 1, exchange: h }));
        break;
      }
      case 'PTR': {
        const names = this.zone.ptr.get(name);
        if (names) answers = names.map((n) => rec(n));
        break;
      }
      default:
        break;
    }
    if (answers) return result(name, type, 'NOERROR', answers);
    if (`${name}.`.includes('_dns_error.')) return result(name, type, 'SERVFAIL', [], [], 'server failure');
    return result(name, type, 'NXDOMAIN');
  }
}

// ---------------------------------------------------------------------------------------------
// Small zones for unit tests

export interface CountingResolver extends Resolver {
  count: number;
  log: string[];
}

/** Zone data (src/lib/dns/zone.ts format) from TXT texts plus other records. */
export function zoneData(txt: Record<string, string | string[]>, extra: Zone = {}): Zone {
  const zone: Zone = {};
  // long records are split into 255-character strings, as a DNS server must
  for (const [name, v] of Object.entries(txt)) zone[name] = { TXT: (Array.isArray(v) ? v : [v]).map((s) => s.match(/[^]{1,255}/g) ?? ['']) };
  for (const [name, e] of Object.entries(extra)) zone[name] = { ...(zone[name] ?? {}), ...e };
  return zone;
}

/** A ZoneResolver that records every query; `txt` maps a name to its TXT records. */
export function zoneOf(txt: Record<string, string | string[]>, extra: Zone = {}): CountingResolver {
  const inner = new ZoneResolver(zoneData(txt, extra));
  const r: CountingResolver = {
    count: 0,
    log: [],
    async query(name: string, type: RRType) {
      r.count++;
      r.log.push(`${type} ${normName(name)}`);
      return inner.query(name, type);
    },
  };
  return r;
}

/** The 15-lookup case of the issue: 5 includes, each with two a: terms, then -all. */
export function fifteenLookupZone(): { txt: Record<string, string>; extra: Zone } {
  const txt: Record<string, string> = {
    'fifteen.example': `v=spf1 ${[1, 2, 3, 4, 5].map((k) => `include:_s${k}.fifteen.example`).join(' ')} -all`,
  };
  const extra: Zone = {};
  for (let k = 1; k <= 5; k++) {
    txt[`_s${k}.fifteen.example`] = `v=spf1 a:h${k}a.fifteen.example a:h${k}b.fifteen.example ~all`;
    extra[`h${k}a.fifteen.example`] = { A: [`198.51.100.${k}1`] };
    extra[`h${k}b.fifteen.example`] = { A: [`198.51.100.${k}2`] };
  }
  return { txt, extra };
}
