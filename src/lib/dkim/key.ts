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
      problems.push(
        err('key-v-invalid', tr({ en: `The key record has v=${v}; only v=DKIM1 is valid, so the record is discarded (RFC 6376 3.6.1).`, ja: `鍵レコードが v=${v} です。有効なのは v=DKIM1 だけなので、このレコードは破棄されます (RFC 6376 3.6.1)。` })),
      );
    else if (parsed.list[0]?.name !== 'v') problems.push(warn('key-v-not-first', tr({ en: 'v=DKIM1 should be the first tag of the key record (RFC 6376 3.6.1).', ja: 'v=DKIM1 は鍵レコードの最初のタグにしてください (RFC 6376 3.6.1)。' })));
  }
  const k = tags.k ?? 'rsa';
  if (k === 'rsa' || k === 'ed25519') out.type = k;
  else problems.push(err('key-k-unknown', tr({ en: `The key record has k=${clip(k)}, an unknown key type (known: rsa, ed25519).`, ja: `鍵レコードの k=${clip(k)} は不明な鍵の種類です (既知の種類: rsa、ed25519)。` })));
  if ('h' in tags) out.hashes = colonList(tags.h!);
  if ('s' in tags) {
    out.services = colonList(tags.s!);
    if (!out.services.includes('*') && !out.services.includes('email')) {
      const sv = clip(tags.s!);
      problems.push(
        err(
          'key-s-not-email',
          tr({
            en: `The key record has s=${sv}: the key is not for email (it needs s=email or s=*), so it cannot verify a mail signature (RFC 6376 3.6.1).`,
            ja: `鍵レコードが s=${sv} です。この鍵はメール用ではない (s=email または s=* が必要) ため、メールの署名を検証できません (RFC 6376 3.6.1)。`,
          }),
        ),
      );
    }
  }
  if ('t' in tags) out.flags = colonList(tags.t!);
  if (!('p' in tags)) {
    problems.push(err('key-p-missing', tr({ en: 'The key record has no p= tag (the public key).', ja: '鍵レコードに p= タグ (公開鍵) がありません。' })));
  } else if (stripWsp(tags.p!) === '') {
    out.revoked = true;
    problems.push(err('key-revoked', tr({ en: 'The key record has an empty p=: the key has been revoked (RFC 6376 3.6.1).', ja: '鍵レコードの p= が空です。この鍵は失効しています (RFC 6376 3.6.1)。' })));
  } else {
    out.publicKey = decodeBase64(tags.p!);
    if (!out.publicKey) problems.push(err('key-p-base64', tr({ en: 'The key record p= is not valid base64.', ja: '鍵レコードの p= が有効な base64 ではありません。' })));
  }
  return out;
}

/** Pick the key record among the TXT answers: the only one, or the first usable one. */
function chooseRecord(records: string[], tr: Tr): { text: string; parsed: ParsedKeyRecord; extra: Problem[] } {
  const parsed = records.map((t) => ({ text: t, parsed: parseKeyRecord(t, tr) }));
  const extra: Problem[] = [];
  if (records.length > 1) {
    extra.push(
      warn(
        'key-multiple-records',
        tr({
          en: `${records.length} TXT records exist at the key name; the results are undefined (RFC 6376 3.6.2.2). The first usable one was taken.`,
          ja: `鍵の名前に TXT レコードが ${records.length} 件あります。この場合の結果は未定義です (RFC 6376 3.6.2.2)。最初に使えるものを採用しました。`,
        }),
      ),
    );
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
    return fail('temperror', 'key-dns-temperror', tr({ en: `The DNS query for ${name} failed (${why}); try again later.`, ja: `${name} の DNS 問い合わせに失敗しました (${why})。しばらくしてから再度お試しください。` }));
  }
  info.dnsStatus = res.status;
  info.chain = res.chain;
  info.records = res.answers.map((a) => a.data);
  if (isTransientFailure(res)) {
    const why = `${res.status}${res.error ? `: ${res.error}` : ''}`;
    return fail('temperror', 'key-dns-temperror', tr({ en: `The DNS query for the key ${name} failed temporarily (${why}).`, ja: `鍵 ${name} の DNS 問い合わせが一時的に失敗しました (${why})。` }));
  }
  if (res.status === 'NXDOMAIN' || info.records.length === 0) {
    const nx = res.status === 'NXDOMAIN';
    const what = nx ? 'does not exist (NXDOMAIN)' : 'has no TXT record';
    return fail(
      'permerror',
      'key-not-found',
      tr({
        en: `No DKIM key: ${name} ${what}. The selector may be wrong, or the key was removed.`,
        ja: `DKIM 鍵がありません: ${name} は${nx ? '存在しません (NXDOMAIN)' : ' TXT レコードがありません'}。セレクタが間違っているか、鍵が削除された可能性があります。`,
      }),
    );
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
      message: tr({
        en: 'The key record has t=y: the domain is testing DKIM; receivers should treat the result like an unsigned message.',
        ja: '鍵レコードに t=y があります。このドメインは DKIM をテスト中で、受信側は署名のないメッセージと同じように扱うべきです。',
      }),
    });
  const firstError = info.problems.find((p) => p.severity === 'error');
  if (rec.revoked)
    return fail('fail', 'key-revoked', tr({ en: `The key ${name} has been revoked (empty p=), so no signature made with it can pass.`, ja: `鍵 ${name} は失効している (p= が空) ため、この鍵による署名が pass になることはありません。` }));
  if (firstError) return fail('permerror', firstError.code, firstError.message);

  const keyType: KeyType = alg === 'ed25519-sha256' ? 'ed25519' : 'rsa';
  if (rec.type !== keyType) {
    return fail('permerror', 'key-type-mismatch', tr({ en: `The signature uses ${alg} but the key record is k=${rec.type}.`, ja: `署名は ${alg} を使っていますが、鍵レコードは k=${rec.type} です。` }));
  }
  if (rec.hashes && !rec.hashes.includes(hashOf(alg))) {
    const h = rec.hashes.join(':');
    return fail('permerror', 'key-h-mismatch', tr({ en: `The key record allows only h=${h}, not the ${hashOf(alg)} this signature uses.`, ja: `鍵レコードが許可しているのは h=${h} だけで、この署名が使う ${hashOf(alg)} は許可されていません。` }));
  }
  // RFC 6376 3.6.1 t=s: the i= domain must equal d= exactly, no subdomains
  if (rec.flags.includes('s') && identityDomain !== null && identityDomain !== d) {
    return fail('permerror', 'key-t-s-mismatch', tr({ en: `The key record has t=s (strict): the i= domain ${identityDomain} must be exactly ${d}.`, ja: `鍵レコードに t=s (strict) があります。i= のドメイン ${identityDomain} は ${d} と完全に一致する必要があります。` }));
  }
  return importKey(info, rec.publicKey!, keyType, fail, tr);
}

async function importKey(
  info: DkimKeyInfo, p: Uint8Array, type: KeyType, fail: (r: AuthResult, code: string, reason: string) => KeyOutcome, tr: Tr,
): Promise<KeyOutcome> {
  if (type === 'ed25519') {
    if (p.length !== 32) return fail('permerror', 'key-p-invalid', tr({ en: `The ed25519 key is ${p.length} bytes; RFC 8463 keys are 32 bytes.`, ja: `ed25519 の鍵が ${p.length} バイトです。RFC 8463 の鍵は 32 バイトです。` }));
    info.format = 'raw';
    info.bits = 256;
    try {
      return { info, key: await importEd25519(p), failure: null };
    } catch {
      return fail('permerror', 'key-p-invalid', tr({ en: 'The ed25519 public key could not be loaded.', ja: 'ed25519 の公開鍵を読み込めませんでした。' }));
    }
  }
  const shape = rsaKeyShape(p);
  if (!shape)
    return fail('permerror', 'key-p-invalid', tr({ en: 'The key record p= is not a valid RSA public key (it is corrupted or truncated).', ja: '鍵レコードの p= は有効な RSA 公開鍵ではありません (壊れているか途中で切れています)。' }));
  info.format = shape.form;
  info.bits = shape.bits;
  if (shape.form === 'pkcs1') {
    info.problems.push({
      code: 'key-pkcs1',
      severity: 'info',
      subject: 'key',
      message: tr({
        en: 'p= holds a bare PKCS#1 RSAPublicKey rather than the SubjectPublicKeyInfo RFC 6376 asks for; it was accepted.',
        ja: 'p= には RFC 6376 が求める SubjectPublicKeyInfo ではなく、PKCS#1 の RSAPublicKey がそのまま入っています。受け入れました。',
      }),
    });
  }
  // RFC 8301 3.2: verifiers MUST NOT consider signatures with keys under 1024 bits valid
  if (shape.bits < 1024) {
    return fail('policy', 'key-too-small', tr({ en: `The RSA key is only ${shape.bits} bits; keys under 1024 bits are refused (RFC 8301 3.2).`, ja: `RSA 鍵が ${shape.bits} ビットしかありません。1024 ビット未満の鍵は拒否されます (RFC 8301 3.2)。` }));
  }
  if (shape.bits < 2048) {
    info.problems.push(warn('key-weak', tr({ en: `The RSA key is ${shape.bits} bits; it is accepted, but 2048 bits is recommended (RFC 8301 3.2).`, ja: `RSA 鍵は ${shape.bits} ビットです。受け入れられますが、2048 ビットを推奨します (RFC 8301 3.2)。` })));
  }
  try {
    return { info, key: await importRsa(shape.spki), failure: null };
  } catch {
    return fail('permerror', 'key-p-invalid', tr({ en: 'The RSA public key could not be loaded.', ja: 'RSA 公開鍵を読み込めませんでした。' }));
  }
}
