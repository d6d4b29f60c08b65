// A small lexer for structured header values in the RFC 5322 / RFC 8601 style:
// comments (nested, with quoted-pairs), quoted strings, ';', '=' and words.
// Linear in the input; never throws. Shared by the Authentication-Results,
// Received-SPF and Received parsers.

export type TokType = 'word' | 'quoted' | 'comment' | 'semi' | 'eq';

export interface Tok {
  t: TokType;
  /** word text, unescaped quoted/comment content ('' for semi/eq) */
  v: string;
  /** start offset in the source (inclusive) */
  s: number;
  /** end offset in the source (exclusive) */
  e: number;
}

export type LexIssue = 'unterminated-comment' | 'unterminated-quote' | 'unbalanced-paren';

export interface LexResult {
  toks: Tok[];
  issues: LexIssue[];
}

const WSP = new Set([' ', '\t', '\r', '\n']);
const STOP = new Set([' ', '\t', '\r', '\n', '(', ')', ';', '"', '=']);

/** Comment text: inner parentheses are kept literally, quoted-pairs are unescaped (RFC 5322 3.2.2). */
function readComment(src: string, start: number): { v: string; end: number; closed: boolean } {
  let depth = 0;
  let v = '';
  let i = start;
  for (; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length) {
      v += src[++i];
      continue;
    }
    if (c === '(') {
      if (depth > 0) v += c;
      depth++;
      continue;
    }
    if (c === ')') {
      depth--;
      if (depth === 0) return { v: v.trim(), end: i + 1, closed: true };
      v += c;
      continue;
    }
    v += c;
  }
  return { v: v.trim(), end: i, closed: false };
}

function readQuoted(src: string, start: number): { v: string; end: number; closed: boolean } {
  let v = '';
  for (let i = start + 1; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length) {
      v += src[++i];
      continue;
    }
    if (c === '"') return { v, end: i + 1, closed: true };
    v += c;
  }
  return { v, end: src.length, closed: false };
}

export function lex(src: string): LexResult {
  const toks: Tok[] = [];
  const issues: LexIssue[] = [];
  // each kind of issue once: 100 KB of ")" is one problem, not 100,000
  const note = (issue: LexIssue) => {
    if (!issues.includes(issue)) issues.push(issue);
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (WSP.has(c)) {
      i++;
    } else if (c === '(') {
      const r = readComment(src, i);
      if (!r.closed) note('unterminated-comment');
      toks.push({ t: 'comment', v: r.v, s: i, e: r.end });
      i = r.end;
    } else if (c === ')') {
      note('unbalanced-paren');
      i++;
    } else if (c === '"') {
      const r = readQuoted(src, i);
      if (!r.closed) note('unterminated-quote');
      toks.push({ t: 'quoted', v: r.v, s: i, e: r.end });
      i = r.end;
    } else if (c === ';' || c === '=') {
      toks.push({ t: c === ';' ? 'semi' : 'eq', v: '', s: i, e: i + 1 });
      i++;
    } else {
      let j = i;
      while (j < src.length && !STOP.has(src[j]!)) j++;
      toks.push({ t: 'word', v: src.slice(i, j), s: i, e: j });
      i = j;
    }
  }
  return { toks, issues };
}

/** Split tokens at top-level ';' (comments and quoted strings never split). */
export function splitSemis(toks: Tok[]): Tok[][] {
  const out: Tok[][] = [[]];
  for (const t of toks) {
    if (t.t === 'semi') out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out;
}

export type Item =
  | { k: 'kv'; key: string; value: string; quoted: boolean; s: number; e: number }
  | { k: 'bare'; v: string; quoted: boolean; s: number; e: number }
  | { k: 'comment'; v: string; s: number; e: number };

/**
 * Group tokens into key=value pairs, bare words and comments. A value is a quoted string or a
 * run of adjacent words and '=' signs (so `a=b=c@d` and base64 `x=` stay whole); CFWS is
 * allowed around '=' as in RFC 8601 section 2.2, unless the next word is itself a key.
 */
export function items(toks: Tok[]): Item[] {
  const out: Item[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (t.t === 'comment') {
      out.push({ k: 'comment', v: t.v, s: t.s, e: t.e });
      i++;
      continue;
    }
    if (t.t === 'eq') {
      i++; // a stray '=' with no key: ignored
      continue;
    }
    if (t.t === 'word' && toks[i + 1]?.t === 'eq') {
      const r = readValue(toks, i + 2);
      out.push({ k: 'kv', key: t.v, value: r.value, quoted: r.quoted, s: t.s, e: r.e ?? toks[i + 1]!.e });
      i = r.next;
      continue;
    }
    out.push({ k: 'bare', v: t.v, quoted: t.t === 'quoted', s: t.s, e: t.e });
    i++;
  }
  return out;
}

function readValue(toks: Tok[], i: number): { value: string; quoted: boolean; next: number; e?: number } {
  const first = toks[i];
  if (!first || (first.t !== 'word' && first.t !== 'quoted')) return { value: '', quoted: false, next: i };
  if (first.t === 'quoted') return { value: first.v, quoted: true, next: i + 1, e: first.e };
  // `key= other=x`: the word after the '=' is the next key, so this value is empty
  if (toks[i + 1]?.t === 'eq' && toks[i + 1]!.s !== first.e) return { value: '', quoted: false, next: i };
  let value = first.v;
  let end = first.e;
  let j = i + 1;
  while (j < toks.length) {
    const n = toks[j]!;
    if (n.s !== end || (n.t !== 'word' && n.t !== 'eq')) break;
    value += n.t === 'eq' ? '=' : n.v;
    end = n.e;
    j++;
  }
  return { value, quoted: false, next: j, e: end };
}
