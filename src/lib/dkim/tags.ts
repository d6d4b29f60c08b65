// Generic DKIM tag-list parsing (RFC 6376 3.2), shared by DKIM-Signature, key records and
// the ARC-Seal / ARC-Message-Signature fields (RFC 8617 4.1).
import type { Problem } from '../types.ts';
import { EN, type Tr } from '../i18n/tr.ts';

export interface Tag {
  name: string;
  /** the value with surrounding FWS removed; inner whitespace kept as written */
  value: string;
}

export interface TagList {
  list: Tag[];
  /** first occurrence of each tag by (case-sensitive) name */
  map: Record<string, string>;
  problems: Problem[];
}

/** Bound on the number of tags read from hostile input. */
const MAX_TAGS = 64;
/** Bound on the problems reported for one tag list (e.g. a value that is only ";;;;"). */
const MAX_PROBLEMS = 64;
const TAG_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function isFws(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

/**
 * Remove FWS (space, tab, CR, LF) from both ends. A loop, not `/[ \t\r\n]+$/`: that regex
 * is quadratic on a long run of whitespace followed by anything else (hostile header values).
 */
export function trimFws(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isFws(s.charCodeAt(a))) a++;
  while (b > a && isFws(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Remove FWS from the end only (linear, see trimFws). */
export function trimFwsEnd(s: string): string {
  let b = s.length;
  while (b > 0 && isFws(s.charCodeAt(b - 1))) b--;
  return b === s.length ? s : s.slice(0, b);
}

function problem(code: string, message: string, subject?: string): Problem {
  return { code, severity: 'error', message, ...(subject ? { subject } : {}) };
}

/** True when every char is VALCHAR (%x21-3A / %x3C-7E) or folding whitespace. */
function validValueChars(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) continue;
    if (c < 0x21 || c > 0x7e || c === 0x3b) return false;
  }
  return true;
}

/**
 * Parse `tag=value; tag=value;` (RFC 6376 3.2). Tag names are case-sensitive, a duplicate tag
 * or an empty tag-spec (";;") is an error, a single trailing ";" is allowed.
 * `prefix` names the codes (e.g. 'dkim', 'key') so each problem says what it is about.
 */
export function parseTagList(value: string, prefix: string, tr: Tr = EN): TagList {
  const list: Tag[] = [];
  const map: Record<string, string> = {};
  const problems: Problem[] = [];
  const parts = value.split(';');
  for (let i = 0; i < parts.length; i++) {
    if (problems.length >= MAX_PROBLEMS) {
      problems.push(problem(`${prefix}-tag-syntax`, tr('dkim.tags.too-many-problems', { max: MAX_PROBLEMS })));
      break;
    }
    const part = parts[i]!;
    const trimmed = trimFws(part);
    if (trimmed === '') {
      // only the last spec may be empty (trailing ";"), and not when it is the only one
      if (i === parts.length - 1 && i > 0) continue;
      problems.push(problem(`${prefix}-tag-syntax`, tr('dkim.tags.empty')));
      continue;
    }
    if (list.length >= MAX_TAGS) {
      problems.push(problem(`${prefix}-tag-syntax`, tr('dkim.tags.too-many-tags', { max: MAX_TAGS })));
      break;
    }
    const eq = trimmed.indexOf('=');
    if (eq === -1) {
      problems.push(problem(`${prefix}-tag-syntax`, tr('dkim.tags.not-tag-value', { text: clip(trimmed) }), clip(trimmed)));
      continue;
    }
    const name = trimFws(trimmed.slice(0, eq));
    const val = trimFws(trimmed.slice(eq + 1));
    if (!TAG_NAME.test(name)) {
      problems.push(problem(`${prefix}-tag-syntax`, tr('dkim.tags.invalid-name', { name: clip(name) }), clip(name)));
      continue;
    }
    if (!validValueChars(val)) {
      problems.push(problem(`${prefix}-${name}-syntax`, tr('dkim.tags.invalid-value', { tag: name }), name));
    }
    // own properties only: `name in map` would call "constructor=" or "toString=" a duplicate
    if (Object.prototype.hasOwnProperty.call(map, name)) {
      problems.push(problem(`${prefix}-${name}-duplicate`, tr('dkim.tags.duplicate', { tag: name }), name));
      continue;
    }
    map[name] = val;
    list.push({ name, value: val });
  }
  return { list, map, problems };
}

export function clip(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** Remove all whitespace (FWS inside base64 values and h= lists is not significant). */
export function stripWsp(s: string): string {
  return s.replace(/[ \t\r\n]+/g, '');
}

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const UNDERSCORE_LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;

/** A domain name (d=) or selector (s=) in DNS syntax; underscores allowed for selectors. */
export function isDomainSyntax(name: string, allowUnderscore = false): boolean {
  if (name.length === 0 || name.length > 253) return false;
  const re = allowUnderscore ? UNDERSCORE_LABEL : LABEL;
  return name.split('.').every((l) => re.test(l));
}
