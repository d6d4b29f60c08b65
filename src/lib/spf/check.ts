// check_host() (RFC 7208 sections 4-6) with a step-by-step trace a person can follow.
import { rfc, type Problem, type RuleRef } from '../types.ts';
import { isVoid, type Resolver } from '../dns/types.ts';
import { parseClientIp, addressMatches, inNetwork, describeNetwork, mappedIp4Network, type ClientIp } from './ip.ts';
import { MAX_QUERIES, SpfDns, isDnsError, type Lookup } from './lookup.ts';
import { expandMacroString, parseMacroString, usesLetter, type MacroContext } from './macro.ts';
import { domainProblem, isQueryableName } from './names.ts';
import { idnaToAscii } from '../domain/names.ts';
import { isSpfRecordText, parseSpfRecord, parseTerm } from './parse.ts';
import type {
  MacroString, ParsedSpfRecord, Qualifier, SpfDnsQuery, SpfMechanism, SpfModifier, SpfOptions, SpfRequest,
  SpfResult, SpfResultCode, SpfTermTrace, SpfTraceNode,
} from './types.ts';
import { EN, translator, type Tr } from '../i18n/tr.ts';

export const MAX_DNS_TERMS = 10; // 4.6.4
export const MAX_VOID_LOOKUPS = 2; // 4.6.4
export const MAX_MX_HOSTS = 10; // 4.6.4
export const MAX_PTR_NAMES = 10; // 4.6.4
/** Nesting guard; the 10-term limit already stops loops long before this. */
export const MAX_DEPTH = 20;
const MAX_INPUT = 1024;

const QUALIFIER_RESULT: Record<Qualifier, SpfResultCode> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };

/** Ends evaluation with permerror/temperror; caught inside check_host, never escapes the API. */
class Abort {
  /** what the failing term had looked at, for its trace */
  queries: SpfDnsQuery[] = [];
  child?: SpfTraceNode;
  target?: string;
  constructor(
    readonly result: 'permerror' | 'temperror',
    readonly reason: string,
    readonly rule: RuleRef,
  ) {}

  with(extra: { queries?: SpfDnsQuery[]; child?: SpfTraceNode; target?: string }): this {
    if (extra.queries) this.queries = extra.queries;
    this.child = extra.child;
    this.target = extra.target;
    return this;
  }
}

interface State {
  /** the language of notes and problems (never of the explanation) */
  tr: Tr;
  dns: SpfDns;
  client: ClientIp;
  macro: Omit<MacroContext, 'domain'>;
  lookups: number;
  voids: number;
  problems: Problem[];
  /** %{p}, computed once per evaluation */
  validated?: Promise<string>;
}

/** The record whose result stands, for exp= (6.2: not from includes; redirect replaces it). */
interface ExpOwner {
  domain: string;
  exp?: SpfModifier;
  trace?: SpfTermTrace;
}

interface HostOutcome {
  result: SpfResultCode;
  node: SpfTraceNode;
  expOwner?: ExpOwner;
}

interface TermOutcome {
  matched: boolean;
  note: string;
  target?: string;
  queries: SpfDnsQuery[];
  child?: SpfTraceNode;
}

// ---------------------------------------------------------------------------------------------
// Public entry

/**
 * Decides the identity (MAIL FROM, or postmaster@<helo> for a null or domain-less sender,
 * RFC 7208 2.3/2.4) and runs check_host(). Never throws.
 */
export async function checkSpf(req: SpfRequest, resolver: Resolver, opts: SpfOptions = {}): Promise<SpfResult> {
  const tr = translator(opts.lang);
  const helo = clean(req?.helo);
  const id = identityOf(clean(req?.mailFrom), helo);
  const base: SpfResult = {
    result: 'none', explanation: '', lookups: 0, voidLookups: 0, domain: id.domain, identity: id.identity,
    sender: id.sender, clientIp: clean(req?.ip), summary: '', problems: [], queries: [],
    trace: { domain: id.domain, record: null, recordQuery: null, terms: [], result: 'none', stoppedBecause: '' },
  };
  const client = parseClientIp(base.clientIp);
  if (!client) {
    return stopEarly(base, 'spf-invalid-ip', tr('spf.check.invalid-ip', { ip: base.clientIp }), rfc(7208, '4.1'));
  }
  base.clientIp = client.text;
  const ascii = idnaToAscii(id.domain);
  const bad = ascii === null ? tr('spf.domain.invalid', { name: id.domain }) : domainProblem(ascii, tr);
  if (bad || ascii === null) {
    return stopEarly(base, 'spf-invalid-domain', tr('spf.check.invalid-domain', { why: bad ?? '' }), rfc(7208, '4.3'));
  }
  const domain = ascii.replace(/\.$/, '');
  base.domain = domain;
  const state: State = {
    tr,
    dns: new SpfDns(resolver, MAX_QUERIES, tr),
    client,
    macro: {
      sender: `${id.local}@${domain}`, local: id.local, senderDomain: domain, ipDotted: client.dotted, clientIp: client.text,
      ipVersion: client.version, helo, receiver: clean(req?.receiver) || 'unknown',
      timestamp: Math.floor((Number.isFinite(opts.now) ? opts.now! : Date.now()) / 1000),
    },
    lookups: 0, voids: 0, problems: [],
  };
  base.sender = state.macro.sender;
  try {
    const outcome = await checkHost(state, domain, 0);
    base.result = outcome.result;
    base.trace = outcome.node;
    if (outcome.result === 'fail') base.explanation = await explain(state, outcome.expOwner ?? { domain }, opts.defaultExplanation);
  } catch (e) {
    // defensive: check_host catches its own aborts; anything else is a bug, reported not thrown
    base.result = 'permerror';
    base.trace.result = 'permerror';
    const why = e instanceof Error ? e.message : String(e);
    base.trace.stoppedBecause = tr('spf.check.internal', { why });
    state.problems.push({ code: 'spf-internal', severity: 'error', message: base.trace.stoppedBecause });
  }
  base.lookups = state.lookups;
  base.voidLookups = state.voids;
  base.problems = state.problems;
  base.queries = state.dns.log.map(({ name, type, status }) => ({ name, type, status }));
  base.summary = summarise(base, tr);
  return base;
}

function clean(v: unknown): string {
  return typeof v === 'string' ? v.trim().slice(0, MAX_INPUT) : '';
}

function identityOf(mailFrom: string, helo: string): { identity: 'mailfrom' | 'helo'; local: string; domain: string; sender: string } {
  const addr = mailFrom.replace(/^<(.*)>$/, '$1');
  const at = addr.lastIndexOf('@');
  const domain = at >= 0 ? addr.slice(at + 1) : '';
  if (domain) {
    // 4.3: a sender without a local-part is checked as postmaster@<domain>
    const local = addr.slice(0, at) || 'postmaster';
    return { identity: 'mailfrom', local, domain, sender: `${local}@${domain}` };
  }
  // 2.4: null reverse-path (or no domain): check the HELO identity as postmaster@<helo>
  return { identity: 'helo', local: 'postmaster', domain: helo, sender: `postmaster@${helo}` };
}

function stopEarly(r: SpfResult, code: string, message: string, rule: RuleRef): SpfResult {
  r.problems.push({ code, severity: 'error', message, subject: r.domain });
  r.trace.stoppedBecause = message;
  r.trace.rule = rule;
  r.summary = message;
  return r;
}

// ---------------------------------------------------------------------------------------------
// check_host()

async function checkHost(state: State, domain: string, depth: number): Promise<HostOutcome> {
  const node: SpfTraceNode = { domain, record: null, recordQuery: null, terms: [], result: 'none', stoppedBecause: '' };
  const done = (result: SpfResultCode, why: string, rule?: RuleRef, expOwner?: ExpOwner): HostOutcome => {
    node.result = result;
    node.stoppedBecause = why;
    if (rule) node.rule = rule;
    return { result, node, expOwner };
  };

  const tr = state.tr;
  const found = await fetchRecord(state, domain);
  node.recordQuery = found.query;
  if (found.kind !== 'ok') {
    if (found.kind !== 'none') addProblem(state, found.code, found.reason, domain);
    return done(found.kind, found.kind === 'none' ? found.reason : `${found.kind}: ${found.reason}`, found.rule);
  }
  node.record = found.text;
  const parsed = found.parsed;
  if (!parsed.ok) {
    node.terms = syntaxTrace(found.text, state);
    for (const p of parsed.problems) state.problems.push({ ...p, subject: p.subject ?? domain });
    const first = parsed.problems[0]!;
    return done('permerror', `permerror: ${first.message}`, rfc(7208, '4.6'));
  }

  node.terms = parsed.terms.map((t) => initialTrace(t, tr));
  const expOwner: ExpOwner = { domain, exp: parsed.exp, trace: parsed.exp ? node.terms[parsed.terms.indexOf(parsed.exp)] : undefined };
  let index = 0;
  try {
    for (; index < parsed.terms.length; index++) {
      const term = parsed.terms[index]!;
      if (term.type !== 'mechanism') continue;
      const trace = node.terms[index]!;
      const out = await evalMechanism(state, term, domain, depth);
      fillTrace(trace, state, out, out.matched ? 'matched' : 'no-match');
      if (out.matched) {
        const result = QUALIFIER_RESULT[term.qualifier];
        markUnreached(node, index + 1, parsed, tr);
        return done(result, tr('spf.check.matched', { term: term.source, result }), rfc(7208, '4.6.2'), expOwner);
      }
    }
    if (parsed.redirect) {
      // 6.1: redirect applies only when no mechanism matched
      const trace = node.terms[parsed.terms.indexOf(parsed.redirect)]!;
      const out = await evalRedirect(state, parsed.redirect, domain, depth);
      fillTrace(trace, state, out.term, 'matched');
      return done(out.result, `redirect=${out.term.target} → ${out.result}`, rfc(7208, '6.1'), out.expOwner);
    }
    return done(
      'neutral',
      tr('spf.check.fell-off'),
      rfc(7208, '4.7'),
      expOwner,
    );
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
    // the term being evaluated when the abort happened: a mechanism, or the redirect after them
    const at = parsed.redirect && index >= parsed.terms.length ? parsed.terms.indexOf(parsed.redirect) : index;
    const trace = node.terms[at];
    if (trace) {
      fillTrace(trace, state, { matched: false, note: e.reason, queries: e.queries, target: e.target, child: e.child }, 'error');
      trace.rule = e.rule;
    }
    markUnreached(node, at + 1, parsed, tr);
    return done(e.result, `${e.result}: ${e.reason}`, e.rule);
  }
}

type Found =
  | { kind: 'ok'; text: string; parsed: ParsedSpfRecord; query: SpfDnsQuery }
  | { kind: 'none' | 'temperror' | 'permerror'; reason: string; code: string; rule: RuleRef; query: SpfDnsQuery | null };

/** 4.4 record lookup and 4.5 selection. */
async function fetchRecord(state: State, domain: string): Promise<Found> {
  const tr = state.tr;
  const { result, summary } = await state.dns.query(domain, 'TXT');
  if (!result) return { kind: 'permerror', reason: summary.error ?? queryCap(tr), code: 'spf-query-cap', rule: rfc(7208, '4.6.4'), query: summary };
  if (isDnsError(result)) {
    const st = `${result.status}${result.error ? `: ${result.error}` : ''}`;
    return {
      kind: 'temperror',
      reason: tr('spf.check.record-lookup-failed', { domain, status: st }),
      code: 'spf-dns-error',
      rule: rfc(7208, '4.4'),
      query: summary,
    };
  }
  const records = result.answers.map((a) => (typeof a.data === 'string' ? a.data : '')).filter(isSpfRecordText);
  if (records.length === 0) {
    const why =
      result.status === 'NXDOMAIN'
        ? tr('spf.check.nxdomain', { domain })
        : tr('spf.check.no-record', { domain });
    return { kind: 'none', reason: `${why} → none`, code: 'spf-no-record', rule: rfc(7208, '4.5'), query: summary };
  }
  if (records.length > 1) {
    return {
      kind: 'permerror',
      reason: tr('spf.check.multiple-records', { domain, count: records.length }),
      code: 'spf-multiple-records',
      rule: rfc(7208, '4.5'),
      query: summary,
    };
  }
  return { kind: 'ok', text: records[0]!, parsed: parseSpfRecord(records[0]!, tr), query: summary };
}

function initialTrace(term: ParsedSpfRecord['terms'][number], tr: Tr): SpfTermTrace {
  const isMech = term.type === 'mechanism';
  const note =
    term.kind === 'unknown-modifier'
      ? tr('spf.check.unknown-modifier', { name: term.name })
      : term.kind === 'exp'
        ? tr('spf.check.exp-when-fail')
        : '';
  return {
    term: term.source, kind: term.kind, qualifier: isMech ? term.qualifier : null,
    status: term.kind === 'unknown-modifier' ? 'no-match' : 'not-reached', dnsQueries: [], lookupsSoFar: 0, voidSoFar: 0, note,
  };
}

/** Trace for a record with syntax errors: every word, the bad ones marked as errors. */
function syntaxTrace(text: string, state: State): SpfTermTrace[] {
  return text.slice(6).split(' ').filter((w) => w !== '').slice(0, 1000).map((word) => {
    const p = parseTerm(word, state.tr);
    if (p.ok) return { ...initialTrace(p.term, state.tr), lookupsSoFar: state.lookups, voidSoFar: state.voids };
    return {
      term: word, kind: 'unknown-modifier', qualifier: null, status: 'error', dnsQueries: [], lookupsSoFar: state.lookups,
      voidSoFar: state.voids, note: p.problem.message, rule: rfc(7208, '4.6'),
    };
  });
}

function fillTrace(trace: SpfTermTrace, state: State, out: TermOutcome, status: SpfTermTrace['status']): void {
  trace.status = status;
  trace.note = out.note;
  trace.dnsQueries = out.queries;
  if (out.target !== undefined) trace.target = out.target;
  if (out.child) trace.child = out.child;
  trace.lookupsSoFar = state.lookups;
  trace.voidSoFar = state.voids;
}

function markUnreached(node: SpfTraceNode, from: number, parsed: ParsedSpfRecord, tr: Tr): void {
  for (let i = from; i < node.terms.length; i++) {
    const term = parsed.terms[i];
    if (term?.type === 'mechanism' || term?.kind === 'redirect') node.terms[i]!.status = 'not-reached';
  }
  if (parsed.redirect) {
    const r = node.terms[parsed.terms.indexOf(parsed.redirect)]!;
    if (r.status === 'not-reached') r.note ||= tr('spf.check.redirect-unused');
  }
}

function addProblem(state: State, code: string, message: string, subject?: string): void {
  state.problems.push({ code, severity: 'error', message, subject });
}

function abort(state: State, result: 'permerror' | 'temperror', reason: string, code: string, section: string, subject?: string): Abort {
  addProblem(state, code, reason, subject);
  return new Abort(result, reason, rfc(7208, section));
}

// ---------------------------------------------------------------------------------------------
// Limits (4.6.4)

const queryCap = (tr: Tr) => tr('spf.check.query-cap');

function countLookup(state: State, term: string): void {
  state.lookups++;
  if (state.lookups > MAX_DNS_TERMS) {
    const n = state.lookups;
    const reason = state.tr('spf.check.lookup-limit', { term, n, limit: MAX_DNS_TERMS });
    throw abort(state, 'permerror', reason, 'spf-lookup-limit', '4.6.4', term);
  }
}

function countVoid(state: State, term: string, q: SpfDnsQuery): void {
  state.voids++;
  if (state.voids > MAX_VOID_LOOKUPS) {
    const nx = q.status === 'NXDOMAIN';
    const reason = state.tr('spf.check.void-limit', {
      term,
      name: q.name,
      type: q.type,
      n: state.voids,
      status: nx ? 'NXDOMAIN' : state.tr('spf.check.no-answer'),
      limit: MAX_VOID_LOOKUPS,
    });
    throw abort(state, 'permerror', reason, 'spf-void-limit', '4.6.4', term).with({ queries: [q], target: q.name });
  }
}

/** A query whose result matters for the verdict: transport failures are temperror (5). */
async function mustQuery(state: State, term: string, name: string, type: 'A' | 'AAAA' | 'MX' | 'TXT'): Promise<Lookup & { result: NonNullable<Lookup['result']> }> {
  const q = await state.dns.query(name, type);
  if (!q.result) throw abort(state, 'permerror', q.summary.error ?? queryCap(state.tr), 'spf-query-cap', '4.6.4', term).with({ queries: [q.summary] });
  if (isDnsError(q.result)) {
    const reason = state.tr('spf.check.lookup-failed', { term, type, name: q.summary.name, status: q.result.status });
    throw abort(state, 'temperror', reason, 'spf-dns-error', '5', term).with({ queries: [q.summary], target: q.summary.name });
  }
  return q as Lookup & { result: NonNullable<Lookup['result']> };
}

// ---------------------------------------------------------------------------------------------
// Targets and macros

function macroContext(state: State, domain: string, validated?: string): MacroContext {
  return { ...state.macro, domain, validatedName: validated };
}

/** Expands a domain-spec (or uses the current domain). Returns null for a name DNS cannot ask. */
async function targetName(state: State, spec: MacroString | undefined, domain: string): Promise<{ name: string; valid: boolean }> {
  if (!spec) return { name: domain, valid: true };
  const validated = usesLetter(spec, 'p') ? await validatedName(state, domain) : undefined;
  const name = expandMacroString(spec, macroContext(state, domain, validated), 'domain');
  return { name, valid: isQueryableName(name) };
}

function addressType(state: State): 'A' | 'AAAA' {
  return state.client.family === 4 ? 'A' : 'AAAA';
}

// ---------------------------------------------------------------------------------------------
// Mechanisms (5)

async function evalMechanism(state: State, m: SpfMechanism, domain: string, depth: number): Promise<TermOutcome> {
  switch (m.kind) {
    case 'all':
      return { matched: true, note: state.tr('spf.check.all'), queries: [] };
    case 'ip4':
    case 'ip6':
      return evalIp(state, m);
    case 'a':
      return evalA(state, m, domain);
    case 'mx':
      return evalMx(state, m, domain);
    case 'ptr':
      return evalPtr(state, m, domain);
    case 'exists':
      return evalExists(state, m, domain);
    case 'include':
      return evalInclude(state, m, domain, depth);
  }
}

function evalIp(state: State, m: SpfMechanism): TermOutcome {
  const tr = state.tr;
  const prefix = m.kind === 'ip4' ? m.ip4Cidr : m.ip6Cidr;
  const net = describeNetwork(m.network!, prefix);
  const wantFamily = m.kind === 'ip4' ? 4 : 6;
  const mapped = m.kind === 'ip6' && state.client.family === 4 ? mappedIp4Network(m.network!, prefix) : null;
  if (mapped) {
    const matched = inNetwork(state.client, mapped.network, mapped.prefix);
    const as4 = describeNetwork(mapped.network, mapped.prefix);
    const ip = state.client.text;
    return {
      matched,
      queries: [],
      note: tr(matched ? 'spf.check.ip.mapped-network-inside' : 'spf.check.ip.mapped-network-outside', { network: net, ip4: as4, ip }),
    };
  }
  if (state.client.family !== wantFamily) {
    const mapped = state.client.mapped
      ? tr('spf.check.ip.mapped-client')
      : '';
    const fam = state.client.family;
    return {
      matched: false,
      note: tr('spf.check.ip.family', { ip: state.client.text, family: fam, mapped, mechanism: m.kind, wanted: wantFamily }),
      queries: [],
    };
  }
  const matched = inNetwork(state.client, m.network!, prefix);
  return {
    matched,
    note: tr(matched ? 'spf.check.ip.inside' : 'spf.check.ip.outside', { ip: state.client.text, network: net }),
    queries: [],
  };
}

function cidrText(m: SpfMechanism, family: 4 | 6): string {
  const p = family === 4 ? m.ip4Cidr : m.ip6Cidr;
  return p === undefined ? '' : `/${p}`;
}

async function evalA(state: State, m: SpfMechanism, domain: string): Promise<TermOutcome> {
  countLookup(state, m.source);
  const t = await targetName(state, m.domainSpec, domain);
  const tr = state.tr;
  if (!t.valid) return invalidTarget(t.name, tr);
  const type = addressType(state);
  const q = await mustQuery(state, m.source, t.name, type);
  if (isVoid(q.result)) {
    countVoid(state, m.source, q.summary);
    const nx = q.result.status === 'NXDOMAIN';
    return {
      matched: false,
      target: t.name,
      queries: [q.summary],
      note: tr('spf.check.a.void', { name: t.name, type, status: nx ? 'NXDOMAIN' : tr('spf.check.no-data'), n: state.voids, limit: MAX_VOID_LOOKUPS }),
    };
  }
  const hit = q.result.answers.find((a) => addressMatches(state.client, a.data, m.ip4Cidr, m.ip6Cidr));
  const cidr = cidrText(m, state.client.family);
  const ip = state.client.text;
  return {
    matched: !!hit, target: t.name, queries: [q.summary],
    note: hit
      ? tr('spf.check.a.match', { ip, address: hit.data, cidr, type, name: t.name })
      : tr('spf.check.a.no-match', { ip, type, name: t.name, cidr: cidr ? tr('spf.check.with-cidr', { cidr }) : '' }),
  };
}

function invalidTarget(name: string, tr: Tr): TermOutcome {
  // 4.3 by analogy: a name DNS cannot carry is treated as non-existent, so no match
  const n = clipName(name);
  return {
    matched: false,
    target: name,
    queries: [],
    note: tr('spf.check.invalid-target', { name: n }),
  };
}

function clipName(name: string): string {
  return name.length > 120 ? `${name.slice(0, 117)}…` : name;
}

async function evalMx(state: State, m: SpfMechanism, domain: string): Promise<TermOutcome> {
  countLookup(state, m.source);
  const t = await targetName(state, m.domainSpec, domain);
  const tr = state.tr;
  if (!t.valid) return invalidTarget(t.name, tr);
  const q = await mustQuery(state, m.source, t.name, 'MX');
  const queries = [q.summary];
  if (isVoid(q.result)) {
    countVoid(state, m.source, q.summary);
    return {
      matched: false,
      target: t.name,
      queries,
      note: tr('spf.check.mx.void', { name: t.name, n: state.voids, limit: MAX_VOID_LOOKUPS }),
    };
  }
  // null MX ("." / empty exchange, RFC 7505) designates no host
  const hosts = q.result.answers
    .map((a, i) => ({ i, pref: a.priority ?? 0, host: (a.exchange ?? a.data.split(' ').pop() ?? '').replace(/\.$/, '') }))
    .filter((h) => h.host !== '')
    .sort((x, y) => x.pref - y.pref || x.i - y.i);
  const type = addressType(state);
  const cidr = cidrText(m, state.client.family);
  for (const [i, h] of hosts.entries()) {
    if (i >= MAX_MX_HOSTS) {
      const reason = tr('spf.check.mx.limit', { term: m.source, name: t.name, hosts: hosts.length, limit: MAX_MX_HOSTS });
      throw abort(state, 'permerror', reason, 'spf-mx-limit', '4.6.4', m.source).with({ queries, target: t.name });
    }
    const aq = await mustQuery(state, m.source, h.host, type);
    queries.push(aq.summary);
    const hit = aq.result.answers.find((a) => addressMatches(state.client, a.data, m.ip4Cidr, m.ip6Cidr));
    if (hit) {
      return {
        matched: true,
        target: t.name,
        queries,
        note: tr('spf.check.mx.match', { ip: state.client.text, address: hit.data, cidr, host: h.host }),
      };
    }
  }
  return {
    matched: false,
    target: t.name,
    queries,
    note: tr('spf.check.mx.no-match', { ip: state.client.text, hosts: hosts.length, name: t.name, cidr: cidr ? tr('spf.check.with-cidr', { cidr }) : '' }),
  };
}

/** PTR names of the client, first 10 only (4.6.4: the rest MUST be ignored). */
async function ptrNames(state: State): Promise<{ names: string[]; total: number; query: SpfDnsQuery; void: boolean; error: boolean }> {
  const q = await state.dns.query(state.client.reverseName, 'PTR');
  if (!q.result) return { names: [], total: 0, query: q.summary, void: false, error: true };
  const error = isDnsError(q.result);
  const all = error ? [] : q.result.answers.map((a) => a.data.toLowerCase().replace(/\.$/, '')).filter((n) => n !== '');
  return { names: all.slice(0, MAX_PTR_NAMES), total: all.length, query: q.summary, void: !error && isVoid(q.result), error };
}

/** 5.5: a name is validated when one of its A/AAAA addresses is the client. Errors skip the name. */
async function validates(state: State, name: string, queries: SpfDnsQuery[]): Promise<boolean> {
  const q = await state.dns.query(name, addressType(state));
  queries.push(q.summary);
  if (!q.result || isDnsError(q.result)) return false;
  return q.result.answers.some((a) => addressMatches(state.client, a.data));
}

function isSubdomainOrSame(name: string, target: string): boolean {
  const n = name.toLowerCase();
  const t = target.toLowerCase().replace(/\.$/, '');
  return n === t || n.endsWith(`.${t}`);
}

async function evalPtr(state: State, m: SpfMechanism, domain: string): Promise<TermOutcome> {
  countLookup(state, m.source);
  const t = await targetName(state, m.domainSpec, domain);
  const tr = state.tr;
  if (!t.valid) return invalidTarget(t.name, tr);
  const ptr = await ptrNames(state);
  const queries = [ptr.query];
  const ip = state.client.text;
  // 5.5: a DNS error on the PTR lookup means no match (not temperror)
  if (ptr.error) {
    return { matched: false, target: t.name, queries, note: tr('spf.check.ptr.failed', { ip }) };
  }
  if (ptr.void) {
    countVoid(state, m.source, ptr.query);
    return {
      matched: false,
      target: t.name,
      queries,
      note: tr('spf.check.ptr.void', { ip, n: state.voids, limit: MAX_VOID_LOOKUPS }),
    };
  }
  const extra = ptr.total - MAX_PTR_NAMES;
  const ignored =
    ptr.total > MAX_PTR_NAMES ? tr('spf.check.ptr.ignored', { n: extra, limit: MAX_PTR_NAMES }) : '';
  for (const name of ptr.names.filter((n) => isSubdomainOrSame(n, t.name))) {
    if (await validates(state, name, queries)) {
      return {
        matched: true,
        target: t.name,
        queries,
        note: tr('spf.check.ptr.match', { ip, ptr: name, name: t.name, ignored }),
      };
    }
  }
  return {
    matched: false,
    target: t.name,
    queries,
    note: tr('spf.check.ptr.no-match', { ip, name: t.name, ignored }),
  };
}

/** %{p} (7.3): prefer the domain itself, then a subdomain of it, then any validated name. */
async function validatedName(state: State, domain: string): Promise<string> {
  state.validated ??= (async () => {
    const ptr = await ptrNames(state);
    const sink: SpfDnsQuery[] = [];
    const rank = (n: string): number => (n === domain.toLowerCase() ? 0 : isSubdomainOrSame(n, domain) ? 1 : 2);
    const ordered = ptr.names.map((n, i) => ({ n, i })).sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i);
    for (const { n } of ordered) if (await validates(state, n, sink)) return n;
    return 'unknown';
  })();
  return state.validated;
}

async function evalExists(state: State, m: SpfMechanism, domain: string): Promise<TermOutcome> {
  countLookup(state, m.source);
  const t = await targetName(state, m.domainSpec, domain);
  const tr = state.tr;
  if (!t.valid) return invalidTarget(t.name, tr);
  // 5.7: always an A query, even for an IPv6 client
  const q = await mustQuery(state, m.source, t.name, 'A');
  if (isVoid(q.result)) {
    countVoid(state, m.source, q.summary);
    return {
      matched: false,
      target: t.name,
      queries: [q.summary],
      note: tr('spf.check.exists.void', { name: t.name, n: state.voids, limit: MAX_VOID_LOOKUPS }),
    };
  }
  const a = q.result.answers[0]!.data;
  return { matched: true, target: t.name, queries: [q.summary], note: tr('spf.check.exists.match', { name: t.name, address: a }) };
}

async function evalInclude(state: State, m: SpfMechanism, domain: string, depth: number): Promise<TermOutcome> {
  countLookup(state, m.source);
  const t = await targetName(state, m.domainSpec, domain);
  const child = await recurse(state, m.source, t.name, depth);
  const r = child.result;
  // 5.2 table: pass matches; fail/softfail/neutral do not; errors propagate; none is permerror
  if (r === 'temperror' || r === 'permerror' || r === 'none') {
    // say why the child ended that way (e.g. NXDOMAIN, or the DNS failure), not just that it did
    const why = child.node.stoppedBecause.replace(/^(temperror|permerror): /, '');
    const reason =
      r === 'none'
        ? state.tr('spf.check.include.none', { term: m.source, name: t.name, why })
        : state.tr('spf.check.include.error', { term: m.source, result: r, why });
    // a child's own error is already a Problem; only "none" adds one here
    const err = r === 'none' ? abort(state, 'permerror', reason, 'spf-include-none', '5.2', m.source) : new Abort(r, reason, rfc(7208, '5.2'));
    throw err.with({ child: child.node, target: t.name, queries: child.node.recordQuery ? [child.node.recordQuery] : [] });
  }
  return {
    matched: r === 'pass', target: t.name, child: child.node, queries: child.node.recordQuery ? [child.node.recordQuery] : [],
    note:
      r === 'pass'
        ? state.tr('spf.check.include.match', { name: t.name })
        : state.tr('spf.check.include.no-match', { name: t.name, result: r }),
  };
}

async function evalRedirect(state: State, mod: SpfModifier, domain: string, depth: number): Promise<{ result: SpfResultCode; term: TermOutcome; expOwner?: ExpOwner }> {
  countLookup(state, mod.source);
  const t = await targetName(state, mod.value, domain);
  const child = await recurse(state, mod.source, t.name, depth);
  const term: TermOutcome = { matched: true, target: t.name, child: child.node, queries: child.node.recordQuery ? [child.node.recordQuery] : [], note: '' };
  if (child.result === 'none') {
    // 6.1: a redirect to a domain without an SPF record is permerror
    const reason = state.tr('spf.check.redirect.none', { term: mod.source, name: t.name });
    throw abort(state, 'permerror', reason, 'spf-redirect-none', '6.1', mod.source).with({ child: child.node, target: t.name, queries: term.queries });
  }
  term.note = state.tr('spf.check.redirect.result', { name: t.name, result: child.result });
  return { result: child.result, term, expOwner: child.expOwner };
}

/** check_host() on an include/redirect target, with the malformed-name and depth guards. */
async function recurse(state: State, term: string, target: string, depth: number): Promise<HostOutcome> {
  if (depth + 1 > MAX_DEPTH) {
    throw abort(state, 'permerror', state.tr('spf.check.depth-limit', { term, limit: MAX_DEPTH }), 'spf-depth-limit', '4.6.4', term);
  }
  const bad = domainProblem(target, state.tr);
  if (bad) {
    const node: SpfTraceNode = { domain: target, record: null, recordQuery: null, terms: [], result: 'none', stoppedBecause: `${bad} → none`, rule: rfc(7208, '4.3') };
    return { result: 'none', node };
  }
  return checkHost(state, target.replace(/\.$/, ''), depth + 1);
}

// ---------------------------------------------------------------------------------------------
// Explanation (6.2)

async function explain(state: State, owner: ExpOwner, defaultText: string | undefined): Promise<string> {
  const fallback = (): string => expandDefault(state, owner.domain, defaultText);
  const trace = owner.trace;
  const tr = state.tr;
  const ignore = (why: string): string => {
    if (trace) {
      trace.status = 'no-match';
      trace.note = tr('spf.check.exp.ignored', { why });
    }
    return fallback();
  };
  if (!owner.exp) return fallback();
  const t = await targetName(state, owner.exp.value, owner.domain);
  if (trace) trace.target = t.name;
  if (!t.valid) return ignore(tr('spf.domain.invalid', { name: clipName(t.name) }));
  // exp= lookups are not counted against the lookup or void limits (4.6.4)
  const q = await state.dns.query(t.name, 'TXT');
  if (trace) trace.dnsQueries = [q.summary];
  if (!q.result || isDnsError(q.result)) return ignore(tr('spf.check.exp.lookup-failed', { name: t.name }));
  const count = q.result.answers.length;
  if (count !== 1) return ignore(tr('spf.check.exp.count', { name: t.name, count }));
  const text = q.result.answers[0]!.data;
  if (/[^\x20-\x7e]/.test(text)) return ignore(tr('spf.check.exp.not-ascii'));
  const ms = parseMacroString(text, { explanation: true, tr });
  if (!ms.ok) return ignore(tr('spf.check.exp.macro-error', { error: ms.error }));
  const validated = usesLetter(ms.value, 'p') ? await validatedName(state, owner.domain) : undefined;
  const out = expandMacroString(ms.value, macroContext(state, owner.domain, validated), 'text');
  if (trace) {
    trace.status = 'matched';
    trace.note = tr('spf.check.exp.from', { name: t.name, text: out });
  }
  return out;
}

const DEFAULT_EXPLANATION = '%{o} does not designate %{c} as a permitted sender';

function expandDefault(state: State, domain: string, text = DEFAULT_EXPLANATION): string {
  const ms = parseMacroString(text, { explanation: true });
  // %{p} is not offered in the receiver's own text: it would cost DNS queries for a default
  return ms.ok ? expandMacroString(ms.value, macroContext(state, domain), 'text') : text;
}

// ---------------------------------------------------------------------------------------------

function summarise(r: SpfResult, tr: Tr = EN): string {
  const d = r.domain;
  const who = r.identity === 'helo' ? tr('spf.check.summary.helo', { domain: d }) : d;
  const stop = r.trace.stoppedBecause;
  const ip = r.clientIp;
  switch (r.result) {
    case 'pass': return tr('spf.check.summary.pass', { who, ip, why: stop });
    case 'fail': return tr('spf.check.summary.fail', { who, ip, why: stop });
    case 'softfail': return tr('spf.check.summary.softfail', { who, ip, why: stop });
    case 'neutral': return tr('spf.check.summary.neutral', { who, ip, why: stop });
    case 'none': return r.summary || tr('spf.check.summary.none', { who, why: stop });
    default: return tr('spf.check.summary.error', { who, why: stop });
  }
}
