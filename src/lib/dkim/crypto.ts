// WebCrypto glue: key import (SPKI, bare PKCS#1, raw Ed25519), digests, signature checks.
// Only globalThis.crypto.subtle: runs in the browser, a worker and Node 20 alike.
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

// FIPS 180-4 SHA-256
const K256 = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const W256 = new Int32Array(64);

function sha256Block(H: Int32Array, b: Uint8Array, off: number): void {
  const w = W256;
  for (let i = 0; i < 16; i++, off += 4) w[i] = (b[off]! << 24) | (b[off + 1]! << 16) | (b[off + 2]! << 8) | b[off + 3]!;
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15]!;
    const y = w[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
  let a = H[0]!, bb = H[1]!, c = H[2]!, d = H[3]!, e = H[4]!, f = H[5]!, g = H[6]!, h = H[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K256[i]! + w[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = bb;
    bb = a;
    a = (t1 + t2) | 0;
  }
  H[0] = (H[0]! + a) | 0;
  H[1] = (H[1]! + bb) | 0;
  H[2] = (H[2]! + c) | 0;
  H[3] = (H[3]! + d) | 0;
  H[4] = (H[4]! + e) | 0;
  H[5] = (H[5]! + f) | 0;
  H[6] = (H[6]! + g) | 0;
  H[7] = (H[7]! + h) | 0;
}

/** SHA-256 in JS (any length; sha256() uses it for small inputs). */
export function sha256Sync(data: Uint8Array): Uint8Array {
  const H = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const n = data.length;
  const full = n - (n % 64);
  for (let off = 0; off < full; off += 64) sha256Block(H, data, off);
  // padding: 0x80, zeros, the bit length as 64-bit big-endian
  const tail = new Uint8Array(n - full < 56 ? 64 : 128);
  tail.set(data.subarray(full));
  tail[n - full] = 0x80;
  const view = new DataView(tail.buffer);
  view.setUint32(tail.length - 8, Math.floor(n / 0x20000000));
  view.setUint32(tail.length - 4, (n * 8) >>> 0);
  for (let off = 0; off < tail.length; off += 64) sha256Block(H, tail, off);
  const out = new Uint8Array(32);
  const ov = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) ov.setInt32(i * 4, H[i]!);
  return out;
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

/** Forget every imported key (tests). */
export function clearKeyCache(): void {
  keyCache.clear();
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
