// Test helpers for DKIM/ARC: LF→CRLF messages, TXT zones, and a small signer built on WebCrypto
// (so that sign-then-verify tests exercise real signatures, not fixtures).
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { binaryToBytes, bytesToBinary, splitMessage, type RawMessage } from '../../../src/lib/message/raw.ts';
import { canonBody, headerHashInput, selectHeaders } from '../../../src/lib/dkim/canon.ts';
import { encodeBase64 } from '../../../src/lib/dkim/tags.ts';
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
  alg: 'rsa-sha256' | 'ed25519-sha256';
  privateKey: CryptoKey;
  /** the p= value */
  p: string;
}

export async function rsaKey(bits = 2048): Promise<TestKey> {
  const kp = (await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true, ['sign', 'verify'],
  )) as CryptoKeyPair;
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', kp.publicKey));
  return { alg: 'rsa-sha256', privateKey: kp.privateKey, p: encodeBase64(spki) };
}

export async function edKey(): Promise<TestKey> {
  const kp = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', kp.publicKey));
  return { alg: 'ed25519-sha256', privateKey: kp.privateKey, p: encodeBase64(raw) };
}

export interface SignOptions {
  key: TestKey;
  d: string;
  s: string;
  h: string[];
  c?: `${Canon}/${Canon}`;
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
  const bh = o.bodyHashOverride ?? encodeBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', body as BufferSource)));
  const name = o.headerName ?? 'DKIM-Signature';
  const vTag = name === 'DKIM-Signature' ? 'v=1; ' : '';
  const unsigned = `${name}: ${vTag}a=${o.key.alg}; c=${hc}/${bc}; d=${o.d}; s=${o.s};${o.extra ? ` ${o.extra};` : ''}\r\n h=${o.h.join(':')}; bh=${bh}; b=`;
  const field = splitMessage(binaryToBytes(`${unsigned}\r\n\r\n`)).headers[0]!;
  const data = binaryToBytes(headerHashInput(selectHeaders(msg.headers, o.h), field, hc));
  const toSign = o.key.alg === 'ed25519-sha256' ? new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource)) : data;
  const sigBytes = new Uint8Array(await crypto.subtle.sign(o.key.alg === 'ed25519-sha256' ? { name: 'Ed25519' } : { name: 'RSASSA-PKCS1-v1_5' }, o.key.privateKey, toSign as BufferSource));
  return `${unsigned}${encodeBase64(sigBytes)}\r\n${crlf}`;
}
