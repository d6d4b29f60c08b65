// SPF record syntax (RFC 7208 4.5, 4.6, 5, 6, 12 ABNF). parseSpfRecord never throws.
import ipaddr from 'ipaddr.js';
import { rfc, type Problem } from '../types.ts';
import { checkDomainEnd, parseMacroString } from './macro.ts';
import type { MacroString, MechanismKind, ParsedSpfRecord, Qualifier, SpfMechanism, SpfModifier, SpfTerm } from './types.ts';

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
export function parseSpfRecord(text: string): ParsedSpfRecord {
  const out: ParsedSpfRecord = { isSpf: false, ok: false, terms: [], mechanisms: [], problems: [] };
  if (typeof text !== 'string' || !isSpfRecordText(text)) {
    out.problems.push(problem('spf-not-spf', 'The text does not start with "v=spf1".', undefined, '4.5'));
    return out;
  }
  out.isSpf = true;
  // 4.6.1: terms are separated by spaces only; each term is checked for 7-bit ASCII (3.1)
  const words = text.slice(6).split(' ').filter((w) => w !== '');
  for (const word of words.slice(0, MAX_TERMS)) {
    const parsed = parseTerm(word);
    if (!parsed.ok) {
      out.problems.push(parsed.problem);
      continue;
    }
    const term = parsed.term;
    out.terms.push(term);
    if (term.type === 'mechanism') out.mechanisms.push(term);
    else if (term.kind === 'redirect' || term.kind === 'exp') {
      // 6: redirect and exp each at most once
      if (out[term.kind]) out.problems.push(problem('spf-duplicate-modifier', `The "${term.kind}" modifier appears more than once.`, term.source, '6'));
      else out[term.kind] = term;
    }
  }
  if (words.length > MAX_TERMS) out.problems.push(problem('spf-too-many-terms', `The record has more than ${MAX_TERMS} terms.`));
  out.ok = out.problems.length === 0;
  return out;
}

export function parseTerm(word: string): TermParse {
  const bad = /[^\x21-\x7e]/.exec(word);
  if (bad) {
    const code = bad[0].charCodeAt(0);
    const what = code > 0x7e ? 'a non-ASCII character' : `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    // shown cut: escaping a whole hostile 100 KB term would make a 600 KB message
    const shown = word.length > 80 ? `${printable(word.slice(0, 80))}…` : printable(word);
    return { ok: false, problem: problem(code > 0x7e ? 'spf-non-ascii' : 'spf-syntax', `Term "${shown}" contains ${what}; terms are separated by spaces only.`, shown, code > 0x7e ? '3.1' : '4.6.1') };
  }
  // 4.6.1: a term whose name is followed by "=" (before any ":" or "/") is a modifier
  const firstSpecial = word.search(/[:/=]/);
  if (firstSpecial >= 0 && word[firstSpecial] === '=') return parseModifier(word, firstSpecial);
  return parseMechanism(word);
}

function printable(word: string): string {
  return word.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function syntax(word: string, message: string, section: string): TermParse {
  return { ok: false, problem: problem('spf-syntax', `Term "${word}": ${message}`, word, section) };
}

function parseModifier(word: string, eq: number): TermParse {
  const name = word.slice(0, eq);
  const rawValue = word.slice(eq + 1);
  // 12: name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )
  if (!/^[A-Za-z][A-Za-z0-9\-_.]*$/.test(name)) return syntax(word, `"${name}" is not a valid modifier name (it must start with a letter).`, '12');
  const lower = name.toLowerCase();
  if (lower === 'redirect' || lower === 'exp') {
    const spec = parseDomainSpec(rawValue);
    if (!spec.ok) return syntax(word, spec.error, lower === 'redirect' ? '6.1' : '6.2');
    return { ok: true, term: { type: 'modifier', source: word, kind: lower, name: lower, value: spec.value } };
  }
  // A / 6: unknown modifiers are ignored, but their value must still be a valid macro-string
  const value = parseMacroString(rawValue, { anyLetter: true });
  if (!value.ok) return syntax(word, value.error, '7.1');
  const term: SpfModifier = { type: 'modifier', source: word, kind: 'unknown-modifier', name: lower, value: value.value };
  return { ok: true, term };
}

/** domain-spec = macro-string domain-end (7.1); empty is invalid. */
export function parseDomainSpec(text: string): { ok: true; value: MacroString } | { ok: false; error: string } {
  if (text === '') return { ok: false, error: 'the domain is empty.' };
  const ms = parseMacroString(text);
  if (!ms.ok) return { ok: false, error: `${ms.error}.` };
  const endError = checkDomainEnd(ms.value);
  if (endError) return { ok: false, error: `${endError}.` };
  return ms;
}

function parseMechanism(word: string): TermParse {
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
    if (name === 'redirect' || name === 'exp') return syntax(word, `"${name}" is a modifier and is written with "=" (e.g. ${name}=example.com).`, '6');
    return syntax(word, `"${name}" is not a known mechanism.`, '5');
  }
  const base = { type: 'mechanism' as const, source: word, kind: name as MechanismKind, qualifier, explicitQualifier };
  switch (name) {
    case 'all':
      return arg === '' ? { ok: true, term: base } : syntax(word, '"all" takes no argument.', '5.1');
    case 'include':
    case 'exists':
      return withRequiredDomain(word, base, arg, name === 'include' ? '5.2' : '5.7');
    case 'ptr':
      return withOptionalDomain(word, base, arg, false);
    case 'a':
    case 'mx':
      return withOptionalDomain(word, base, arg, true);
    case 'ip4':
      return parseIp4(word, base, arg);
    default:
      return parseIp6(word, base, arg);
  }
}

type MechBase = Pick<SpfMechanism, 'type' | 'source' | 'kind' | 'qualifier' | 'explicitQualifier'>;

function withRequiredDomain(word: string, base: MechBase, arg: string, section: string): TermParse {
  if (!arg.startsWith(':')) return syntax(word, `"${base.kind}" needs a domain ("${base.kind}:example.com").`, section);
  const spec = parseDomainSpec(arg.slice(1));
  if (!spec.ok) return syntax(word, spec.error, section);
  return { ok: true, term: { ...base, domainSpec: spec.value } };
}

/** a / mx: [ ":" domain-spec ] [ dual-cidr-length ];  ptr: [ ":" domain-spec ] */
function withOptionalDomain(word: string, base: MechBase, arg: string, cidr: boolean): TermParse {
  const section = base.kind === 'ptr' ? '5.5' : base.kind === 'a' ? '5.3' : '5.4';
  let body = arg;
  const term: SpfMechanism = { ...base };
  if (cidr) {
    const dual = splitDualCidr(body);
    if (!dual.ok) return syntax(word, dual.error, section);
    body = dual.rest;
    if (dual.ip4 !== undefined) term.ip4Cidr = dual.ip4;
    if (dual.ip6 !== undefined) term.ip6Cidr = dual.ip6;
  }
  if (body === '') return { ok: true, term };
  if (!body.startsWith(':')) return syntax(word, `unexpected "${body}" after "${base.kind}".`, section);
  const spec = parseDomainSpec(body.slice(1));
  if (!spec.ok) return syntax(word, spec.error, section);
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
function splitDualCidr(arg: string): DualCidr {
  let rest = arg;
  let ip4: number | undefined;
  let ip6: number | undefined;
  const six = /\/\/([0-9]+)$/.exec(rest);
  if (six) {
    const v = cidrValue(six[1]!, 128);
    if (v === null) return { ok: false, error: `"//${six[1]}" is not a valid IPv6 prefix length (0-128).` };
    ip6 = v;
    rest = rest.slice(0, six.index);
  }
  const four = /\/([0-9]+)$/.exec(rest);
  if (four) {
    const v = cidrValue(four[1]!, 32);
    if (v === null) return { ok: false, error: `"/${four[1]}" is not a valid IPv4 prefix length (0-32).` };
    ip4 = v;
    rest = rest.slice(0, four.index);
  }
  return { ok: true, rest, ip4, ip6 };
}

function parseIp4(word: string, base: MechBase, arg: string): TermParse {
  if (!arg.startsWith(':')) return syntax(word, '"ip4" needs an address ("ip4:192.0.2.0/24").', '5.6');
  const [net, ...cidrParts] = arg.slice(1).split('/');
  if (!ipaddr.IPv4.isValidFourPartDecimal(net!)) return syntax(word, `"${net}" is not an IPv4 address in dotted-quad form.`, '5.6');
  const term: SpfMechanism = { ...base, network: net };
  if (cidrParts.length > 1) return syntax(word, 'ip4 takes a single prefix length ("/24"), not a dual one.', '5.6');
  if (cidrParts.length === 1) {
    const v = cidrValue(cidrParts[0]!, 32);
    if (v === null) return syntax(word, `"/${cidrParts[0]}" is not a valid IPv4 prefix length (0-32).`, '5.6');
    term.ip4Cidr = v;
  }
  return { ok: true, term };
}

function parseIp6(word: string, base: MechBase, arg: string): TermParse {
  if (!arg.startsWith(':')) return syntax(word, '"ip6" needs an address ("ip6:2001:db8::/32").', '5.6');
  const [net, ...cidrParts] = arg.slice(1).split('/');
  // ipaddr.js would also accept zone ids and hex IPv4 parts; the ABNF allows neither
  if (!/^[0-9A-Fa-f:.]+$/.test(net!) || !ipaddr.IPv6.isValid(net!)) return syntax(word, `"${net}" is not an IPv6 address.`, '5.6');
  const term: SpfMechanism = { ...base, network: net };
  if (cidrParts.length > 1) return syntax(word, 'ip6 takes a single prefix length ("/64"), not a dual one.', '5.6');
  if (cidrParts.length === 1) {
    const v = cidrValue(cidrParts[0]!, 128);
    if (v === null) return syntax(word, `"/${cidrParts[0]}" is not a valid IPv6 prefix length (0-128).`, '5.6');
    term.ip6Cidr = v;
  }
  return { ok: true, term };
}
