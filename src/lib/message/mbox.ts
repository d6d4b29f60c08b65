// mbox files (RFC 4155; the mboxo and mboxrd variants of qmail's mbox(5)): messages one after
// another, each introduced by a "From " separator line. Body lines that began with "From " were
// escaped by the writer with a ">" (mboxo: "From " only; mboxrd: any run of ">" before "From "),
// and one ">" is taken off again here so the message has the bytes its signer hashed.
// Works on bytes or on a string, scans once, and yields messages one by one (a generator), so a
// caller can stop early or process a large file incrementally. mboxcl/mboxcl2 (Content-Length
// framing, no escaping) are not recognised: an unescaped "From " line inside a body splits it.

/** Hard limit on messages taken from one file. */
export const MAX_MBOX_MESSAGES = 10_000;
/** Separator lines are kept up to this many characters. */
export const MAX_SEPARATOR_LENGTH = 1000;

export type MboxFormat = 'mboxrd' | 'mboxo';

export interface MboxOptions {
  /** 'mboxrd' (default) un-escapes ">From ", ">>From "...; 'mboxo' un-escapes ">From " only */
  format?: MboxFormat;
  /** at most this many messages (default and ceiling MAX_MBOX_MESSAGES) */
  maxMessages?: number;
}

export interface MboxMessage<T extends Uint8Array | string> {
  /** 0-based position in the file */
  index: number;
  /** offset of the separator line (equal to `offset` when the message has none) */
  start: number;
  /** offset of the message's first header line */
  offset: number;
  /** offset just past the message: the blank line before the next separator is not part of it */
  end: number;
  /** the "From " line without its line end (cut to MAX_SEPARATOR_LENGTH); null when there was none */
  separator: string | null;
  /** the address after "From " (the envelope sender, "MAILER-DAEMON" for bounces), when written */
  envelopeSender: string | null;
  /** the rest of the separator line (usually an asctime date), when written */
  separatorDate: string | null;
  /** the message with one ">" taken off each escaped "From " line; a view of the input when none was */
  data: T;
  /** how many lines were un-escaped */
  unescaped: number;
}

export interface MboxEnd {
  count: number;
  /** true when maxMessages stopped the scan before the end of the input */
  truncated: boolean;
  /** where the first message not read starts (input length when all were read) */
  resumeOffset: number;
}

/** What the scanner needs from its input: bytes or UTF-16 code units, both read as char codes. */
interface Src<T> {
  len: number;
  code(i: number): number;
  /** index of the next "\n" at or after i, or -1 */
  nl(i: number): number;
  slice(a: number, b: number): T;
  /** text of [a, b) for the separator (bytes are read as UTF-8, invalid sequences replaced) */
  text(a: number, b: number): string;
  /** [a, b) with the character at each of `drop` (sorted) removed */
  without(a: number, b: number, drop: number[]): T;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

function bytesSrc(b: Uint8Array): Src<Uint8Array> {
  return {
    len: b.length,
    code: (i) => b[i]!,
    nl: (i) => b.indexOf(0x0a, i),
    slice: (a, c) => b.subarray(a, c),
    text: (a, c) => utf8.decode(b.subarray(a, c)),
    without: (a, c, drop) => {
      const out = new Uint8Array(c - a - drop.length);
      let o = 0;
      let p = a;
      for (const d of drop) {
        out.set(b.subarray(p, d), o);
        o += d - p;
        p = d + 1;
      }
      out.set(b.subarray(p, c), o);
      return out;
    },
  };
}

function stringSrc(s: string): Src<string> {
  return {
    len: s.length,
    code: (i) => s.charCodeAt(i),
    nl: (i) => s.indexOf('\n', i),
    slice: (a, c) => s.slice(a, c),
    text: (a, c) => s.slice(a, c),
    without: (a, c, drop) => {
      const parts: string[] = [];
      let p = a;
      for (const d of drop) {
        parts.push(s.slice(p, d));
        p = d + 1;
      }
      parts.push(s.slice(p, c));
      return parts.join('');
    },
  };
}

const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
const GT = 0x3e;
const LF = 0x0a;
const CR = 0x0d;

function fromAt<T>(src: Src<T>, i: number): boolean {
  if (i + 5 > src.len) return false;
  for (let k = 0; k < 5; k++) if (src.code(i + k) !== FROM_[k]) return false;
  return true;
}

/** For a line starting with ">": the index of that ">" when the line is an escaped "From " line. */
function escapedAt<T>(src: Src<T>, i: number, format: MboxFormat): boolean {
  if (src.code(i) !== GT) return false;
  let j = i + 1;
  if (format === 'mboxrd') while (j < src.len && src.code(j) === GT) j++;
  return fromAt(src, j);
}

function lineEnd<T>(src: Src<T>, i: number): { contentEnd: number; next: number } {
  const n = src.nl(i);
  if (n < 0) return { contentEnd: src.len, next: src.len };
  return { contentEnd: n > i && src.code(n - 1) === CR ? n - 1 : n, next: n + 1 };
}

/** End of a message whose next separator starts at `sep`: one blank line before it belongs to the format. */
function trimSeparatorBlank<T>(src: Src<T>, offset: number, sep: number): number {
  if (sep - 1 >= offset && src.code(sep - 1) === LF) {
    if (sep - 2 >= offset && src.code(sep - 2) === LF) return sep - 1;
    if (sep - 3 >= offset && src.code(sep - 2) === CR && src.code(sep - 3) === LF) return sep - 2;
  }
  return sep;
}

function parseSeparator(line: string): { envelopeSender: string | null; separatorDate: string | null } {
  const rest = line.slice(5).replace(/^[ \t]+/, '');
  if (rest === '') return { envelopeSender: null, separatorDate: null };
  const sp = rest.search(/[ \t]/);
  if (sp < 0) return { envelopeSender: rest, separatorDate: null };
  const date = rest.slice(sp).trim();
  return { envelopeSender: rest.slice(0, sp), separatorDate: date === '' ? null : date };
}

function* scan<T extends Uint8Array | string>(src: Src<T>, opts: MboxOptions): Generator<MboxMessage<T>, MboxEnd, undefined> {
  const format: MboxFormat = opts.format === 'mboxo' ? 'mboxo' : 'mboxrd';
  const want = Number.isInteger(opts.maxMessages) && opts.maxMessages! > 0 ? Math.min(opts.maxMessages!, MAX_MBOX_MESSAGES) : MAX_MBOX_MESSAGES;
  let i = 0;
  // a UTF-8 byte order mark (bytes) or U+FEFF (string) before the first line
  if (src.len >= 3 && src.code(0) === 0xef && src.code(1) === 0xbb && src.code(2) === 0xbf) i = 3;
  else if (src.len >= 1 && src.code(0) === 0xfeff) i = 1;
  // leading blank lines carry nothing
  while (i < src.len) {
    const { contentEnd, next } = lineEnd(src, i);
    if (contentEnd !== i || next === i) break;
    i = next;
  }
  let count = 0;
  if (i >= src.len) return { count, truncated: false, resumeOffset: src.len };

  // the message being read
  let start = i;
  let offset = i;
  let separator: string | null = null;
  let drops: number[] = [];
  if (fromAt(src, i)) {
    const { contentEnd, next } = lineEnd(src, i);
    separator = src.text(i, Math.min(contentEnd, i + MAX_SEPARATOR_LENGTH));
    offset = next;
    i = next;
  }

  const emit = (end: number): MboxMessage<T> => {
    const stop = Math.max(offset, end);
    const sep = separator === null ? { envelopeSender: null, separatorDate: null } : parseSeparator(separator);
    return {
      index: count,
      start,
      offset,
      end: stop,
      separator,
      ...sep,
      data: drops.length === 0 ? src.slice(offset, stop) : src.without(offset, stop, drops),
      unescaped: drops.length,
    };
  };

  while (i < src.len) {
    if (fromAt(src, i)) {
      yield emit(trimSeparatorBlank(src, offset, i));
      count++;
      if (count >= want) return { count, truncated: true, resumeOffset: i };
      const { contentEnd, next } = lineEnd(src, i);
      start = i;
      separator = src.text(i, Math.min(contentEnd, i + MAX_SEPARATOR_LENGTH));
      offset = next;
      drops = [];
      i = next;
      continue;
    }
    if (escapedAt(src, i, format)) drops.push(i);
    i = lineEnd(src, i).next;
  }
  // a file that is one message with no separator is given back unchanged
  yield emit(separator === null && count === 0 ? src.len : trimSeparatorBlank(src, offset, src.len));
  count++;
  return { count, truncated: false, resumeOffset: src.len };
}

/**
 * Messages of an mbox, one at a time. Input without any "From " separator is one message.
 * Offsets are byte offsets for a Uint8Array and UTF-16 offsets for a string. Never throws.
 */
export function iterateMbox(input: Uint8Array, opts?: MboxOptions): Generator<MboxMessage<Uint8Array>, MboxEnd, undefined>;
export function iterateMbox(input: string, opts?: MboxOptions): Generator<MboxMessage<string>, MboxEnd, undefined>;
export function iterateMbox(input: Uint8Array | string, opts: MboxOptions = {}): Generator<MboxMessage<Uint8Array | string>, MboxEnd, undefined> {
  if (typeof input === 'string') return scan(stringSrc(input), opts ?? {});
  if (input instanceof Uint8Array) return scan(bytesSrc(input), opts ?? {});
  return scan(stringSrc(''), {});
}

/** All messages at once (up to maxMessages), with whether the file held more. */
export function splitMbox(input: Uint8Array, opts?: MboxOptions): { messages: MboxMessage<Uint8Array>[] } & MboxEnd;
export function splitMbox(input: string, opts?: MboxOptions): { messages: MboxMessage<string>[] } & MboxEnd;
export function splitMbox(input: Uint8Array | string, opts: MboxOptions = {}): { messages: MboxMessage<Uint8Array | string>[] } & MboxEnd {
  const it = iterateMbox(input as string, opts);
  const messages: MboxMessage<Uint8Array | string>[] = [];
  for (;;) {
    const r = it.next();
    if (r.done) return { messages, ...r.value };
    messages.push(r.value);
  }
}

/** True when the first non-blank line is an mbox "From " separator (not a "From:" header field). */
export function looksLikeMbox(input: Uint8Array | string): boolean {
  if (typeof input === 'string') return startsWithSeparator(stringSrc(input.slice(0, 4096)));
  if (input instanceof Uint8Array) return startsWithSeparator(bytesSrc(input.subarray(0, 4096)));
  return false;
}

function startsWithSeparator<T>(src: Src<T>): boolean {
  let i = 0;
  if (src.len >= 3 && src.code(0) === 0xef && src.code(1) === 0xbb && src.code(2) === 0xbf) i = 3;
  else if (src.len >= 1 && src.code(0) === 0xfeff) i = 1;
  while (i < src.len) {
    const { contentEnd, next } = lineEnd(src, i);
    if (contentEnd !== i) return fromAt(src, i);
    if (next === i) break;
    i = next;
  }
  return false;
}
