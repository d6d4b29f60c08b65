// SPF over 10 DNS lookups (RFC 7208 4.6.4) → a record within 10, built from what DNS publishes
// now, in this order: the same term twice kept once; an include dropped when another include
// already reaches it; `a`/`mx` of the own domain replaced by their current addresses; and only as
// a last resort an include flattened into the ip4/ip6 ranges its tree publishes (the owner's own
// includes first, then the largest). Every count is our own lint's (lintSpf) over the proposal
// served in place of the current record, so the number said is the number a receiver will count.
// Also the facts the (sync) planner needs about a domain's SPF: merged, corrected, reduced.
import ipaddr from 'ipaddr.js';
import { normName, type DnsRecord, type DnsResult, type Resolver } from '../dns/types.ts';
import { lintSpf } from '../spf/lint.ts';
import { isSpfRecordText, parseSpfRecord } from '../spf/parse.ts';
import type { SpfLint, SpfLintNode, SpfMechanism } from '../spf/types.ts';
import { orgDomainOf } from './names.ts';
import { mergeSpfRecords } from './spf-merge.ts';
import { repairSpf, type SpfChange, type SpfRepair } from './spf-repair.ts';

export const LIMIT = 10;
const MAX_DEPTH = 10;
const MAX_NETWORKS = 250;
const MAX_MX = 10;
const MAX_ROUNDS = 30;

export interface SpfLimitProposal {
  domain: string;
  /** the record the proposal starts from (the published one, or the merged / corrected one) */
  base: string;
  baseWorstCase: number;
  /** false: the base is within 10 already */
  needed: boolean;
  /** the record within 10 lookups; null when not needed or none could be built */
  record: string | null;
  /** worst-case lookups of `record` (of `base` when record is null), by our own lint */
  worstCase: number;
  steps: SpfChange[];
  /** the include domains flattened into addresses (stale when their owners change them) */
  flattened: string[];
}

/** What the planner needs about the SPF of one domain. */
export interface SpfFacts {
  domain: string;
  /** the v=spf1 records published there */
  records: string[];
  worstCaseLookups: number;
  /** several records merged into one */
  merge?: { merged: string; notes: SpfChange[]; worstCase: number };
  /** a syntax error: the corrected record, or what is wrong */
  repair?: SpfRepair;
  /** over 10 lookups: a record within 10 */
  limit?: SpfLimitProposal;
}

/** The resolver with `record` as the only SPF record at `domain` (other TXT records kept). */
export function withSpfRecord(resolver: Resolver, domain: string, record: string): Resolver {
  const at = normName(domain);
  return {
    async query(name, type) {
      if (normName(name) !== at || type !== 'TXT') return resolver.query(name, type);
      const r: DnsResult = await resolver.query(name, type);
      const kept = (r.answers ?? []).filter((a) => !(a.type === 'TXT' && isSpfRecordText(a.data)));
      const strings = record.match(/.{1,255}/g) ?? [''];
      const rec: DnsRecord = { name: at, type: 'TXT', ttl: 300, data: record, strings };
      return { ...r, status: 'NOERROR', answers: [...kept, rec], error: undefined } as DnsResult;
    },
  };
}

/** Worst-case lookups of `record` published at `domain`, by our lint. */
export async function worstCaseOf(domain: string, record: string, resolver: Resolver): Promise<number> {
  const lint = await lintSpf(domain, withSpfRecord(resolver, domain, record));
  return lint.worstCaseLookups;
}

function terms(record: string): string[] {
  return record.trim().split(/ +/).slice(1);
}

function mech(term: string): SpfMechanism | null {
  const p = parseSpfRecord(`v=spf1 ${term}`);
  const t = p.terms[0];
  return p.ok && t && t.type === 'mechanism' ? t : null;
}

function includeTarget(term: string): string | null {
  const m = mech(term);
  if (!m || m.kind !== 'include' || m.qualifier !== '+' || !m.domainSpec || m.domainSpec.hasMacros) return null;
  return normName(m.domainSpec.source);
}

/** Domains reached from `node` through '+' includes whose records hold only '+' mechanisms (and `all`). */
function plainReach(node: SpfLintNode | null, depth = 0, out = new Set<string>()): Set<string> | null {
  if (!node || !node.record || depth > MAX_DEPTH) return out;
  const parsed = parseSpfRecord(node.record);
  if (!parsed.ok || parsed.mechanisms.some((m) => m.kind !== 'all' && m.qualifier !== '+')) return null;
  for (const c of node.children) {
    const target = includeTarget(c.term);
    if (!target || !c.node) continue;
    out.add(target);
    if (plainReach(c.node, depth + 1, out) === null) return null;
  }
  return out;
}

async function addresses(name: string, resolver: Resolver, c4: number | undefined, c6: number | undefined): Promise<string[] | null> {
  const out: string[] = [];
  for (const type of ['A', 'AAAA'] as const) {
    const r = await resolver.query(name, type);
    if (r.status !== 'NOERROR' && r.status !== 'NXDOMAIN') return null;
    for (const a of r.answers ?? []) {
      if (a.type !== type) continue;
      try {
        if (type === 'A') {
          const c = c4 ?? 32;
          out.push(c === 32 ? `ip4:${a.data}` : `ip4:${ipaddr.IPv4.networkAddressFromCIDR(`${a.data}/${c}`).toString()}/${c}`);
        } else {
          const c = c6 ?? 128;
          out.push(c === 128 ? `ip6:${ipaddr.parse(a.data).toString()}` : `ip6:${ipaddr.IPv6.networkAddressFromCIDR(`${a.data}/${c}`).toString()}/${c}`);
        }
      } catch {
        return null;
      }
    }
  }
  return out;
}

/** The addresses an `a` or `mx` term of `target` matches now, as ip4/ip6 terms; null on DNS trouble. */
async function hostTerms(m: SpfMechanism, target: string, resolver: Resolver): Promise<string[] | null> {
  if (m.kind === 'a') return addresses(target, resolver, m.ip4Cidr, m.ip6Cidr);
  const r = await resolver.query(target, 'MX');
  if (r.status !== 'NOERROR' && r.status !== 'NXDOMAIN') return null;
  const out: string[] = [];
  const mxs = (r.answers ?? []).filter((a) => a.type === 'MX');
  if (mxs.length > MAX_MX) return null;
  for (const a of mxs) {
    const ex = normName(a.exchange ?? a.data.replace(/^\d+\s+/, ''));
    const got = await addresses(ex, resolver, m.ip4Cidr, m.ip6Cidr);
    if (!got) return null;
    out.push(...got);
  }
  return out;
}

/** The ip4/ip6 terms an include of `domain` passes for now; null when that cannot be said by addresses alone. */
async function passRanges(domain: string, resolver: Resolver, depth = 0, acc: string[] = []): Promise<string[] | null> {
  if (depth > MAX_DEPTH) return null;
  const r = await resolver.query(domain, 'TXT');
  if (r.status !== 'NOERROR') return null;
  const spfs = (r.answers ?? []).filter((a) => a.type === 'TXT' && isSpfRecordText(a.data));
  if (spfs.length !== 1) return null;
  const parsed = parseSpfRecord(spfs[0]!.data);
  if (!parsed.ok) return null;
  let ended = false;
  for (const t of parsed.terms) {
    if (t.type !== 'mechanism') continue;
    if (t.kind === 'all') {
      if (t.qualifier === '+') return null;
      ended = true;
      break;
    }
    if (t.qualifier !== '+') return null;
    if (t.kind === 'ip4' || t.kind === 'ip6') {
      acc.push(t.source.replace(/^\+/, '').replace(/^ip([46])/i, 'ip$1'));
    } else if (t.kind === 'include') {
      if (!t.domainSpec || t.domainSpec.hasMacros) return null;
      if ((await passRanges(normName(t.domainSpec.source), resolver, depth + 1, acc)) === null) return null;
    } else if (t.kind === 'a' || t.kind === 'mx') {
      if (t.domainSpec?.hasMacros) return null;
      const got = await hostTerms(t, t.domainSpec ? normName(t.domainSpec.source) : domain, resolver);
      if (!got) return null;
      acc.push(...got);
    } else return null; // ptr, exists: not expressible as addresses
    if (acc.length > MAX_NETWORKS) return null;
  }
  if (!ended && parsed.redirect) {
    if (parsed.redirect.value.hasMacros) return null;
    return passRanges(normName(parsed.redirect.value.source), resolver, depth + 1, acc);
  }
  return acc;
}

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((t) => {
    const k = t.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export async function proposeSpfWithinLimit(domainIn: string, base: string, resolver: Resolver): Promise<SpfLimitProposal> {
  const domain = normName(domainIn);
  const baseWorstCase = await worstCaseOf(domain, base, resolver);
  const out: SpfLimitProposal = { domain, base, baseWorstCase, needed: baseWorstCase > LIMIT, record: null, worstCase: baseWorstCase, steps: [], flattened: [] };
  if (!out.needed || !parseSpfRecord(base).ok) return out;
  const steps: SpfChange[] = [];
  let list = terms(base);
  const count = () => worstCaseOf(domain, ['v=spf1', ...list].join(' '), resolver);

  // 1. the same term twice
  const seen = new Set<string>();
  list = list.filter((t) => {
    const k = t.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      return true;
    }
    steps.push({ code: 'advice.spf.limit.step.duplicate', params: { term: t } });
    return false;
  });

  // 2. an include another include already reaches
  const lints = new Map<string, SpfLint>();
  const lintOf = async (d: string) => {
    let l = lints.get(d);
    if (!l) {
      l = await lintSpf(d, resolver);
      lints.set(d, l);
    }
    return l;
  };
  const tops = list.map(includeTarget);
  const reach = new Map<string, Set<string> | null>();
  for (const d of tops) if (d && !reach.has(d)) reach.set(d, plainReach((await lintOf(d)).tree));
  const dropped = new Set<number>();
  tops.forEach((d, i) => {
    if (!d) return;
    for (const [other, set] of reach) {
      if (other === d || !set || !set.has(d)) continue;
      if (dropped.has(tops.indexOf(other))) continue;
      if (reach.get(d)?.has(other)) continue; // a loop: leave both
      steps.push({ code: 'advice.spf.limit.step.nested', params: { term: list[i]!, via: `include:${other}` } });
      dropped.add(i);
      return;
    }
  });
  list = list.filter((_, i) => !dropped.has(i));
  let worst = await count();

  // 3. a / mx of the own domain → its addresses now
  if (worst > LIMIT) {
    const next: string[] = [];
    for (const t of list) {
      const m = mech(t);
      const own = m && (m.kind === 'a' || m.kind === 'mx') && m.qualifier === '+' && (!m.domainSpec || (!m.domainSpec.hasMacros && normName(m.domainSpec.source) === domain));
      if (!own) {
        next.push(t);
        continue;
      }
      const got = await hostTerms(m!, domain, resolver);
      if (!got) {
        next.push(t);
        continue;
      }
      steps.push({ code: 'advice.spf.limit.step.own-hosts', params: { term: t, now: got.length ? got.join(' ') : '—' } });
      next.push(...got);
    }
    list = dedupe(next);
    worst = await count();
  }

  // 4. last resort: flatten includes, the owner's own first, then the largest
  if (worst > LIMIT) {
    const org = orgDomainOf(domain);
    const cands: { term: string; target: string; cost: number; own: boolean }[] = [];
    for (const t of list) {
      const target = includeTarget(t);
      if (!target) continue;
      const cost = 1 + (await lintOf(target)).worstCaseLookups;
      cands.push({ term: t, target, cost, own: orgDomainOf(target) === org });
    }
    cands.sort((a, b) => Number(b.own) - Number(a.own) || b.cost - a.cost);
    let rounds = 0;
    for (const c of cands) {
      if (worst <= LIMIT || rounds++ > MAX_ROUNDS) break;
      const ranges = await passRanges(c.target, resolver);
      if (!ranges) continue;
      const at = list.findIndex((t) => t === c.term);
      if (at < 0) continue;
      list = dedupe([...list.slice(0, at), ...ranges, ...list.slice(at + 1)]);
      steps.push({ code: 'advice.spf.limit.step.flattened', params: { term: c.term, count: ranges.length } });
      if (!c.own) out.flattened.push(c.target);
      worst = await count();
    }
  }
  const record = ['v=spf1', ...list].join(' ');
  if (worst <= LIMIT && parseSpfRecord(record).ok) {
    out.record = record;
    out.worstCase = worst;
    out.steps = steps;
  }
  return out;
}

/** The SPF facts of a linted domain: merged (several records), corrected (a syntax error), reduced (over 10). */
export async function spfFactsOf(lint: SpfLint | null, resolver: Resolver): Promise<SpfFacts | null> {
  if (!lint || !lint.domain) return null;
  const records = lint.records ?? [];
  const facts: SpfFacts = { domain: normName(lint.domain), records, worstCaseLookups: lint.worstCaseLookups };
  if (!records.length) return facts;
  let base = records[0]!;
  if (records.length > 1) {
    const m = mergeSpfRecords(records);
    base = m.merged;
    facts.merge = { merged: m.merged, notes: m.notes, worstCase: 0 };
  }
  const repair = repairSpf(base);
  if (!repair.valid) {
    facts.repair = repair;
    if (!repair.corrected) return facts;
    base = repair.corrected;
  }
  // nothing to merge, correct or reduce: no more queries
  if (!facts.merge && !facts.repair && !(lint.worstCaseLookups > LIMIT)) return facts;
  const limit = await proposeSpfWithinLimit(facts.domain, base, resolver);
  if (facts.merge) facts.merge.worstCase = limit.baseWorstCase;
  if (limit.needed) facts.limit = limit;
  return facts;
}
