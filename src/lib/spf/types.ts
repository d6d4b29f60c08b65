// Public shapes of the SPF engine (RFC 7208): parsed records, the evaluation trace and lint.
import type { TextLang } from '../i18n/tr.ts';
import type { Problem, RuleRef } from '../types.ts';
import type { DnsStatus, RRType } from '../dns/types.ts';

/** The seven SPF results (RFC 7208 2.6), spelled as RFC 8601 result words. */
export type SpfResultCode = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror';

export type Qualifier = '+' | '-' | '~' | '?';
export type MechanismKind = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists';
export type ModifierKind = 'redirect' | 'exp' | 'unknown-modifier';
export type TermKind = MechanismKind | ModifierKind;

/** One piece of a macro-string (RFC 7208 7.1): literal text or a macro to expand. */
export type MacroToken =
  /** `escape` marks %% %_ %- which the grammar counts as macro-expand (RFC 7208 7.1) */
  | { type: 'literal'; text: string; escape?: boolean }
  | { type: 'macro'; letter: string; upper: boolean; digits: number | null; reverse: boolean; delimiters: string };

export interface MacroString {
  source: string;
  tokens: MacroToken[];
  hasMacros: boolean;
}

export interface SpfMechanism {
  type: 'mechanism';
  source: string;
  kind: MechanismKind;
  qualifier: Qualifier;
  /** whether the qualifier was written explicitly */
  explicitQualifier: boolean;
  /** domain-spec for include/a/mx/ptr/exists (absent = the current domain) */
  domainSpec?: MacroString;
  /** ip4/ip6 network literal */
  network?: string;
  ip4Cidr?: number;
  ip6Cidr?: number;
}

export interface SpfModifier {
  type: 'modifier';
  source: string;
  kind: ModifierKind;
  name: string;
  value: MacroString;
}

export type SpfTerm = SpfMechanism | SpfModifier;

export interface ParsedSpfRecord {
  /** true when the text starts with the version tag "v=spf1" (case-insensitive, then space or end) */
  isSpf: boolean;
  /** true when isSpf and no syntax error was found (RFC 7208 4.6: any error anywhere is permerror) */
  ok: boolean;
  terms: SpfTerm[];
  mechanisms: SpfMechanism[];
  redirect?: SpfModifier;
  exp?: SpfModifier;
  problems: Problem[];
}

/** A DNS query made during evaluation, with its answers summarised for a person. */
export interface SpfDnsQuery {
  name: string;
  type: RRType;
  status: DnsStatus | 'SKIPPED';
  answers: string[];
  /** NXDOMAIN or an empty answer (RFC 7208 4.6.4 "void lookup") */
  void: boolean;
  error?: string;
}

export type TermStatus = 'matched' | 'no-match' | 'error' | 'not-reached';

export interface SpfTermTrace {
  /** the term as written in the record */
  term: string;
  kind: TermKind;
  /** the qualifier for mechanisms, null for modifiers */
  qualifier: Qualifier | null;
  status: TermStatus;
  /** the domain the term was evaluated against, after macro expansion */
  target?: string;
  dnsQueries: SpfDnsQuery[];
  /** running count of DNS-querying terms after this one (limit 10) */
  lookupsSoFar: number;
  /** running count of void lookups after this one (limit 2) */
  voidSoFar: number;
  /** the evaluation of an include or redirect target */
  child?: SpfTraceNode;
  /** plain English: why it matched or not */
  note: string;
  rule?: RuleRef;
}

export interface SpfTraceNode {
  domain: string;
  /** the SPF record text found, or null */
  record: string | null;
  recordQuery: SpfDnsQuery | null;
  terms: SpfTermTrace[];
  result: SpfResultCode;
  /** e.g. "matched ip4:192.0.2.0/24", "fell off the end → neutral", "redirect", "permerror: …" */
  stoppedBecause: string;
  rule?: RuleRef;
}

export interface SpfRequest {
  ip: string;
  mailFrom: string;
  helo: string;
  /** the receiving host's domain, for the %{r} macro */
  receiver?: string;
}

export interface SpfOptions {
  /** receiver's explanation when the record has no usable exp= (macros allowed) */
  defaultExplanation?: string;
  /** current time in milliseconds since the epoch, for the %{t} macro */
  now?: number;
  /** the language of the trace notes, summary and problems (default 'en'); never of the explanation */
  lang?: TextLang;
}

export interface SpfResult {
  result: SpfResultCode;
  /** the explanation for a fail result (exp= text or the default); empty otherwise */
  explanation: string;
  /** DNS-querying terms counted (RFC 7208 4.6.4, limit 10) */
  lookups: number;
  voidLookups: number;
  /** the domain check_host() started with */
  domain: string;
  identity: 'mailfrom' | 'helo';
  /** the <sender> used: the MAIL FROM address or postmaster@<helo> */
  sender: string;
  clientIp: string;
  /** one sentence for a person */
  summary: string;
  trace: SpfTraceNode;
  problems: Problem[];
  queries: { name: string; type: RRType; status: DnsStatus | 'SKIPPED' }[];
}

export interface SpfLintNode {
  domain: string;
  record: string | null;
  /** DNS-querying terms in this record alone */
  ownLookups: number;
  /** worst case over this record and everything it includes or redirects to */
  worstCaseLookups: number;
  children: { term: string; node: SpfLintNode | null }[];
}

export interface SpfLint {
  domain: string;
  /** the SPF record linted (the first one when there are several), or null */
  record: string | null;
  /** every TXT record at the domain that starts with v=spf1 (more than one is permerror) */
  records: string[];
  /** worst-case DNS-querying terms over all paths (Infinity for a loop) */
  worstCaseLookups: number;
  /** worst-case void lookups (names without records) for an IPv4 or IPv6 client, limit 2 */
  voidLookups: number;
  tree: SpfLintNode | null;
  problems: Problem[];
  queries: { name: string; type: RRType; status: DnsStatus | 'SKIPPED' }[];
}
