// SPF macro-strings (RFC 7208 section 7): parsing and expansion.
// Everything here is synchronous and bounded: the caller computes %{p} before expanding.
import type { MacroString, MacroToken } from './types.ts';
import { EN, type Tr } from '../i18n/tr.ts';

/** Letters allowed anywhere (7.2) and those allowed only in explanation text (7.2: c, r, t). */
const LETTERS = 'slodiphv';
const EXP_ONLY_LETTERS = 'crt';
const DELIMITERS = '.-+,/_=';

/** Largest expansion we build before cutting (domain names keep their right end, 7.3). */
export const MAX_MACRO_OUTPUT = 8192;
/** RFC 7208 7.3: an expanded domain name is cut from the left to this length. */
export const MAX_DOMAIN_LENGTH = 253;

export type MacroParse = { ok: true; value: MacroString } | { ok: false; error: string };

export interface MacroParseOptions {
  /** explanation text (6.2): spaces allowed, and the letters c, r, t */
  explanation?: boolean;
  /** unknown-modifier values (A): any macro letter is syntactically fine */
  anyLetter?: boolean;
  /** the language of the error texts (default English) */
  tr?: Tr;
}

function isVisible(code: number): boolean {
  return code >= 0x21 && code <= 0x7e;
}

/** Parses a macro-string; never throws. Linear in the input length. */
export function parseMacroString(source: string, opts: MacroParseOptions = {}): MacroParse {
  const tr = opts.tr ?? EN;
  const tokens: MacroToken[] = [];
  let literal = '';
  let hasMacros = false;
  const flush = (): void => {
    if (literal) tokens.push({ type: 'literal', text: literal });
    literal = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    const code = source.charCodeAt(i);
    if (ch !== '%') {
      if (!isVisible(code) && !(opts.explanation && ch === ' ')) {
        const c = describeChar(code, tr);
        return { ok: false, error: tr('spf.macro.character', { char: c }) };
      }
      literal += ch;
      i++;
      continue;
    }
    const next = source[i + 1];
    if (next === '%' || next === '_' || next === '-') {
      flush();
      tokens.push({ type: 'literal', text: next === '%' ? '%' : next === '_' ? ' ' : '%20', escape: true });
      i += 2;
      continue;
    }
    if (next !== '{') {
      const found = next === undefined ? tr('spf.macro.end-of-text') : `'${next}'`;
      return { ok: false, error: tr('spf.macro.percent', { found }) };
    }
    const parsed = parseMacroExpand(source, i + 2, opts);
    if (!parsed.ok) return parsed;
    flush();
    tokens.push(parsed.token);
    hasMacros = true;
    i = parsed.end;
  }
  flush();
  return { ok: true, value: { source, tokens, hasMacros } };
}

type ExpandParse = { ok: true; token: MacroToken; end: number } | { ok: false; error: string };

/** Parses `letter transformers *delimiter "}"` starting after "%{". */
function parseMacroExpand(s: string, start: number, opts: MacroParseOptions): ExpandParse {
  const tr = opts.tr ?? EN;
  let i = start;
  const raw = s[i];
  if (raw === undefined) return { ok: false, error: tr('spf.macro.unterminated') };
  const letter = raw.toLowerCase();
  const known = LETTERS.includes(letter) || EXP_ONLY_LETTERS.includes(letter);
  if (!/^[a-z]$/.test(letter) || !known) return { ok: false, error: tr('spf.macro.unknown-letter', { letter: raw }) };
  if (EXP_ONLY_LETTERS.includes(letter) && !opts.explanation && !opts.anyLetter) {
    return { ok: false, error: tr('spf.macro.explanation-letter', { letter: raw }) };
  }
  i++;
  let digitText = '';
  while (i < s.length && s[i]! >= '0' && s[i]! <= '9') digitText += s[i++];
  let digits: number | null = null;
  if (digitText) {
    // 7.1: the number of right-hand parts to keep; zero is not allowed. Large values mean "all".
    digits = digitText.length > 4 ? 9999 : Number(digitText);
    if (digits === 0) return { ok: false, error: tr('spf.macro.zero-digits', { digits: digitText }) };
  }
  let reverse = false;
  if (s[i] === 'r' || s[i] === 'R') {
    reverse = true;
    i++;
  }
  let delimiters = '';
  while (i < s.length && DELIMITERS.includes(s[i]!)) delimiters += s[i++];
  if (s[i] !== '}') {
    const m = `%{${s.slice(start, Math.min(i + 1, start + 20))}`;
    return { ok: false, error: tr('spf.macro.not-closed', { macro: m }) };
  }
  return { ok: true, token: { type: 'macro', letter, upper: raw !== letter, digits, reverse, delimiters }, end: i + 1 };
}

function describeChar(code: number, tr: Tr): string {
  if (code === 0x20) return tr('spf.macro.space');
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * RFC 7208 7.1 domain-end: the string must end in a macro-expand, or in "." toplabel with an
 * optional trailing dot. Returns an error message or null.
 */
export function checkDomainEnd(ms: MacroString, tr: Tr = EN): string | null {
  const last = ms.tokens[ms.tokens.length - 1];
  if (!last) return tr('spf.domain.empty');
  if (last.type === 'macro' || last.escape) return null;
  let text = last.text;
  if (text.endsWith('.')) text = text.slice(0, -1);
  const dot = text.lastIndexOf('.');
  if (dot < 0) return tr('spf.macro.domain-end', { spec: ms.source });
  const top = text.slice(dot + 1);
  if (!isTopLabel(top)) return tr('spf.macro.top-label', { top, spec: ms.source });
  return null;
}

/** toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum ) */
export function isTopLabel(label: string): boolean {
  if (!/^[A-Za-z0-9-]+$/.test(label)) return false;
  if (label.startsWith('-') || label.endsWith('-')) return false;
  return /[A-Za-z]/.test(label) || label.includes('-');
}

/** The values macros expand to (RFC 7208 7.3). */
export interface MacroContext {
  /** s: <sender> */
  sender: string;
  /** l: local-part of <sender> */
  local: string;
  /** o: domain of <sender> */
  senderDomain: string;
  /** d: the current <domain> */
  domain: string;
  /** i: dotted IPv4 or dot-separated IPv6 nibbles */
  ipDotted: string;
  /** c: readable client address */
  clientIp: string;
  /** v: "in-addr" or "ip6" */
  ipVersion: 'in-addr' | 'ip6';
  /** h: HELO/EHLO domain */
  helo: string;
  /** r: receiving host */
  receiver: string;
  /** t: seconds since the epoch */
  timestamp: number;
  /** p: validated domain name of the client; computed by the caller before expanding */
  validatedName?: string;
}

function letterValue(letter: string, ctx: MacroContext): string {
  switch (letter) {
    case 's': return ctx.sender;
    case 'l': return ctx.local;
    case 'o': return ctx.senderDomain;
    case 'd': return ctx.domain;
    case 'i': return ctx.ipDotted;
    case 'p': return ctx.validatedName ?? 'unknown';
    case 'v': return ctx.ipVersion;
    case 'h': return ctx.helo;
    case 'c': return ctx.clientIp;
    case 'r': return ctx.receiver;
    case 't': return String(ctx.timestamp);
    default: return '';
  }
}

/** 7.3: split on the delimiters, optionally reverse, keep the N right-hand parts, join with ".". */
export function transform(value: string, token: Extract<MacroToken, { type: 'macro' }>): string {
  if (token.digits === null && !token.reverse && (token.delimiters === '' || token.delimiters === '.')) return value;
  const delims = token.delimiters || '.';
  const parts: string[] = [];
  let cur = '';
  for (const ch of value) {
    if (delims.includes(ch)) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  if (token.reverse) parts.reverse();
  const kept = token.digits !== null && token.digits < parts.length ? parts.slice(parts.length - token.digits) : parts;
  return kept.join('.');
}

/** URL-escapes everything outside RFC 3986 "unreserved", byte by byte over UTF-8 (7.3). */
export function urlEscape(value: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(value)) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function usesLetter(ms: MacroString, letter: string): boolean {
  return ms.tokens.some((t) => t.type === 'macro' && t.letter === letter);
}

/**
 * Expands a parsed macro-string. In 'domain' mode a trailing dot is dropped and a name over
 * 253 characters loses labels from the left (7.3); in 'text' mode (explanations) the text is kept
 * as is, cut at MAX_MACRO_OUTPUT characters.
 */
export function expandMacroString(ms: MacroString, ctx: MacroContext, mode: 'domain' | 'text'): string {
  let out = '';
  for (const token of ms.tokens) {
    let piece: string;
    if (token.type === 'literal') piece = token.text;
    else {
      piece = transform(letterValue(token.letter, ctx), token);
      if (token.upper) piece = urlEscape(piece);
    }
    out += piece;
    if (out.length > MAX_MACRO_OUTPUT) {
      // a domain keeps its right end (it is cut from the left below); text keeps its start
      if (mode === 'text') return out.slice(0, MAX_MACRO_OUTPUT);
      out = out.slice(out.length - MAX_MACRO_OUTPUT);
    }
  }
  return mode === 'domain' ? truncateDomain(out) : out;
}

/** RFC 7208 7.3: drop one trailing dot, then remove whole labels from the left until <= 253. */
export function truncateDomain(name: string): string {
  const n = name.endsWith('.') ? name.slice(0, -1) : name;
  if (n.length <= MAX_DOMAIN_LENGTH) return n;
  // the first dot whose right-hand side fits is where the label-by-label removal stops
  const dot = n.indexOf('.', n.length - MAX_DOMAIN_LENGTH - 1);
  if (dot >= 0 && dot < n.length - 1) return n.slice(dot + 1);
  // the last label alone is too long: keep it for the name check to reject
  return n.slice(n.lastIndexOf('.') + 1);
}
