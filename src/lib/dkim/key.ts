// DKIM key records (RFC 6376 3.6.1, RFC 8463, RFC 8301): fetch, parse, import.
import { isTransientFailure, type DnsStatus, type Resolver } from '../dns/types.ts';
import type { AuthResult, Problem } from '../types.ts';
import { importEd25519, importRsa, rsaKeyShape } from './crypto.ts';
import type { Algorithm } from './signature.ts';
import { clip, parseTagList, stripWsp } from './tags.ts';
import { decodeBase64 } from '../util/base64.ts';
import { EN, type Tr } from '../i18n/tr.ts';

export type KeyType = 'rsa' | 'ed25519';

export interface ParsedKeyRecord {
  tags: Record<string, string>;
  /** k= (default rsa); null when unknown */
  type: KeyType | null;
  /** decoded p=; null when missing, invalid or empty */
  publicKey: Uint8Array | null;
  /** p= is present and empty: the key was revoked (RFC 6376 3.6.1) */
  revoked: boolean;
  /** t= flags, e.g. ['y'] testing, ['s'] same-domain i= */
  flags: string[];
  /** s= service types (default ['*']) */
  services: string[];
  /** h= acceptable hash algorithms, null = any */
  hashes: string[] | null;
  notes: string | null;
  problems: Problem[];
}

export interface DkimKeyInfo {
  /** the name queried: <s>._domainkey.<d> */
  name: string;
  dnsStatus: DnsStatus | null;
  /** CNAME targets the resolver followed (e.g. Amazon SES Easy DKIM) */
  chain: string[];
  /** every TXT answer at the name */
  records: string[];
  /** the record used */
  record: string | null;
  type: KeyType | null;
  bits: number | null;
  /** RSA key given as bare PKCS#1 rather than SubjectPublicKeyInfo */
  format: 'spki' | 'pkcs1' | 'raw' | null;
  testing: boolean;
  flags: string[];
  problems: Problem[];
}

export interface KeyOutcome {
  info: DkimKeyInfo;
  key: CryptoKey | null;
  /** set when the key cannot be used: the signature's result and why */
  failure: { result: AuthResult; reason: string; code: string } | null;
}

function err(code: string, message: string, subject = 'key'): Problem {
  return { code, severity: 'error', message, subject };
}
function warn(code: string, message: string, subject = 'key'): Problem {
  return { code, severity: 'warning', message, subject };
}
const colonList = (v: string) => stripWsp(v).split(':').filter((x) => x !== '');

/** Parse a DKIM key record's TXT text and check its tags (RFC 6376 3.6.1, RFC 8463). */
export function parseKeyRecord(text: string, tr: Tr = EN): ParsedKeyRecord {
  const parsed = parseTagList(text, 'key', tr);
  const tags = parsed.map;
  const problems = [...parsed.problems];
  const out: ParsedKeyRecord = {
    tags, type: null, publicKey: null, revoked: false, flags: [], services: ['*'], hashes: null, notes: tags.n ?? null, problems,
  };
  if ('v' in tags) {
    // "If specified, this tag MUST be set to DKIM1"; records with another value MUST be discarded
    const v = clip(tags.v!);
    if (tags.v !== 'DKIM1')
      problems.push(err('key-v-invalid', tr('dkim.key.v-invalid', { v })));
    else if (parsed.list[0]?.name !== 'v') problems.push(warn('key-v-not-first', tr('dkim.key.v-not-first')));
  }
  const k = tags.k ?? 'rsa';
  if (k === 'rsa' || k === 'ed25519') out.type = k;
  else problems.push(err('key-k-unknown', tr('dkim.key.k-unknown', { k: clip(k) })));
  if ('h' in tags) out.hashes = colonList(tags.h!);
  if ('s' in tags) {
    out.services = colonList(tags.s!);
    if (!out.services.includes('*') && !out.services.includes('email')) {
      const sv = clip(tags.s!);
      problems.push(err('key-s-not-email', tr('dkim.key.s-not-email', { s: sv })));
    }
  }
  if ('t' in tags) out.flags = colonList(tags.t!);
  if (!('p' in tags)) {
    problems.push(err('key-p-missing', tr('dkim.key.p-missing')));
  } else if (stripWsp(tags.p!) === '') {
    out.revoked = true;
    problems.push(err('key-revoked', tr('dkim.key.p-empty')));
  } else {
    out.publicKey = decodeBase64(tags.p!);
    if (!out.publicKey) problems.push(err('key-p-base64', tr('dkim.key.p-base64')));
  }
  return out;
}

/** Pick the key record among the TXT answers: the only one, or the first usable one. */
function chooseRecord(records: string[], tr: Tr): { text: string; parsed: ParsedKeyRecord; extra: Problem[] } {
  const parsed = records.map((t) => ({ text: t, parsed: parseKeyRecord(t, tr) }));
  const extra: Problem[] = [];
  if (records.length > 1) {
    extra.push(warn('key-multiple-records', tr('dkim.key.multiple-records', { n: records.length })));
  }
  const usable = parsed.find((p) => !p.parsed.problems.some((x) => x.severity === 'error'));
  return { ...(usable ?? parsed[0]!), extra };
}

function hashOf(alg: Algorithm): string {
  return alg === 'rsa-sha1' ? 'sha1' : 'sha256';
}

/**
 * Fetch <s>._domainkey.<d> and turn it into a verification key.
 * `identityDomain` is the DKIM i= domain, checked against t=s (null for ARC).
 */
export async function fetchKey(
  resolver: Resolver, s: string, d: string, alg: Algorithm, identityDomain: string | null, tr: Tr = EN,
): Promise<KeyOutcome> {
  const name = `${s}._domainkey.${d}`;
  const info: DkimKeyInfo = {
    name, dnsStatus: null, chain: [], records: [], record: null, type: null, bits: null, format: null, testing: false, flags: [], problems: [],
  };
  const fail = (result: AuthResult, code: string, reason: string): KeyOutcome => ({ info, key: null, failure: { result, code, reason } });
  let res;
  try {
    res = await resolver.query(name, 'TXT');
  } catch (e) {
    const why = clip(String(e), 120);
    return fail('temperror', 'key-dns-temperror', tr('dkim.key.dns-failed', { name, why }));
  }
  info.dnsStatus = res.status;
  info.chain = res.chain;
  info.records = res.answers.map((a) => a.data);
  if (isTransientFailure(res)) {
    const why = `${res.status}${res.error ? `: ${res.error}` : ''}`;
    return fail('temperror', 'key-dns-temperror', tr('dkim.key.dns-temperror', { name, why }));
  }
  if (res.status === 'NXDOMAIN' || info.records.length === 0) {
    const nx = res.status === 'NXDOMAIN';
    return fail('permerror', 'key-not-found', tr(nx ? 'dkim.key.not-found.nxdomain' : 'dkim.key.not-found.no-txt', { name }));
  }
  const chosen = chooseRecord(info.records, tr);
  const rec = chosen.parsed;
  info.record = chosen.text;
  info.type = rec.type;
  info.flags = rec.flags;
  info.testing = rec.flags.includes('y');
  info.problems.push(...rec.problems, ...chosen.extra);
  if (info.testing)
    info.problems.push({
      code: 'key-testing',
      severity: 'info',
      subject: 'key',
      message: tr('dkim.key.testing'),
    });
  const firstError = info.problems.find((p) => p.severity === 'error');
  if (rec.revoked) return fail('fail', 'key-revoked', tr('dkim.key.revoked', { name }));
  if (firstError) return fail('permerror', firstError.code, firstError.message);

  const keyType: KeyType = alg === 'ed25519-sha256' ? 'ed25519' : 'rsa';
  if (rec.type !== keyType) {
    return fail('permerror', 'key-type-mismatch', tr('dkim.key.type-mismatch', { algorithm: alg, k: String(rec.type) }));
  }
  if (rec.hashes && !rec.hashes.includes(hashOf(alg))) {
    const h = rec.hashes.join(':');
    return fail('permerror', 'key-h-mismatch', tr('dkim.key.h-mismatch', { h, hash: hashOf(alg) }));
  }
  // RFC 6376 3.6.1 t=s: the i= domain must equal d= exactly, no subdomains
  if (rec.flags.includes('s') && identityDomain !== null && identityDomain !== d) {
    return fail('permerror', 'key-t-s-mismatch', tr('dkim.key.t-s-mismatch', { identity: identityDomain, d }));
  }
  return importKey(info, rec.publicKey!, keyType, fail, tr);
}

async function importKey(
  info: DkimKeyInfo, p: Uint8Array, type: KeyType, fail: (r: AuthResult, code: string, reason: string) => KeyOutcome, tr: Tr,
): Promise<KeyOutcome> {
  if (type === 'ed25519') {
    if (p.length !== 32) return fail('permerror', 'key-p-invalid', tr('dkim.key.ed25519-length', { n: p.length }));
    info.format = 'raw';
    info.bits = 256;
    try {
      return { info, key: await importEd25519(p), failure: null };
    } catch {
      return fail('permerror', 'key-p-invalid', tr('dkim.key.ed25519-unloadable'));
    }
  }
  const shape = rsaKeyShape(p);
  if (!shape) return fail('permerror', 'key-p-invalid', tr('dkim.key.rsa-invalid'));
  info.format = shape.form;
  info.bits = shape.bits;
  if (shape.form === 'pkcs1') {
    info.problems.push({
      code: 'key-pkcs1',
      severity: 'info',
      subject: 'key',
      message: tr('dkim.key.pkcs1'),
    });
  }
  // RFC 8301 3.2: verifiers MUST NOT consider signatures with keys under 1024 bits valid
  if (shape.bits < 1024) {
    return fail('policy', 'key-too-small', tr('dkim.key.rsa-too-small', { bits: shape.bits }));
  }
  if (shape.bits < 2048) {
    info.problems.push(warn('key-weak', tr('dkim.key.rsa-weak', { bits: shape.bits })));
  }
  try {
    return { info, key: await importRsa(shape.spki), failure: null };
  } catch {
    return fail('permerror', 'key-p-invalid', tr('dkim.key.rsa-unloadable'));
  }
}
