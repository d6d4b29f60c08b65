// SPF record syntax (RFC 7208 4.5, 4.6, 5, 6, 12 ABNF). parseSpfRecord never throws.
import ipaddr from 'ipaddr.js';
import { rfc, type Problem } from '../types.ts';
import { checkDomainEnd, parseMacroString } from './macro.ts';
import type { MacroString, MechanismKind, ParsedSpfRecord, Qualifier, SpfMechanism, SpfModifier, SpfTerm } from './types.ts';
import { EN, type Tr } from '../i18n/tr.ts';

const MECHANISMS: readonly MechanismKind[] = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'];
const QUALIFIERS = '+-~?';
/** Terms past this many are not parsed (a record this long is broken anyway). */
export const MAX_TERMS = 1000;

/** RFC 7208 4.5: a record starts with "v=spf1" followed by a space or the end (case-insensitive). */
export function isSpfRecordText(text: string): boolean {
  return /^v=spf1( |$)/i.test(text);
}

function problem(code: string, message: string, subject?: string, section = '4.6'): Problem {
  return { code, severity: 'error', message, subject, params: { rfc: `RFC 7208 ${section}`, url: rfc(7208, section).url } };
}

type TermParse = { ok: true; term: SpfTerm } | { ok: false; problem: Problem };

/**
 * Parses an SPF record. `ok` is false when the text is not an SPF record, or when any term
 * has a syntax error (RFC 7208 4.6: errors anywhere make the result permerror).
 */
export function parseSpfRecord(text: string, tr: Tr = EN): ParsedSpfRecord {
  const out: ParsedSpfRecord = { isSpf: false, ok: false, terms: [], mechanisms: [], problems: [] };
  if (typeof text !== 'string' || !isSpfRecordText(text)) {
    out.problems.push(problem('spf-not-spf', tr('spf.parse.not-spf'), undefined, '4.5'));
    return out;
  }
  out.isSpf = true;
  // 4.6.1: terms are separated by spaces only; each term is checked for 7-bit ASCII (3.1)
  const words = text.slice(6).split(' ').filter((w) => w !== '');
  for (const word of words.slice(0, MAX_TERMS)) {
    const parsed = parseTerm(word, tr);
    if (!parsed.ok) {
      out.problems.push(parsed.problem);
      continue;
    }
    const term = parsed.term;
    out.terms.push(term);
    if (term.type === 'mechanism') out.mechanisms.push(term);
    else if (term.kind === 'redirect' || term.kind === 'exp') {
      // 6: redirect and exp each at most once
      if (out[term.kind]) out.problems.push(problem('spf-duplicate-modifier', tr('spf.parse.duplicate-modifier', { modifier: term.kind }), term.source, '6'));
      else out[term.kind] = term;
    }
  }
  if (words.length > MAX_TERMS) out.problems.push(problem('spf-too-many-terms', tr('spf.parse.too-many-terms', { max: MAX_TERMS })));
  out.ok = out.problems.length === 0;
  return out;
}

export function parseTerm(word: string, tr: Tr = EN): TermParse {
  const bad = /[^\x21-\x7e]/.exec(word);
  if (bad) {
    const code = bad[0].charCodeAt(0);
    const u = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    const what = code > 0x7e ? tr('spf.parse.non-ascii') : tr('spf.parse.control-character', { code: u });
    // shown cut: escaping a whole hostile 100 KB term would make a 600 KB message
    const shown = word.length > 80 ? `${printable(word.slice(0, 80))}…` : printable(word);
    const message = tr('spf.parse.bad-character', { term: shown, what });
    return { ok: false, problem: problem(code > 0x7e ? 'spf-non-ascii' : 'spf-syntax', message, shown, code > 0x7e ? '3.1' : '4.6.1') };
  }
  // 4.6.1: a term whose name is followed by "=" (before any ":" or "/") is a modifier
  const firstSpecial = word.search(/[:/=]/);
  if (firstSpecial >= 0 && word[firstSpecial] === '=') return parseModifier(word, firstSpecial, tr);
  return parseMechanism(word, tr);
}

function printable(word: string): string {
  return word.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function syntax(word: string, message: string, section: string, tr: Tr): TermParse {
  return { ok: false, problem: problem('spf-syntax', tr('spf.parse.term', { term: word, message }), word, section) };
}

function parseModifier(word: string, eq: number, tr: Tr): TermParse {
  const name = word.slice(0, eq);
  const rawValue = word.slice(eq + 1);
  // 12: name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )
  if (!/^[A-Za-z][A-Za-z0-9\-_.]*$/.test(name)) {
    return syntax(word, tr('spf.parse.modifier-name', { name }), '12', tr);
  }
  const lower = name.toLowerCase();
  if (lower === 'redirect' || lower === 'exp') {
    const spec = parseDomainSpec(rawValue, tr);
    if (!spec.ok) return syntax(word, spec.error, lower === 'redirect' ? '6.1' : '6.2', tr);
    return { ok: true, term: { type: 'modifier', source: word, kind: lower, name: lower, value: spec.value } };
  }
  // A / 6: unknown modifiers are ignored, but their value must still be a valid macro-string
  const value = parseMacroString(rawValue, { anyLetter: true, tr });
  if (!value.ok) return syntax(word, value.error, '7.1', tr);
  const term: SpfModifier = { type: 'modifier', source: word, kind: 'unknown-modifier', name: lower, value: value.value };
  return { ok: true, term };
}

/** domain-spec = macro-string domain-end (7.1); empty is invalid. */
export function parseDomainSpec(text: string, tr: Tr = EN): { ok: true; value: MacroString } | { ok: false; error: string } {
  if (text === '') return { ok: false, error: tr('spf.parse.sentence', { text: tr('spf.domain.empty') }) };
  const ms = parseMacroString(text, { tr });
  if (!ms.ok) return { ok: false, error: tr('spf.parse.sentence', { text: ms.error }) };
  const endError = checkDomainEnd(ms.value, tr);
  if (endError) return { ok: false, error: tr('spf.parse.sentence', { text: endError }) };
  return ms;
}

function parseMechanism(word: string, tr: Tr): TermParse {
  let rest = word;
  let qualifier: Qualifier = '+';
  let explicitQualifier = false;
  if (QUALIFIERS.includes(rest[0]!)) {
    qualifier = rest[0] as Qualifier;
    explicitQualifier = true;
    rest = rest.slice(1);
  }
  const nameEnd = rest.search(/[:/]/);
  const name = (nameEnd < 0 ? rest : rest.slice(0, nameEnd)).toLowerCase();
  const arg = nameEnd < 0 ? '' : rest.slice(nameEnd);
  if (!(MECHANISMS as readonly string[]).includes(name)) {
    if (name === 'redirect' || name === 'exp') {
      return syntax(word, tr('spf.parse.modifier-as-mechanism', { name }), '6', tr);
    }
    return syntax(word, tr('spf.parse.unknown-mechanism', { name }), '5', tr);
  }
  const base = { type: 'mechanism' as const, source: word, kind: name as MechanismKind, qualifier, explicitQualifier };
  switch (name) {
    case 'all':
      return arg === '' ? { ok: true, term: base } : syntax(word, tr('spf.parse.all-argument'), '5.1', tr);
    case 'include':
    case 'exists':
      return withRequiredDomain(word, base, arg, name === 'include' ? '5.2' : '5.7', tr);
    case 'ptr':
      return withOptionalDomain(word, base, arg, false, tr);
    case 'a':
    case 'mx':
      return withOptionalDomain(word, base, arg, true, tr);
    case 'ip4':
      return parseIp4(word, base, arg, tr);
    default:
      return parseIp6(word, base, arg, tr);
  }
}

type MechBase = Pick<SpfMechanism, 'type' | 'source' | 'kind' | 'qualifier' | 'explicitQualifier'>;

function withRequiredDomain(word: string, base: MechBase, arg: string, section: string, tr: Tr): TermParse {
  if (!arg.startsWith(':')) return syntax(word, tr('spf.parse.needs-domain', { mechanism: base.kind }), section, tr);
  const spec = parseDomainSpec(arg.slice(1), tr);
  if (!spec.ok) return syntax(word, spec.error, section, tr);
  return { ok: true, term: { ...base, domainSpec: spec.value } };
}

/** a / mx: [ ":" domain-spec ] [ dual-cidr-length ];  ptr: [ ":" domain-spec ] */
function withOptionalDomain(word: string, base: MechBase, arg: string, cidr: boolean, tr: Tr): TermParse {
  const section = base.kind === 'ptr' ? '5.5' : base.kind === 'a' ? '5.3' : '5.4';
  let body = arg;
  const term: SpfMechanism = { ...base };
  if (cidr) {
    const dual = splitDualCidr(body, tr);
    if (!dual.ok) return syntax(word, dual.error, section, tr);
    body = dual.rest;
    if (dual.ip4 !== undefined) term.ip4Cidr = dual.ip4;
    if (dual.ip6 !== undefined) term.ip6Cidr = dual.ip6;
  }
  if (body === '') return { ok: true, term };
  if (!body.startsWith(':')) return syntax(word, tr('spf.parse.unexpected', { text: body, mechanism: base.kind }), section, tr);
  const spec = parseDomainSpec(body.slice(1), tr);
  if (!spec.ok) return syntax(word, spec.error, section, tr);
  term.domainSpec = spec.value;
  return { ok: true, term };
}

/** Validates one cidr length: no leading zeros, within 0..max (5.6). */
function cidrValue(digits: string, max: number): number | null {
  if (!/^(0|[1-9][0-9]{0,2})$/.test(digits)) return null;
  const n = Number(digits);
  return n <= max ? n : null;
}

type DualCidr = { ok: true; rest: string; ip4?: number; ip6?: number } | { ok: false; error: string };

/** Splits a trailing dual-cidr-length ("/24", "//64", "/24//64") off the argument (5.3, 5.4). */
function splitDualCidr(arg: string, tr: Tr): DualCidr {
  let rest = arg;
  let ip4: number | undefined;
  let ip6: number | undefined;
  const six = /\/\/([0-9]+)$/.exec(rest);
  if (six) {
    const v = cidrValue(six[1]!, 128);
    if (v === null) return { ok: false, error: tr('spf.parse.ip6-prefix', { prefix: `//${six[1]}` }) };
    ip6 = v;
    rest = rest.slice(0, six.index);
  }
  const four = /\/([0-9]+)$/.exec(rest);
  if (four) {
    const v = cidrValue(four[1]!, 32);
    if (v === null) return { ok: false, error: tr('spf.parse.ip4-prefix', { prefix: `/${four[1]}` }) };
    ip4 = v;
    rest = rest.slice(0, four.index);
  }
  return { ok: true, rest, ip4, ip6 };
}

function parseIp4(word: string, base: MechBase, arg: string, tr: Tr): TermParse {
  if (!arg.startsWith(':')) return syntax(word, tr('spf.parse.ip4-needs-address'), '5.6', tr);
  const [net, ...cidrParts] = arg.slice(1).split('/');
  if (!ipaddr.IPv4.isValidFourPartDecimal(net!)) return syntax(word, tr('spf.parse.ip4-not-address', { address: net! }), '5.6', tr);
  const term: SpfMechanism = { ...base, network: net };
  if (cidrParts.length > 1) return syntax(word, tr('spf.parse.ip4-dual-prefix'), '5.6', tr);
  if (cidrParts.length === 1) {
    const v = cidrValue(cidrParts[0]!, 32);
    if (v === null) return syntax(word, tr('spf.parse.ip4-prefix', { prefix: `/${cidrParts[0]}` }), '5.6', tr);
    term.ip4Cidr = v;
  }
  return { ok: true, term };
}

function parseIp6(word: string, base: MechBase, arg: string, tr: Tr): TermParse {
  if (!arg.startsWith(':')) return syntax(word, tr('spf.parse.ip6-needs-address'), '5.6', tr);
  const [net, ...cidrParts] = arg.slice(1).split('/');
  // ipaddr.js would also accept zone ids and hex IPv4 parts; the ABNF allows neither
  if (!/^[0-9A-Fa-f:.]+$/.test(net!) || !ipaddr.IPv6.isValid(net!)) return syntax(word, tr('spf.parse.ip6-not-address', { address: net! }), '5.6', tr);
  const term: SpfMechanism = { ...base, network: net };
  if (cidrParts.length > 1) return syntax(word, tr('spf.parse.ip6-dual-prefix'), '5.6', tr);
  if (cidrParts.length === 1) {
    const v = cidrValue(cidrParts[0]!, 128);
    if (v === null) return syntax(word, tr('spf.parse.ip6-prefix', { prefix: `/${cidrParts[0]}` }), '5.6', tr);
    term.ip6Cidr = v;
  }
  return { ok: true, term };
}
