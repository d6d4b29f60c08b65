// Test helpers for DKIM/ARC: LF→CRLF messages, TXT zones, and a small signer built on WebCrypto
// (so that sign-then-verify tests exercise real signatures, not fixtures).
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { binaryToBytes, bytesToBinary, splitMessage, type RawMessage } from '../../../src/lib/message/raw.ts';
import { canonBody, headerHashInput, selectHeaders } from '../../../src/lib/dkim/canon.ts';
import { encodeBase64 } from '../../../src/lib/util/base64.ts';
import type { Canon } from '../../../src/lib/dkim/signature.ts';

/** Bare LF → CRLF (as every upstream harness does before canonicalization). */
export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

export function crlfMessage(text: string): RawMessage {
  return splitMessage(binaryToBytes(toCrlf(text)));
}

export function bytesMessage(bytes: Uint8Array): RawMessage {
  return splitMessage(binaryToBytes(toCrlf(bytesToBinary(bytes))));
}

/** A resolver from name → list of TXT record texts. */
export function txtResolver(records: Record<string, string | string[]>): ZoneResolver {
  const zone: Zone = {};
  for (const [name, v] of Object.entries(records)) {
    const list = Array.isArray(v) ? v : [v];
    zone[name] = { TXT: list.map((t) => [t]) };
  }
  return new ZoneResolver(zone);
}

export interface TestKey {
  alg: 'rsa-sha256' | 'ed25519-sha256' | 'rsa-sha1';
  privateKey: CryptoKey;
  /** the p= value (SubjectPublicKeyInfo for RSA, raw 32 bytes for Ed25519) */
  p: string;
}

export async function rsaKey(bits = 2048, alg: 'rsa-sha256' | 'rsa-sha1' = 'rsa-sha256'): Promise<TestKey> {
  const kp = (await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash: alg === 'rsa-sha1' ? 'SHA-1' : 'SHA-256' },
    true, ['sign', 'verify'],
  )) as CryptoKeyPair;
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', kp.publicKey));
  return { alg, privateKey: kp.privateKey, p: encodeBase64(spki) };
}

export async function edKey(): Promise<TestKey> {
  const kp = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', kp.publicKey));
  return { alg: 'ed25519-sha256', privateKey: kp.privateKey, p: encodeBase64(raw) };
}

/** The bare PKCS#1 RSAPublicKey inside an SPKI p= value (what some DNS publishers put in p=). */
export function pkcs1Of(spkiB64: string): string {
  const der = Uint8Array.from(atob(spkiB64), (c) => c.charCodeAt(0));
  // SEQUENCE { SEQUENCE algId, BIT STRING { 0x00, RSAPublicKey } }
  const len = (pos: number): [number, number] => {
    const b = der[pos + 1]!;
    if (b < 0x80) return [b, pos + 2];
    const n = b & 0x7f;
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + der[pos + 2 + i]!;
    return [v, pos + 2 + n];
  };
  const [, outerStart] = len(0);
  const [algLen, algStart] = len(outerStart);
  const [, bitStart] = len(algStart + algLen);
  return encodeBase64(der.subarray(bitStart + 1));
}

export interface SignOptions {
  key: TestKey;
  d: string;
  s: string;
  h: string[];
  c?: `${Canon}/${Canon}`;
  /** the c= text written, when it differs from `c` (e.g. 'relaxed' alone = relaxed/simple) */
  cText?: string;
  extra?: string; // extra tags, e.g. 'l=10; i=@sub.example'
  bodyHashOverride?: string;
  headerName?: string; // 'DKIM-Signature' (default) or 'ARC-Message-Signature'
}

/** Sign a CRLF message text and return the text with the signature field prepended. */
export async function sign(text: string, o: SignOptions): Promise<string> {
  const crlf = toCrlf(text);
  const msg = splitMessage(binaryToBytes(crlf));
  const [hc, bc] = (o.c ?? 'relaxed/relaxed').split('/') as [Canon, Canon];
  const lMatch = /l=(\d+)/.exec(o.extra ?? '');
  let body = canonBody(msg.body, bc);
  if (lMatch) body = body.subarray(0, Number(lMatch[1]));
  const digest = o.key.alg === 'rsa-sha1' ? 'SHA-1' : 'SHA-256';
  const bh = o.bodyHashOverride ?? encodeBase64(new Uint8Array(await crypto.subtle.digest(digest, body as BufferSource)));
  const name = o.headerName ?? 'DKIM-Signature';
  const vTag = name === 'DKIM-Signature' ? 'v=1; ' : '';
  const cTag = o.cText ?? `${hc}/${bc}`;
  const unsigned = `${name}: ${vTag}a=${o.key.alg}; c=${cTag}; d=${o.d}; s=${o.s};${o.extra ? ` ${o.extra};` : ''}\r\n h=${o.h.join(':')}; bh=${bh}; b=`;
  const field = splitMessage(binaryToBytes(`${unsigned}\r\n\r\n`)).headers[0]!;
  const data = binaryToBytes(headerHashInput(selectHeaders(msg.headers, o.h), field, hc));
  const toSign = o.key.alg === 'ed25519-sha256' ? new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource)) : data;
  const sigBytes = new Uint8Array(await crypto.subtle.sign(o.key.alg === 'ed25519-sha256' ? { name: 'Ed25519' } : { name: 'RSASSA-PKCS1-v1_5' }, o.key.privateKey, toSign as BufferSource));
  return `${unsigned}${encodeBase64(sigBytes)}\r\n${crlf}`;
}

/** Pass counts per suite, printed after the file's tests ("suite: pass/total"). */
export function passTally(afterAll: (fn: () => void) => void): (suite: string, ok: boolean) => void {
  const counts: Record<string, [number, number]> = {};
  afterAll(() => {
    for (const [suite, [pass, total]] of Object.entries(counts)) console.log(`${suite}: ${pass}/${total}`);
  });
  return (suite, ok) => {
    const c = (counts[suite] ??= [0, 0]);
    c[1]++;
    if (ok) c[0]++;
  };
}
