// SPF lint: what is wrong with a domain's SPF setup whatever the client address (RFC 7208).
// Walks the include/redirect tree once, bounded in depth, records and DNS queries, so a
// hostile or broken record can never make it hang.
import { rfc, type Problem, type Severity } from '../types.ts';
import { isVoid, type DnsResult, type Resolver } from '../dns/types.ts';
import { MAX_DNS_TERMS, MAX_MX_HOSTS, MAX_VOID_LOOKUPS } from './check.ts';
import { SpfDns, isDnsError } from './lookup.ts';
import { domainProblem } from './names.ts';
import { idnaToAscii } from '../domain/names.ts';
import { isSpfRecordText, parseSpfRecord } from './parse.ts';
import { translator, type TextLang, type Tr } from '../i18n/tr.ts';
import type { MacroString, ParsedSpfRecord, SpfDnsQuery, SpfLint, SpfLintNode, SpfMechanism } from './types.ts';

/** Records fetched at most (the tree of a sane domain has a handful). */
export const LINT_MAX_RECORDS = 40;
/** Include/redirect nesting followed at most. */
export const LINT_MAX_DEPTH = 12;
/** DNS queries at most over the whole lint. */
export const LINT_MAX_QUERIES = 250;
/** RFC 1035 4.2.1: DNS messages over UDP without EDNS carry at most 512 bytes. */
export const UDP_LIMIT = 512;
/** Above this many bytes of TXT answer, warn that the 512-byte limit is close. */
export const UDP_NEAR = 450;

const DNS_TERMS = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

interface Walk {
  /** the language of the problems */
  tr: Tr;
  dns: SpfDns;
  problems: Problem[];
  /**
   * domain → finished analysis (a sub-tree reached twice is fetched once). Includes are walked
   * depth-first one at a time, so a domain still being analysed is always on the current path,
   * where the loop check finds it: no promise can ever wait on itself.
   */
  memo: Map<string, Sub>;
  records: number;
  truncated: boolean;
}

/** The analysis of one domain's record and everything below it. */
interface Sub {
  node: SpfLintNode | null;
  /** worst-case void lookups for an IPv4 client and for an IPv6 client */
  void4: number;
  void6: number;
  /** the record was found (include/redirect of a domain without one is permerror) */
  found: 'ok' | 'none' | 'error' | 'invalid';
}

type Context = { role: 'top' | 'include' | 'redirect'; via: string[] };

/**
 * Lints the SPF record of `domain`. Never throws; DNS failures become problems. The worst case
 * counts every DNS-querying term on the path where nothing matches (evaluation stops at the first
 * match, so real evaluations may use fewer); an include/redirect loop makes it Infinity.
 */
export async function lintSpf(domain: string, resolver: Resolver, opts: { lang?: TextLang } = {}): Promise<SpfLint> {
  const tr = translator(opts.lang);
  const walk: Walk = { tr, dns: new SpfDns(resolver, LINT_MAX_QUERIES, tr), problems: [], memo: new Map(), records: 0, truncated: false };
  const input = typeof domain === 'string' ? domain.trim().replace(/\.$/, '') : '';
  const out: SpfLint = { domain: input, record: null, records: [], worstCaseLookups: 0, voidLookups: 0, tree: null, problems: walk.problems, queries: [] };
  const ascii = idnaToAscii(input);
  const bad = ascii === null ? tr('spf.domain.invalid', { name: input }) : domainProblem(ascii, tr);
  if (bad || ascii === null) {
    add(walk, 'spf-lint-invalid-domain', 'error', tr('spf.lint.invalid-domain', { why: bad ?? '' }), input, '4.3');
    return finish(out, walk);
  }
  const name = ascii.toLowerCase();
  out.domain = name;

  try {
    // the apex TXT set: all v=spf1 records (analyze.ts shows them), and its size; the SPF-type
    // query does not depend on it, so both are asked at once
    const records = walk.dns.query(name, 'TXT').then((txt) => (txt.result && !isDnsError(txt.result) ? spfTexts(txt.result) : []));
    const rrType = checkSpfRrType(walk, name, records);
    out.records = await records;
    const [sub] = await Promise.all([analyse(walk, name, 0, { role: 'top', via: [] }), rrType]);
    apexTxtFirst(walk.dns.log, name);
    out.tree = sub.node;
    out.record = sub.node?.record ?? null;
    out.worstCaseLookups = sub.node?.worstCaseLookups ?? 0;
    out.voidLookups = Math.max(sub.void4, sub.void6);
    if (sub.found === 'none') {
      const message = tr('spf.lint.no-record', { domain: name });
      add(walk, 'spf-lint-no-record', 'warning', message, name, '4.5');
    }
  } catch (e) {
    // defensive: everything above handles its own failures
    const why = e instanceof Error ? e.message : String(e);
    add(walk, 'spf-lint-internal', 'error', tr('spf.lint.internal', { why }), name);
  }

  if (out.worstCaseLookups === Infinity) {
    // the loop itself is reported where it was found
  } else if (out.worstCaseLookups > MAX_DNS_TERMS) {
    add(walk, 'spf-lint-lookup-limit', 'warning',
      tr('spf.lint.lookup-limit', { domain: name, lookups: out.worstCaseLookups, more: walk.truncated ? tr('spf.lint.or-more') : '', limit: MAX_DNS_TERMS }),
      name, '4.6.4', { lookups: out.worstCaseLookups, limit: MAX_DNS_TERMS });
  }
  if (out.voidLookups > MAX_VOID_LOOKUPS) {
    add(walk, 'spf-lint-void-limit', 'error',
      tr('spf.lint.void-limit', { domain: name, voids: out.voidLookups, limit: MAX_VOID_LOOKUPS }),
      name, '4.6.4', { voids: out.voidLookups, limit: MAX_VOID_LOOKUPS });
  }
  if (walk.truncated) {
    add(walk, 'spf-lint-truncated', 'info',
      tr('spf.lint.truncated', { domain: name, records: LINT_MAX_RECORDS, depth: LINT_MAX_DEPTH, queries: LINT_MAX_QUERIES }),
      name);
  }
  return finish(out, walk);
}

/** The log lists answers as they come: keep the apex TXT query before the SPF-type one asked beside it. */
function apexTxtFirst(log: SpfDnsQuery[], name: string): void {
  const spf = log.findIndex((q) => q.type === 'SPF' && q.name === name);
  const txt = log.findIndex((q) => q.type === 'TXT' && q.name === name);
  if (spf >= 0 && txt > spf) log.splice(txt, 0, ...log.splice(spf, 1)); // after the removal TXT sits at txt - 1
}

function finish(out: SpfLint, walk: Walk): SpfLint {
  const seen = new Set<string>();
  out.problems = walk.problems.filter((p) => {
    const key = `${p.code}\u0000${p.subject ?? ''}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  out.queries = walk.dns.log.map(({ name, type, status }) => ({ name, type, status }));
  return out;
}

function add(walk: Walk, code: string, severity: Severity, message: string, subject?: string, section?: string, params?: Record<string, string | number>): void {
  const p: Problem = { code, severity, message };
  if (subject) p.subject = subject;
  const all: Record<string, string | number> = { ...(params ?? {}) };
  if (section) {
    all.rfc = `RFC 7208 ${section}`;
    all.url = rfc(7208, section).url;
  }
  if (Object.keys(all).length) p.params = all;
  walk.problems.push(p);
}

function spfTexts(r: DnsResult): string[] {
  return r.answers.map((a) => (typeof a.data === 'string' ? a.data : '')).filter(isSpfRecordText);
}

// ---------------------------------------------------------------------------------------------

async function analyse(walk: Walk, domain: string, depth: number, ctx: Context): Promise<Sub> {
  const done = walk.memo.get(domain);
  if (done) return done;
  const sub = await analyseOnce(walk, domain, depth, ctx);
  walk.memo.set(domain, sub);
  return sub;
}

async function analyseOnce(walk: Walk, domain: string, depth: number, ctx: Context): Promise<Sub> {
  const tr = walk.tr;
  const where = ctx.via.length ? tr('spf.lint.via', { path: ctx.via.join(' → ') }) : '';
  walk.records++;
  const q = await walk.dns.query(domain, 'TXT');
  if (!q.result) {
    walk.truncated = true;
    return { node: null, void4: 0, void6: 0, found: 'error' };
  }
  if (isDnsError(q.result)) {
    const st = q.result.status;
    add(walk, 'spf-lint-dns-error', 'warning', tr('spf.lint.dns-error', { domain, where, status: st }), domain, '4.4');
    return { node: null, void4: 0, void6: 0, found: 'error' };
  }
  const texts = spfTexts(q.result);
  if (texts.length === 0) return { node: null, void4: 0, void6: 0, found: 'none' };
  if (texts.length > 1) {
    add(walk, 'spf-lint-multiple-records', 'error',
      tr('spf.lint.multiple-records', { domain, where, count: texts.length }),
      domain, '4.5', { count: texts.length });
  }
  checkUdpSize(walk, domain, q.result);
  const record = texts[0]!;
  const parsed = parseSpfRecord(record, tr);
  for (const p of parsed.problems) {
    add(walk, 'spf-lint-syntax', 'error', tr('spf.lint.syntax', { domain, where, problem: p.message }), p.subject ?? domain, '4.6');
  }

  if (q.result.answers.some((a) => a.strings?.some((x) => x.length > 255))) {
    // cannot come over real DNS (a character-string holds at most 255 bytes); zone data may try
    add(
      walk,
      'spf-lint-long-string',
      'warning',
      tr('spf.lint.long-string', { domain }),
      domain,
      '3.3',
    );
  }

  const node: SpfLintNode = { domain, record, ownLookups: 0, worstCaseLookups: 0, children: [] };
  const sub: Sub = { node, void4: 0, void6: 0, found: parsed.ok ? 'ok' : 'invalid' };
  checkQualifiers(walk, domain, parsed, ctx, where);

  const hasAll = parsed.mechanisms.some((m) => m.kind === 'all');
  const dnsTerms = parsed.mechanisms.filter((m) => DNS_TERMS.has(m.kind));
  node.ownLookups = dnsTerms.length + (parsed.redirect && !hasAll ? 1 : 0);
  if (parsed.redirect && hasAll) {
    const r = parsed.redirect.source;
    add(walk, 'spf-lint-redirect-ignored', 'info', tr('spf.lint.redirect-ignored', { domain, term: r }), r, '6.1');
  }

  // a/mx/exists targets concurrently; includes and the redirect depth-first, in record order
  type Part = { lookups: number; void4: number; void6: number; child?: { term: string; node: SpfLintNode | null } };
  const parts: Part[] = await Promise.all(parsed.mechanisms.filter((m) => m.kind !== 'include').map((m) => lintMechanism(walk, m, domain, where)));
  for (const m of parsed.mechanisms) {
    if (m.kind === 'include') parts.push(await lintInclude(walk, m.domainSpec!, m.source, domain, depth, ctx, where, 'include'));
  }
  if (parsed.redirect && !hasAll) parts.push(await lintInclude(walk, parsed.redirect.value, parsed.redirect.source, domain, depth, ctx, where, 'redirect'));
  let worst = node.ownLookups;
  for (const p of parts) {
    worst += p.lookups;
    sub.void4 += p.void4;
    sub.void6 += p.void6;
    if (p.child) node.children.push(p.child);
  }
  node.worstCaseLookups = worst;
  return sub;
}

function checkQualifiers(walk: Walk, domain: string, parsed: ParsedSpfRecord, ctx: Context, where: string): void {
  const tr = walk.tr;
  for (const m of parsed.mechanisms) {
    if (m.kind === 'all' && m.qualifier === '+') {
      const scope =
        ctx.role === 'include' ? tr('spf.lint.pass-all.included', { domain }) : '';
      add(
        walk,
        'spf-lint-pass-all',
        'error',
        tr('spf.lint.pass-all', { domain, where, term: m.source, scope }),
        m.source,
        '5.1',
      );
    }
    if (m.kind === 'all' && m.qualifier === '?' && ctx.role !== 'include') {
      add(
        walk,
        'spf-lint-neutral-all',
        'warning',
        tr('spf.lint.neutral-all', { domain, where, term: m.source }),
        m.source,
        '5.1',
      );
    }
    if (m.kind === 'ptr') {
      add(
        walk,
        'spf-lint-ptr',
        'warning',
        tr('spf.lint.ptr', { domain, where, term: m.source }),
        m.source,
        '5.5',
      );
    }
  }
}

/** a / mx / exists: look at the target (when it has no macros) for void lookups and MX size. */
async function lintMechanism(walk: Walk, m: SpfMechanism, domain: string, where: string): Promise<{ lookups: number; void4: number; void6: number }> {
  const none = { lookups: 0, void4: 0, void6: 0 };
  switch (m.kind) {
    case 'a': {
      const target = staticTarget(m.domainSpec, domain);
      if (!target) return none;
      const [a, aaaa] = await Promise.all([walk.dns.query(target, 'A'), walk.dns.query(target, 'AAAA')]);
      const v4 = !!a.result && isVoid(a.result);
      const v6 = !!aaaa.result && isVoid(aaaa.result);
      if (v4 && v6) {
        const message = walk.tr('spf.lint.void-a', { domain, where, term: m.source, target });
        add(walk, 'spf-lint-void', 'warning', message, m.source, '4.6.4');
      }
      return { lookups: 0, void4: v4 ? 1 : 0, void6: v6 ? 1 : 0 };
    }
    case 'mx': {
      const target = staticTarget(m.domainSpec, domain);
      if (!target) return none;
      const mx = await walk.dns.query(target, 'MX');
      if (!mx.result || isDnsError(mx.result)) return none;
      if (isVoid(mx.result)) {
        const message = walk.tr('spf.lint.void-mx', { domain, where, term: m.source, target });
        add(walk, 'spf-lint-void', 'warning', message, m.source, '4.6.4');
        return { lookups: 0, void4: 1, void6: 1 };
      }
      const hosts = mx.result.answers.filter((r) => (r.exchange ?? r.data.split(' ').pop() ?? '').replace(/\.$/, '') !== '');
      if (hosts.length > MAX_MX_HOSTS) {
        add(walk, 'spf-lint-mx-limit', 'warning',
          walk.tr('spf.lint.mx-limit', { domain, where, term: m.source, target, hosts: hosts.length, limit: MAX_MX_HOSTS }),
          m.source, '4.6.4', { hosts: hosts.length, limit: MAX_MX_HOSTS });
      }
      return none;
    }
    case 'exists': {
      const target = staticTarget(m.domainSpec, domain);
      if (!target) return none;
      const a = await walk.dns.query(target, 'A');
      const v = !!a.result && isVoid(a.result);
      return { lookups: 0, void4: v ? 1 : 0, void6: v ? 1 : 0 };
    }
    default:
      return none;
  }
}

async function lintInclude(
  walk: Walk, spec: MacroString, source: string, domain: string, depth: number, ctx: Context, where: string, role: 'include' | 'redirect',
): Promise<{ lookups: number; void4: number; void6: number; child: { term: string; node: SpfLintNode | null } }> {
  const target = staticTarget(spec, domain);
  const child = { term: source, node: null as SpfLintNode | null };
  if (!target) {
    const message = walk.tr('spf.lint.macro-target', { domain, term: source });
    add(walk, 'spf-lint-macro-target', 'info', message, source, '7');
    return { lookups: 0, void4: 0, void6: 0, child };
  }
  const tr = walk.tr;
  const bad = domainProblem(target, tr);
  if (bad) {
    const message = tr('spf.lint.bad-target', { domain, where, term: source, why: bad, role });
    add(walk, `spf-lint-${role}-none`, 'error', message, source, role === 'include' ? '5.2' : '6.1');
    return { lookups: 0, void4: 0, void6: 0, child };
  }
  const path = [...ctx.via, domain];
  if (path.includes(target)) {
    add(walk, 'spf-lint-loop', 'error',
      tr('spf.lint.loop', { role, path: [...path, target].join(' → '), limit: MAX_DNS_TERMS, term: source }),
      source, '4.6.4');
    return { lookups: Infinity, void4: 0, void6: 0, child };
  }
  if (depth + 1 > LINT_MAX_DEPTH || (walk.records >= LINT_MAX_RECORDS && !walk.memo.has(target)) || walk.dns.capReached) {
    walk.truncated = true;
    return { lookups: 0, void4: 0, void6: 0, child };
  }
  const sub = await analyse(walk, target, depth + 1, { role, via: path });
  child.node = sub.node;
  if (sub.found === 'none') {
    add(walk, `spf-lint-${role}-none`, 'error',
      tr('spf.lint.target-none', { domain, where, term: source, target, role }),
      source, role === 'include' ? '5.2' : '6.1');
  }
  return { lookups: sub.node?.worstCaseLookups ?? 0, void4: sub.void4, void6: sub.void6, child };
}

/** The target of a term when it does not depend on the sender or client (no macros). */
function staticTarget(spec: MacroString | undefined, domain: string): string | null {
  if (!spec) return domain;
  if (spec.hasMacros) return null;
  const text = spec.tokens.map((t) => (t.type === 'literal' ? t.text : '')).join('');
  return text.replace(/\.$/, '').toLowerCase();
}

// ---------------------------------------------------------------------------------------------

/** RFC 1035 wire size of the TXT answer, without EDNS: header, question, one RR per record. */
function checkUdpSize(walk: Walk, domain: string, r: DnsResult): void {
  const spf = spfTexts(r);
  if (spf.length === 0) return;
  const nameLen = domain.length + 2;
  let size = 12 + nameLen + 4;
  for (const a of r.answers) {
    const strings = a.strings ?? chunk(a.data);
    size += 2 + 10 + strings.reduce((n, s) => n + utf8Length(s) + 1, 0);
  }
  const longest = Math.max(...spf.map((s) => s.length));
  if (size > UDP_LIMIT) {
    add(walk, 'spf-lint-udp-size', 'warning',
      walk.tr('spf.lint.udp-size', { domain, bytes: size, limit: UDP_LIMIT, length: longest }),
      domain, '3.4', { bytes: size, limit: UDP_LIMIT });
  } else if (size > UDP_NEAR) {
    add(walk, 'spf-lint-udp-near', 'info',
      walk.tr('spf.lint.udp-near', { domain, bytes: size, limit: UDP_LIMIT }),
      domain, '3.4', { bytes: size, limit: UDP_LIMIT });
  }
}

function chunk(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 255) out.push(s.slice(i, i + 255));
  return out.length ? out : [''];
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/**
 * RFC 7208 3.1/14.1: type SPF (99) is deprecated. Skipped quietly when the resolver cannot ask.
 * `txtRecords`: the v=spf1 TXT records of the domain, compared with the SPF-type ones.
 */
async function checkSpfRrType(walk: Walk, domain: string, txtRecords: Promise<string[]>): Promise<void> {
  let r: DnsResult;
  let records: string[];
  try {
    const q = await walk.dns.query(domain, 'SPF');
    records = await txtRecords;
    if (!q.result) return;
    r = q.result;
  } catch {
    return;
  }
  if (r.status !== 'NOERROR') return;
  const texts = r.answers.filter((a) => a.type === 'SPF').map((a) => a.data).filter(isSpfRecordText);
  if (texts.length === 0) return;
  const differs = texts.some((t) => !records.includes(t)) && records.length > 0;
  add(walk, 'spf-lint-spf-rrtype', 'warning',
    walk.tr('spf.lint.spf-rrtype', { domain, differs: differs ? walk.tr('spf.lint.spf-rrtype.differs') : '' }),
    domain, '3.1');
}
