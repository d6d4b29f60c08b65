// Body hash (RFC 6376 3.7 step 1, l= per 3.5) and, when it fails, a diagnosis of what changed.
import type { Problem } from '../types.ts';
import { canonBody } from './canon.ts';
import { bytesEqual, sha256 } from './crypto.ts';
import type { Canon, ParsedSignature } from './signature.ts';
import { encodeBase64 } from './tags.ts';

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
  constructor(readonly raw: Uint8Array) {}
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

export async function checkBodyHash(cache: BodyCache, sig: ParsedSignature): Promise<BodyHashCheck> {
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
      out.notes.push(info('body-shorter-than-l', `l=${sig.l} but the canonicalized body is only ${full.length} bytes: the body was shortened after signing, so the signature cannot verify.`, { l: sig.l, canonical: full.length }));
      return out;
    }
    signed = full.subarray(0, sig.l);
    out.unsignedBytes = full.length - sig.l;
    if (out.unsignedBytes > 0) {
      out.notes.push({ code: 'body-l-unsigned', severity: 'warning', subject: 'body', params: { l: sig.l, canonical: full.length, unsigned: out.unsignedBytes },
        message: `l=${sig.l}: only the first ${sig.l} of ${full.length} canonical body bytes are signed; the last ${out.unsignedBytes} bytes are not covered and anyone could have added them (RFC 6376 8.2).` });
    }
  }
  const hash = await sha256(signed);
  out.computed = encodeBase64(hash);
  out.status = bytesEqual(hash, expected) ? 'pass' : 'fail';
  if (out.status === 'fail') out.notes.push(...(await diagnose(cache, sig, full)));
  return out;
}

interface Variant {
  code: string;
  applies: (raw: Uint8Array) => boolean;
  transform: (raw: Uint8Array) => Uint8Array;
  message: string;
}

const VARIANTS: Variant[] = [
  {
    code: 'body-line-endings-lf',
    applies: (raw) => raw.includes(0x0a),
    transform: (raw) => replaceSeq(raw, [0x0d, 0x0a], [0x0a]),
    message: 'The body matches when its line endings are bare LF instead of CRLF: the line endings were changed (e.g. by copying the message through an editor or a non-SMTP tool), not the content.',
  },
  {
    code: 'body-line-endings-crcrlf',
    applies: (raw) => indexOfSeq(raw, [0x0d, 0x0d, 0x0a]) !== -1,
    transform: (raw) => replaceSeq(raw, [0x0d, 0x0d, 0x0a], [0x0d, 0x0a]),
    message: 'The body matches when doubled CR CR LF line endings are reduced to CRLF: the line endings were mangled in copying, not the content.',
  },
  {
    code: 'body-bare-lf',
    applies: (raw) => hasBareLf(raw),
    transform: (raw) => bareLfToCrlf(raw),
    message: 'The body matches once bare LF line endings are turned into CRLF: the line endings were changed, not the content.',
  },
];

async function matches(bytes: Uint8Array, expected: Uint8Array): Promise<boolean> {
  return bytesEqual(await sha256(bytes), expected);
}

/** Try likely alterations and say which one reproduces the signed hash. */
async function diagnose(cache: BodyCache, sig: ParsedSignature, full: Uint8Array): Promise<Problem[]> {
  const expected = sig.bodyHash!;
  const canon = sig.canonicalization.body;
  const limit = (b: Uint8Array) => (sig.l !== null ? b.subarray(0, sig.l) : b);
  const size = { canonical: full.length };
  if (cache.raw.length > DIAGNOSE_LIMIT) {
    return [info('body-changed', `The body hash does not match: the body (${full.length} canonical bytes) differs from what was signed. It is too large to try the usual alterations.`, size)];
  }
  if (canon === 'simple' && (await matches(limit(cache.get('relaxed')), expected))) {
    return [info('body-whitespace-changed', 'The body matches once spaces and tabs are normalised (relaxed canonicalization): only whitespace was changed (e.g. trailing spaces stripped or tabs expanded), but c=.../simple does not tolerate that.', size)];
  }
  for (const v of VARIANTS) {
    if (v.applies(cache.raw) && (await matches(limit(canonBody(v.transform(cache.raw), canon)), expected))) {
      return [info(v.code, v.message, size)];
    }
  }
  const appended = sig.l === null ? await findSignedPrefix(full, expected) : null;
  if (appended !== null) {
    return [info('body-appended', `The first ${appended} bytes of the canonical body match the signature; ${full.length - appended} bytes were added at the end after signing (typically a footer or disclaimer added by a mailing list or gateway).`, { ...size, signed: appended, added: full.length - appended })];
  }
  return [info('body-changed', `The body hash does not match: the body (${full.length} canonical bytes) differs from what was signed. Likely causes: content re-encoded by a relay (e.g. 8bit turned into quoted-printable or base64), a footer or disclaimer inserted inside a MIME part, or the message edited by a gateway or antivirus.`, size)];
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
