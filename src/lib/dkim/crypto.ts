// WebCrypto glue: key import (SPKI, bare PKCS#1, raw Ed25519), digests, signature checks.
// Only globalThis.crypto.subtle: runs in the browser, a worker and Node 20 alike.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import type { Algorithm } from './signature.ts';

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

/**
 * Below this many bytes SHA-256 is computed here: a WebCrypto digest is a round trip to another
 * thread (tens of microseconds whatever the size), which costs more than hashing a few KB in JS.
 */
export const JS_SHA256_MAX_BYTES = 2048;

export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  if (data.length <= JS_SHA256_MAX_BYTES) return sha256Sync(data);
  return new Uint8Array(await subtle().digest('SHA-256', data as BufferSource));
}

/** SHA-256 in JS (any length; sha256() uses it for small inputs): @noble/hashes, audited. */
export function sha256Sync(data: Uint8Array): Uint8Array {
  return nobleSha256(data);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// ---- minimal DER reading: enough to tell SPKI from PKCS#1 and to measure the modulus ----

interface Der {
  tag: number;
  start: number; // content start
  end: number; // content end
}

function readDer(b: Uint8Array, pos: number, limit = b.length): Der | null {
  if (pos + 2 > limit) return null;
  const tag = b[pos]!;
  let len = b[pos + 1]!;
  let start = pos + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > limit) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[start + i]!;
    start += n;
  }
  const end = start + len;
  return end > limit ? null : { tag, start, end };
}

const RSA_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

/** Bit length of a DER INTEGER's value (leading zero bytes ignored). */
function integerBits(b: Uint8Array, d: Der): number {
  let i = d.start;
  while (i < d.end && b[i] === 0) i++;
  if (i === d.end) return 0;
  return (d.end - i - 1) * 8 + (32 - Math.clz32(b[i]!));
}

/** Modulus size of a PKCS#1 RSAPublicKey (SEQUENCE { INTEGER n, INTEGER e }), or null. */
function pkcs1Bits(b: Uint8Array, from = 0, to = b.length): number | null {
  const seq = readDer(b, from, to);
  if (!seq || seq.tag !== 0x30 || seq.end !== to) return null;
  const n = readDer(b, seq.start, seq.end);
  if (!n || n.tag !== 0x02) return null;
  const e = readDer(b, n.end, seq.end);
  if (!e || e.tag !== 0x02 || e.end !== seq.end) return null;
  return integerBits(b, n);
}

export interface RsaKeyShape {
  form: 'spki' | 'pkcs1';
  bits: number;
  /** SubjectPublicKeyInfo DER, ready for importKey('spki') */
  spki: Uint8Array;
}

/**
 * Recognise an RSA p= value: SubjectPublicKeyInfo (RFC 6376 3.6.1) or a bare PKCS#1
 * RSAPublicKey that some publishers use; the latter is wrapped into SPKI for WebCrypto.
 */
export function rsaKeyShape(der: Uint8Array): RsaKeyShape | null {
  const outer = readDer(der, 0);
  if (!outer || outer.tag !== 0x30 || outer.end !== der.length) return null;
  const first = readDer(der, outer.start, outer.end);
  if (!first) return null;
  if (first.tag === 0x02) {
    const bits = pkcs1Bits(der);
    return bits === null ? null : { form: 'pkcs1', bits, spki: wrapPkcs1(der) };
  }
  if (first.tag !== 0x30) return null;
  const oid = der.subarray(first.start, first.start + RSA_OID.length);
  if (!bytesEqual(oid, new Uint8Array(RSA_OID))) return null;
  const bitString = readDer(der, first.end, outer.end);
  if (!bitString || bitString.tag !== 0x03 || bitString.end !== outer.end || der[bitString.start] !== 0) return null;
  const bits = pkcs1Bits(der, bitString.start + 1, bitString.end);
  return bits === null ? null : { form: 'spki', bits, spki: der };
}

function derLength(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return [0x80 | out.length, ...out];
}

function wrapPkcs1(pkcs1: Uint8Array): Uint8Array {
  const algId = [0x30, 0x0d, ...RSA_OID, 0x05, 0x00];
  const bitString = [0x03, ...derLength(pkcs1.length + 1), 0x00];
  const bodyLen = algId.length + bitString.length + pkcs1.length;
  const head = [0x30, ...derLength(bodyLen), ...algId, ...bitString];
  const out = new Uint8Array(head.length + pkcs1.length);
  out.set(head);
  out.set(pkcs1, head.length);
  return out;
}

// ---- imported keys, shared across analyses ----
// Importing an RSA key costs more than verifying with it, and the same few keys sign most mail
// (and every re-analysis of one message). An imported key is immutable, non-extractable and
// verify-only, so one import serves every later use of the same algorithm and key bytes.

/** Keys kept at most (least recently used dropped first). */
export const KEY_CACHE_ENTRIES = 64;
const keyCache = new Map<string, Promise<CryptoKey>>();

function keyId(kind: string, bytes: Uint8Array): string {
  let s = kind + ':';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

function cachedImport(kind: string, bytes: Uint8Array, load: () => Promise<CryptoKey>): Promise<CryptoKey> {
  const id = keyId(kind, bytes);
  const hit = keyCache.get(id);
  if (hit) {
    keyCache.delete(id);
    keyCache.set(id, hit);
    return hit;
  }
  const p = load();
  keyCache.set(id, p);
  // a failed import is not remembered: the caller reports it, the next one tries again
  p.catch(() => {
    if (keyCache.get(id) === p) keyCache.delete(id);
  });
  while (keyCache.size > KEY_CACHE_ENTRIES) keyCache.delete(keyCache.keys().next().value!);
  return p;
}

/** rsa-sha1 is refused before this point (RFC 8301), so RSA keys are always SHA-256 keys. */
export async function importRsa(spki: Uint8Array): Promise<CryptoKey> {
  return cachedImport('rsa-sha256', spki, () => subtle().importKey('spki', spki as BufferSource, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']));
}

/** RFC 8463 3: the p= of an ed25519 key is the raw 32-byte public key. */
export async function importEd25519(raw: Uint8Array): Promise<CryptoKey> {
  return cachedImport('ed25519', raw, () => subtle().importKey('raw', raw as BufferSource, { name: 'Ed25519' }, false, ['verify']));
}

/**
 * Check a signature over the canonicalized header data. rsa-sha256 hashes the data itself;
 * ed25519-sha256 signs the SHA-256 of the data (RFC 8463 3).
 */
export async function verifyData(alg: Algorithm, key: CryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    if (alg === 'ed25519-sha256') {
      return await subtle().verify({ name: 'Ed25519' }, key, signature as BufferSource, (await sha256(data)) as BufferSource);
    }
    return await subtle().verify({ name: 'RSASSA-PKCS1-v1_5' }, key, signature as BufferSource, data as BufferSource);
  } catch {
    return false;
  }
}
