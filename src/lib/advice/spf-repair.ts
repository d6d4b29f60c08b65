// SPF syntax repair: a broken v=spf1 record → the corrected record, when the correction is
// unambiguous (a table of known slips: ipv4: for ip4:, include= for include:, a missing "v=",
// curly quotes, a space after ":", terms after `all`…), else the offending terms named with what
// is wrong, and no record. Pure; the result is re-parsed with our own parser (lib/spf/parse.ts):
// a "correction" that does not parse clean is never proposed.
import ipaddr from 'ipaddr.js';
import { parseSpfRecord, parseTerm } from '../spf/parse.ts';
import type { Problem } from '../types.ts';
import type { TextCode } from '../findings/catalog.ts';
import type { FindingParams } from '../findings/types.ts';
import type { Tr } from '../i18n/tr.ts';

/** One change made to the record, as a catalogue code and its parameters. */
export interface SpfChange {
  code: TextCode;
  params: FindingParams;
}

export interface SpfRepair {
  /** the input parses clean as it is (nothing to repair) */
  valid: boolean;
  /** the corrected record; null when there is nothing to correct or no safe correction */
  corrected: string | null;
  changes: SpfChange[];
  /** what still is wrong (the parser's problems, each naming its term) when no safe correction exists */
  unresolved: Problem[];
}

const MAX_INPUT = 4096;

/** Mechanism names written wrong → the right one. Only unambiguous slips. */
const NAME_TYPOS: Record<string, string> = {
  ipv4: 'ip4',
  'ip-4': 'ip4',
  ip4v: 'ip4',
  ipv6: 'ip6',
  'ip-6': 'ip6',
  ip6v: 'ip6',
  includes: 'include',
  inlcude: 'include',
  incude: 'include',
  inclue: 'include',
  includ: 'include',
  inclde: 'include',
  incldue: 'include',
};

/** Splits off a qualifier. */
function qual(term: string): [string, string] {
  return /^[-+~?]/.test(term) ? [term[0]!, term.slice(1)] : ['', term];
}

function isV4(s: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(s);
}
function isV6(s: string): boolean {
  return /^[0-9A-Fa-f:.]+$/.test(s) && s.includes(':') && ipaddr.IPv6.isValid(s);
}

/** "ip:1.2.3.4" and "ip4:2001:db8::1": the family decides the mechanism name. */
function familyName(addr: string): 'ip4' | 'ip6' | null {
  const net = addr.split('/')[0]!;
  return isV4(net) ? 'ip4' : isV6(net) ? 'ip6' : null;
}

/**
 * Repairs the text of one SPF record. `tr` picks the language of the parser's problems in
 * `unresolved` (the changes are codes).
 */
export function repairSpf(input: string, tr?: Tr): SpfRepair {
  const original = String(input ?? '').slice(0, MAX_INPUT);
  const first = parseSpfRecord(original, tr);
  if (first.ok && !allMisplaced(original) && !mechanismAsModifier(original)) return { valid: true, corrected: null, changes: [], unresolved: [] };
  const changes: SpfChange[] = [];
  let text = original;

  // typographic characters from word processors and web pages
  const typo = text.replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, ' ').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb]/g, '"');
  if (typo !== text) {
    changes.push({ code: 'advice.spf.fix.typographic', params: {} });
    text = typo;
  }
  // quotes, tabs, line breaks and repeated spaces around and between the terms
  const spaced = text.replace(/"\s*"/g, ' ').replace(/["'`]/g, ' ').replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  if (spaced !== text) {
    changes.push({ code: 'advice.spf.fix.spacing', params: {} });
    text = spaced;
  }
  // the version tag
  const version = /^(?:v\s*[=:]\s*)?spf\s*1(?=\s|$)/i.exec(text);
  if (!version) {
    return fail(original, changes, tr);
  }
  if (version[0] !== 'v=spf1' && !/^v=spf1$/i.test(version[0])) {
    changes.push({ code: 'advice.spf.fix.version', params: { was: version[0] } });
  }
  const words = text.slice(version[0].length).split(' ').filter(Boolean);

  // "include: example.com" (a space after the colon) and "ip4 :1.2.3.4"
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && /^[-+~?]?[a-z0-9-]+[:=]$/i.test(w) && !/^[-+~?]?all[:=]?$/i.test(w)) {
      changes.push({ code: 'advice.spf.fix.joined', params: { was: `${w} ${next}`, now: `${w}${next}` } });
      joined.push(`${w}${next}`);
      i++;
    } else if (next !== undefined && /^:/.test(next) && /^[-+~?]?[a-z0-9-]+$/i.test(w)) {
      changes.push({ code: 'advice.spf.fix.joined', params: { was: `${w} ${next}`, now: `${w}${next}` } });
      joined.push(`${w}${next}`);
      i++;
    } else joined.push(w);
  }

  const terms: string[] = [];
  for (const w of joined) {
    for (const t of fixTerm(w, changes)) terms.push(t);
  }

  // exp/redirect written twice: identical → once; different → no safe choice
  const out: string[] = [];
  const seenMod = new Map<string, string>();
  for (const t of terms) {
    const m = /^(redirect|exp)=(.*)$/i.exec(t);
    if (m) {
      const k = m[1]!.toLowerCase();
      const prev = seenMod.get(k);
      if (prev !== undefined) {
        if (prev.toLowerCase() === m[2]!.toLowerCase()) {
          changes.push({ code: 'advice.spf.fix.modifier-duplicate', params: { was: t } });
          continue;
        }
        return fail(original, changes, tr);
      }
      seenMod.set(k, m[2]!);
    }
    out.push(t);
  }

  // `all`: more than one, or not last
  const allIdx = out.map((t, i) => (/^[-+~?]?all$/i.test(t) ? i : -1)).filter((i) => i >= 0);
  let final = out;
  if (allIdx.length) {
    const kept = out[allIdx[0]!]!;
    const extra = allIdx.slice(1).map((i) => out[i]!);
    for (const e of extra) {
      const same = (qual(e)[0] || '+') === (qual(kept)[0] || '+');
      changes.push({ code: same ? 'advice.spf.fix.all-duplicate' : 'advice.spf.fix.all-conflict', params: { was: e, kept } });
    }
    const rest = out.filter((_t, i) => !allIdx.includes(i));
    const after = out.slice(allIdx[0]! + 1).filter((t) => !/^[-+~?]?all$/i.test(t) && !/^(exp|redirect)=/i.test(t));
    const mods = rest.filter((t) => /^exp=/i.test(t));
    const redirect = rest.filter((t) => /^redirect=/i.test(t));
    const mechs = rest.filter((t) => !/^(exp|redirect)=/i.test(t));
    if (after.length) changes.push({ code: 'advice.spf.fix.all-last', params: { all: kept, after: after.join(' ') } });
    // redirect is ignored when the record has `all` (RFC 7208 6.1): it stays where it was written
    final = [...mechs, kept, ...redirect, ...mods];
  }
  const corrected = ['v=spf1', ...final].join(' ');
  const check = parseSpfRecord(corrected, tr);
  if (!check.ok) return fail(original, changes, tr, check.problems);
  if (corrected === original) return fail(original, changes, tr);
  return { valid: false, corrected, changes, unresolved: [] };
}

const MECHANISM_NAMES = new Set(['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists']);

/** "include=x": valid syntax (an unknown modifier, ignored: RFC 7208 6), but never what was meant. */
function isMechanismAsModifier(term: string): boolean {
  const m = /^([a-z][a-z0-9-]*)=/i.exec(term);
  if (!m) return false;
  const n = m[1]!.toLowerCase();
  return MECHANISM_NAMES.has(n) || NAME_TYPOS[n] !== undefined;
}

function mechanismAsModifier(text: string): boolean {
  return text.trim().split(/ +/).slice(1).some(isMechanismAsModifier);
}

/** `all` more than once, or followed by mechanisms (never evaluated, RFC 7208 4.6.2): valid syntax, but a slip. */
function allMisplaced(text: string): boolean {
  const terms = text.trim().split(/ +/).slice(1);
  const at = terms.findIndex((t) => /^[-+~?]?all$/i.test(t));
  return at >= 0 && terms.slice(at + 1).some((t) => !/^(exp|redirect)=/i.test(t));
}

function fail(original: string, _changes: SpfChange[], tr?: Tr, problems?: Problem[]): SpfRepair {
  return { valid: false, corrected: null, changes: [], unresolved: problems && problems.length ? problems : parseSpfRecord(original, tr).problems };
}

/** One word → the term(s) it should be, recording each change; unknown shapes are kept as written. */
function fixTerm(word: string, changes: SpfChange[]): string[] {
  let w = word;
  // stray punctuation at the end: "~all;", "include:x.com,", "-all."
  const trimmed = w.replace(/[,;]+$/, '').replace(/^(?:[-+~?]?all)\.$/i, (m) => m.slice(0, -1));
  if (trimmed !== w && trimmed) {
    changes.push({ code: 'advice.spf.fix.punctuation', params: { was: w, now: trimmed } });
    w = trimmed;
  }
  if (parseTerm(w).ok && !isMechanismAsModifier(w)) return [w];
  const [q, body] = qual(w);
  const sep = body.search(/[:=]/);
  const rawName = (sep < 0 ? body : body.slice(0, sep)).toLowerCase();
  const sepChar = sep < 0 ? '' : body[sep]!;
  const arg = sep < 0 ? '' : body.slice(sep + 1);
  let name = rawName;
  let changed = false;

  // a list of addresses in one term: "ip4:192.0.2.1,192.0.2.2"
  if ((name === 'ip4' || name === 'ip6' || NAME_TYPOS[name] === 'ip4' || NAME_TYPOS[name] === 'ip6' || name === 'ip') && /[,;]/.test(arg)) {
    const parts = arg.split(/[,;]+/).filter(Boolean);
    if (parts.length > 1 && parts.every((p) => familyName(p))) {
      const now = parts.map((p) => `${q}${familyName(p)}:${p}`);
      const okAll = now.every((t) => parseTerm(t).ok);
      if (okAll) {
        changes.push({ code: 'advice.spf.fix.split-list', params: { was: w, now: now.join(' ') } });
        return now;
      }
    }
  }

  if (NAME_TYPOS[name]) {
    name = NAME_TYPOS[name]!;
    changed = true;
  }
  // "ip:" or an address of the other family: the address decides
  if (name === 'ip' || name === 'ip4' || name === 'ip6') {
    const fam = familyName(arg);
    if (fam && fam !== name) {
      name = fam;
      changed = true;
    }
  }
  const s = sepChar;
  const mechanism = ['include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'].includes(name);
  const modifier = name === 'redirect' || name === 'exp';
  if (mechanism && s === '=') {
    const now = `${q}${name}:${arg}`;
    if (parseTerm(now).ok) {
      changes.push({ code: 'advice.spf.fix.mechanism-separator', params: { was: w, now } });
      return [now];
    }
    return [w];
  }
  if (modifier && (s === ':' || q)) {
    if (q) return [w]; // "-redirect=..." has no safe reading
    const now = `${name}=${arg}`;
    if (parseTerm(now).ok) {
      changes.push({ code: 'advice.spf.fix.modifier-separator', params: { was: w, now } });
      return [now];
    }
    return [w];
  }
  if (changed && mechanism) {
    const now = `${q}${name}${s}${arg}`;
    if (parseTerm(now).ok) {
      changes.push({ code: 'advice.spf.fix.mechanism-name', params: { was: w, now } });
      return [now];
    }
  }
  return [w];
}
