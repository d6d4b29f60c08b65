// Body hash (RFC 6376 3.7 step 1, l= per 3.5) and, when it fails, a diagnosis of what changed.
import type { Problem } from '../types.ts';
import { canonBody } from './canon.ts';
import { bytesEqual, sha256 } from './crypto.ts';
import type { Canon, ParsedSignature } from './signature.ts';
import { decodeBase64, encodeBase64 } from '../util/base64.ts';
import { bytesToBinary } from '../message/raw.ts';
import { EN, type Tr } from '../i18n/tr.ts';
import type { TextCode } from '../findings/catalog.ts';

export type BodyHashStatus = 'pass' | 'fail' | 'not-checked';

export interface BodyHashCheck {
  status: BodyHashStatus;
  /** length of the canonicalized body in bytes (null when not checked) */
  canonicalLength: number | null;
  /** l= when present */
  signedLength: number | null;
  /** canonical bytes after the first l (not covered by the signature) */
  unsignedBytes: number | null;
  computed: string | null;
  expected: string | null;
  /** explanations: l= coverage, and on failure the likely cause */
  notes: Problem[];
}

/** Canonical bodies are computed once per message and canonicalization. */
export class BodyCache {
  private readonly bodies = new Map<Canon, Uint8Array>();
  /**
   * `transferEncoding`: the message's top-level Content-Transfer-Encoding (lowercase), used only
   * to recognise a body that was re-encoded in transit when its hash fails.
   */
  constructor(readonly raw: Uint8Array, readonly transferEncoding: string | null = null) {}
  get(canon: Canon): Uint8Array {
    let b = this.bodies.get(canon);
    if (!b) {
      b = canonBody(this.raw, canon);
      this.bodies.set(canon, b);
    }
    return b;
  }
}

/** Bodies above this size are hashed once; the diagnosis variants are skipped. */
const DIAGNOSE_LIMIT = 8 * 1024 * 1024;
const PREFIX_LIMIT = 1024 * 1024;
const PREFIX_CANDIDATES = 64;

function info(code: string, message: string, params?: Record<string, number>): Problem {
  return { code, severity: 'info', message, subject: 'body', ...(params ? { params } : {}) };
}

export async function checkBodyHash(cache: BodyCache, sig: ParsedSignature, tr: Tr = EN): Promise<BodyHashCheck> {
  const canon = sig.canonicalization.body;
  const full = cache.get(canon);
  const expected = sig.bodyHash!;
  const out: BodyHashCheck = {
    status: 'fail', canonicalLength: full.length, signedLength: sig.l, unsignedBytes: null,
    computed: null, expected: encodeBase64(expected), notes: [],
  };
  let signed = full;
  if (sig.l !== null) {
    if (sig.l > full.length) {
      out.notes.push(
        info(
          'body-shorter-than-l',
          tr('dkim.body.shorter-than-l', { l: sig.l, canonical: full.length }),
          { l: sig.l, canonical: full.length },
        ),
      );
      return out;
    }
    signed = full.subarray(0, sig.l);
    out.unsignedBytes = full.length - sig.l;
    if (out.unsignedBytes > 0) {
      out.notes.push({ code: 'body-l-unsigned', severity: 'warning', subject: 'body', params: { l: sig.l, canonical: full.length, unsigned: out.unsignedBytes },
        message: tr('dkim.body.l-unsigned', { l: sig.l, canonical: full.length, unsigned: out.unsignedBytes }) });
    }
  }
  const hash = await sha256(signed);
  out.computed = encodeBase64(hash);
  out.status = bytesEqual(hash, expected) ? 'pass' : 'fail';
  if (out.status === 'fail') out.notes.push(...(await diagnose(cache, sig, full, tr)));
  return out;
}

interface Variant {
  code: string;
  applies: (cache: BodyCache) => boolean;
  transform: (raw: Uint8Array) => Uint8Array | null;
  message: (raw: Uint8Array, tr: Tr) => string;
}

/** "1 line" / "2 lines": the count sub-text of a diagnosis, one code per number. */
const count = (tr: Tr, n: number, one: TextCode, many: TextCode) => tr(n === 1 ? one : many, { n });

/** "signed N bytes, received M (K more)": every diagnosis states the sizes it compared. */
function sizes(signed: number, received: number, tr: Tr): string {
  const d = received - signed;
  const diff = d === 0 ? tr('dkim.body.size.same') : tr(d > 0 ? 'dkim.body.size.more' : 'dkim.body.size.fewer', { n: Math.abs(d) });
  return tr('dkim.body.sizes', { signed, received, diff });
}

const VARIANTS: Variant[] = [
  // most specific first: CR CR LF also matches the CRLF→LF variant
  {
    code: 'body-line-endings-crcrlf',
    applies: (c) => indexOfSeq(c.raw, [0x0d, 0x0d, 0x0a]) !== -1,
    transform: (raw) => replaceSeq(raw, [0x0d, 0x0d, 0x0a], [0x0d, 0x0a]),
    message: (raw, tr) => {
      const n = countSeq(raw, [0x0d, 0x0d, 0x0a]);
      return tr('dkim.body.line-endings-crcrlf', { endings: count(tr, n, 'dkim.body.count.crcrlf.one', 'dkim.body.count.crcrlf.many') });
    },
  },
  {
    code: 'body-line-endings-lf',
    applies: (c) => c.raw.includes(0x0a),
    transform: (raw) => replaceSeq(raw, [0x0d, 0x0a], [0x0a]),
    message: (raw, tr) => {
      const n = countSeq(raw, [0x0d, 0x0a]);
      return tr('dkim.body.line-endings-lf', { endings: count(tr, n, 'dkim.body.count.crlf.one', 'dkim.body.count.crlf.many') });
    },
  },
  {
    code: 'body-bare-lf',
    applies: (c) => hasBareLf(c.raw),
    transform: (raw) => bareLfToCrlf(raw),
    message: (raw, tr) => {
      const n = countBareLf(raw);
      return tr('dkim.body.bare-lf', { endings: count(tr, n, 'dkim.body.count.bare-lf.one', 'dkim.body.count.bare-lf.many') });
    },
  },
  {
    code: 'body-reencoded-qp',
    applies: (c) => c.transferEncoding === 'quoted-printable',
    transform: (raw) => decodeQuotedPrintable(raw),
    message: (_raw, tr) => tr('dkim.body.reencoded-qp'),
  },
  {
    code: 'body-reencoded-base64',
    applies: (c) => c.transferEncoding === 'base64',
    transform: (raw) => decodeBase64Body(raw),
    message: (_raw, tr) => tr('dkim.body.reencoded-base64'),
  },
];

async function matches(bytes: Uint8Array, expected: Uint8Array): Promise<boolean> {
  return bytesEqual(await sha256(bytes), expected);
}

/** Try likely alterations and say which one reproduces the signed hash, with byte counts. */
async function diagnose(cache: BodyCache, sig: ParsedSignature, full: Uint8Array, tr: Tr): Promise<Problem[]> {
  const expected = sig.bodyHash!;
  const canon = sig.canonicalization.body;
  const limit = (b: Uint8Array) => (sig.l !== null ? b.subarray(0, sig.l) : b);
  const received = limit(full).length;
  const found = (code: string, message: string, signed: number, extra: Record<string, number> = {}) =>
    [info(code, tr('dkim.text.two-sentences', { first: message, second: sizes(signed, received, tr) }), { canonical: full.length, signed, received, ...extra })];
  if (cache.raw.length > DIAGNOSE_LIMIT) {
    const mb = DIAGNOSE_LIMIT / 1024 / 1024;
    return [info('body-changed', tr('dkim.body.too-large', { canonical: full.length, mb }), { canonical: full.length })];
  }
  if (canon === 'simple') {
    const relaxed = limit(cache.get('relaxed'));
    if (await matches(relaxed, expected)) {
      return found('body-whitespace-changed', tr('dkim.body.whitespace-changed'), relaxed.length);
    }
  }
  for (const v of VARIANTS) {
    if (!v.applies(cache)) continue;
    const t = v.transform(cache.raw);
    if (!t) continue;
    const variant = limit(canonBody(t, canon));
    if (await matches(variant, expected)) return found(v.code, v.message(cache.raw, tr), variant.length);
  }
  if (sig.l === null) {
    const appended = await findSignedPrefix(full, expected);
    if (appended !== null) {
      const added = full.length - appended;
      return found('body-appended', tr('dkim.body.appended', { appended, added }), appended, { added });
    }
    const inserted = await findInsertedBeforeBoundary(full, expected);
    if (inserted) {
      const lines = count(tr, inserted.lines, 'dkim.body.count.line.one', 'dkim.body.count.line.many');
      return found('body-footer-in-part', tr('dkim.body.footer-in-part', { bytes: inserted.bytes, lines }), full.length - inserted.bytes, { added: inserted.bytes });
    }
  }
  const emptyCanon = canon === 'simple' ? 2 : 0;
  if (full.length <= emptyCanon) {
    return [info('body-missing', tr('dkim.body.missing', { canonical: full.length }), { canonical: full.length })];
  }
  const lText = sig.l !== null ? tr('dkim.body.changed.limit', { l: sig.l }) : '';
  return [info('body-changed', tr('dkim.body.changed', { received, limit: lText }), { canonical: full.length, received })];
}

/** Is some prefix ending at one of the last line boundaries the signed body? (footer appended) */
async function findSignedPrefix(full: Uint8Array, expected: Uint8Array): Promise<number | null> {
  if (full.length > PREFIX_LIMIT) return null;
  let tried = 0;
  for (let end = full.length - 2; end >= 0 && tried < PREFIX_CANDIDATES; end--) {
    if (full[end] !== 0x0a) continue;
    tried++;
    if (await matches(full.subarray(0, end + 1), expected)) return end + 1;
  }
  return (await matches(full.subarray(0, 0), expected)) ? 0 : null;
}

/** Start offsets of the canonical body's lines. */
function lineStarts(b: Uint8Array): number[] {
  const out = [0];
  for (let i = b.indexOf(0x0a); i !== -1 && i + 1 < b.length; i = b.indexOf(0x0a, i + 1)) out.push(i + 1);
  return out;
}

/**
 * Multipart footer: a block of lines inserted just before the closing boundary ("--x--").
 * Tries removing the last 1..PREFIX_CANDIDATES lines before the last line starting with "--".
 */
async function findInsertedBeforeBoundary(full: Uint8Array, expected: Uint8Array): Promise<{ bytes: number; lines: number } | null> {
  if (full.length > PREFIX_LIMIT) return null;
  const starts = lineStarts(full);
  let b = starts.length - 1;
  while (b > 0 && !(full[starts[b]!] === 0x2d && full[starts[b]! + 1] === 0x2d)) b--;
  if (b <= 0) return null;
  const boundaryAt = starts[b]!;
  const tail = full.subarray(boundaryAt);
  for (let k = 1; k <= PREFIX_CANDIDATES && b - k >= 0; k++) {
    const cut = starts[b - k]!;
    const candidate = new Uint8Array(cut + tail.length);
    candidate.set(full.subarray(0, cut));
    candidate.set(tail, cut);
    if (await matches(candidate, expected)) return { bytes: boundaryAt - cut, lines: k };
  }
  return null;
}

/** RFC 2045 6.7 decoding: soft line breaks removed, =XX decoded. Null when nothing is encoded. */
function decodeQuotedPrintable(b: Uint8Array): Uint8Array | null {
  const out = new Uint8Array(b.length);
  let o = 0;
  let changed = false;
  const hex = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1);
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c !== 0x3d) {
      out[o++] = c;
      continue;
    }
    // soft line break: "=" then optional trailing whitespace then CRLF
    let j = i + 1;
    while (b[j] === 0x20 || b[j] === 0x09) j++;
    if (b[j] === 0x0d && b[j + 1] === 0x0a) {
      i = j + 1;
      changed = true;
      continue;
    }
    const h1 = hex(b[i + 1] ?? 0);
    const h2 = hex(b[i + 2] ?? 0);
    if (h1 >= 0 && h2 >= 0) {
      out[o++] = h1 * 16 + h2;
      i += 2;
      changed = true;
    } else {
      out[o++] = c;
    }
  }
  return changed ? out.subarray(0, o) : null;
}

/** The body read as base64 (line breaks and blanks ignored); null when it is not base64 or empty. */
function decodeBase64Body(b: Uint8Array): Uint8Array | null {
  const out = decodeBase64(bytesToBinary(b));
  return out && out.length > 0 ? out : null;
}

function countSeq(b: Uint8Array, seq: number[]): number {
  let n = 0;
  for (let i = indexOfSeq(b, seq); i !== -1; i = indexOfSeq(b, seq, i + seq.length)) n++;
  return n;
}

function countBareLf(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(0x0a); i !== -1; i = b.indexOf(0x0a, i + 1)) if (i === 0 || b[i - 1] !== 0x0d) n++;
  return n;
}

function indexOfSeq(b: Uint8Array, seq: number[], from = 0): number {
  for (let i = b.indexOf(seq[0]!, from); i !== -1; i = b.indexOf(seq[0]!, i + 1)) {
    let ok = true;
    for (let j = 1; j < seq.length && ok; j++) ok = b[i + j] === seq[j];
    if (ok) return i;
  }
  return -1;
}

function replaceSeq(b: Uint8Array, seq: number[], rep: number[]): Uint8Array {
  const out: Uint8Array[] = [];
  let pos = 0;
  for (let i = indexOfSeq(b, seq); i !== -1; i = indexOfSeq(b, seq, pos)) {
    out.push(b.subarray(pos, i), new Uint8Array(rep));
    pos = i + seq.length;
  }
  out.push(b.subarray(pos));
  return concat(out);
}

function hasBareLf(b: Uint8Array): boolean {
  for (let i = b.indexOf(0x0a); i !== -1; i = b.indexOf(0x0a, i + 1)) if (i === 0 || b[i - 1] !== 0x0d) return true;
  return false;
}

function bareLfToCrlf(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length * 2);
  let o = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x0a && (i === 0 || b[i - 1] !== 0x0d)) out[o++] = 0x0d;
    out[o++] = b[i]!;
  }
  return out.subarray(0, o);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
