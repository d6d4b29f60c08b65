// DKIM verification (RFC 6376 6.1) and the message-signature core shared with ARC's AMS.
import type { Resolver } from '../dns/types.ts';
import { binaryToBytes, type RawHeader, type RawMessage } from '../message/raw.ts';
import { rfc, type AuthResult, type Problem } from '../types.ts';
import { BodyCache, checkBodyHash, type BodyHashCheck, type BodyHashStatus } from './body.ts';
import { headerHashInput, selectHeaders, type SelectedHeader } from './canon.ts';
import { verifyData } from './crypto.ts';
import { fetchKey, type DkimKeyInfo } from './key.ts';
import { parseSignatureTags, type CopiedHeader, type DkimTagResult } from './signature.ts';
import { clip } from './tags.ts';
import type { DkimSignatureResult, SignatureStatus, Step, VerifyOptions } from './types.ts';
import { EN, translator, type Tr } from '../i18n/tr.ts';

/** RFC 6376 6.1: verifiers MAY limit how many signatures they try. */
const MAX_SIGNATURES = 20;

const DISPLAY_HEADERS = ['From', 'To', 'Cc', 'Subject', 'Date', 'Reply-To', 'Message-ID', 'Content-Type', 'MIME-Version', 'List-Unsubscribe'];

export interface MessageSignatureCheck {
  result: AuthResult;
  reason: string;
  bodyHash: BodyHashStatus;
  signature: SignatureStatus;
  body: BodyHashCheck | null;
  key: DkimKeyInfo | null;
  selected: SelectedHeader[];
  problems: Problem[];
  steps: Step[];
}

export interface MessageSignatureInput {
  msg: RawMessage;
  field: RawHeader;
  parsed: DkimTagResult;
  /** the header fields h= may select from (the signature field itself excluded) */
  pool: RawHeader[];
  resolver: Resolver;
  bodies: BodyCache;
  /** DKIM i= domain, for the key's t=s flag; null for ARC */
  identityDomain: string | null;
  /** 'DKIM-Signature' or 'ARC-Message-Signature', for messages */
  label: string;
  /** the language of the texts (default English) */
  tr?: Tr;
}

/**
 * Verify a header signature over selected fields plus the body hash: the steps common to a
 * DKIM-Signature and an ARC-Message-Signature (RFC 6376 6.1.1-6.1.3, RFC 8617 5.2).
 */
export async function checkMessageSignature(inp: MessageSignatureInput): Promise<MessageSignatureCheck> {
  const { msg, field, parsed, label } = inp;
  const tr = inp.tr ?? EN;
  const sig = parsed.sig;
  const out: MessageSignatureCheck = {
    result: 'permerror', reason: '', bodyHash: 'not-checked', signature: 'not-checked', body: null, key: null,
    selected: [], problems: [...parsed.problems], steps: [],
  };
  const tagRule = sig.kind === 'dkim' ? rfc(6376, '3.5') : rfc(8617, '4.1.2');
  const firstError = parsed.problems.find((p) => p.severity === 'error');
  if (firstError) {
    out.reason = tr({ en: `The ${label} is malformed: ${firstError.message}`, ja: `${label} の形式が正しくありません: ${firstError.message}` });
    out.steps.push({ id: 'tags', outcome: 'fail', message: out.reason, rule: tagRule });
    return out;
  }
  const tagsText = `d=${sig.d}, s=${sig.s}, a=${sig.algorithm}, c=${sig.canonicalization.header}/${sig.canonicalization.body}`;
  out.steps.push({ id: 'tags', outcome: 'pass', message: tr({ en: `The ${label} tags are well-formed: ${tagsText}.`, ja: `${label} のタグは正しい形式です: ${tagsText}。` }), rule: tagRule });
  if (sig.algorithm === 'rsa-sha1') {
    out.result = 'policy';
    out.reason = tr({
      en: 'The signature uses rsa-sha1, which is historic: SHA-1 is broken and verifiers must not accept it (RFC 8301 3.1).',
      ja: 'この署名は廃止された rsa-sha1 を使っています。SHA-1 は安全ではなく、検証側は受け入れてはいけません (RFC 8301 3.1)。',
    });
    out.steps.push({ id: 'algorithm', outcome: 'fail', message: out.reason, rule: rfc(8301, '3.1') });
    return out;
  }

  // the body hash does not depend on the key: compute it even when the key is unusable
  if (msg.hasBody) {
    out.body = await checkBodyHash(inp.bodies, sig, tr);
    out.bodyHash = out.body.status;
    out.problems.push(...out.body.notes);
    if (out.body.status === 'fail' && isBlankBody(msg.body)) {
      // headers pasted with the blank line after them: nothing to compare, not a changed body
      out.bodyHash = 'not-checked';
      out.steps.push({
        id: 'body-hash',
        outcome: 'skip',
        message: tr({
          en: 'The paste ends right after the headers (a blank line, no body), and the signature was made over a non-empty body: the body hash (bh=) was not checked. The header signature still covers the bh= value.',
          ja: '貼り付けられたテキストはヘッダーの直後 (空行のみで本文なし) で終わっており、署名は空でない本文に対して作られています。本文ハッシュ (bh=) は確認していません。ヘッダー署名は bh= の値も対象に含んでいます。',
        }),
        rule: rfc(6376, '3.7'),
      });
    } else {
      out.steps.push(bodyStep(out.body, tr));
    }
  } else {
    out.steps.push({
      id: 'body-hash',
      outcome: 'skip',
      message: tr({
        en: 'Only the headers were given: the body hash (bh=) was not checked. The header signature still covers the bh= value.',
        ja: 'ヘッダーだけが与えられたため、本文ハッシュ (bh=) は確認していません。ヘッダー署名は bh= の値も対象に含んでいます。',
      }),
      rule: rfc(6376, '3.7'),
    });
  }

  const keyRes = await fetchKey(inp.resolver, sig.s!, sig.d!, sig.algorithm!, inp.identityDomain, tr);
  out.key = keyRes.info;
  out.problems.push(...keyRes.info.problems);
  const keyEvidence = keyRes.info.record ?? `${keyRes.info.dnsStatus ?? 'no answer'}`;
  const via = keyRes.info.chain.length ? tr({ en: ` (via CNAME ${keyRes.info.chain.join(' → ')})`, ja: ` (CNAME ${keyRes.info.chain.join(' → ')} 経由)` }) : '';
  if (keyRes.failure) {
    out.result = keyRes.failure.result;
    out.reason = keyRes.failure.reason;
    if (!out.problems.some((p) => p.code === keyRes.failure!.code)) {
      out.problems.push({ code: keyRes.failure.code, severity: 'error', subject: 'key', message: keyRes.failure.reason });
    }
    out.steps.push({ id: 'key', outcome: 'fail', message: tr({ en: `Key ${keyRes.info.name}${via}: ${keyRes.failure.reason}`, ja: `鍵 ${keyRes.info.name}${via}: ${keyRes.failure.reason}` }), rule: rfc(6376, '3.6.2.2'), evidence: keyEvidence });
    return out;
  }
  const bits = keyRes.info.bits;
  out.steps.push({
    id: 'key',
    outcome: 'pass',
    message: tr({
      en: `Found the ${keyRes.info.type} key${bits ? ` (${bits} bits)` : ''} at ${keyRes.info.name}${via}.`,
      ja: `${keyRes.info.name}${via} に ${keyRes.info.type} の鍵${bits ? ` (${bits} ビット) ` : ''}が見つかりました。`,
    }),
    rule: rfc(6376, '3.6.2.2'),
    evidence: keyEvidence,
  });

  out.selected = selectHeaders(inp.pool, sig.signedHeaders);
  const data = binaryToBytes(headerHashInput(out.selected, field, sig.canonicalization.header));
  const ok = await verifyData(sig.algorithm!, keyRes.key!, sig.signature!, data);
  out.signature = ok ? 'pass' : 'fail';
  out.steps.push(signatureStep(ok, out.selected, label, tr));
  if (!ok) {
    out.result = 'fail';
    const changed = copiedHeaderChanges(sig.copiedHeaders, out.selected, inp.pool, tr);
    if (changed) out.problems.push(changed);
    const signed = sig.signedHeaders.join(', ');
    out.reason = tr({
      en: `The header signature (b=) does not verify: one of the signed header fields (${signed}) or the ${label} itself was changed after signing, or the key in DNS is not the one used to sign.`,
      ja: `ヘッダー署名 (b=) を検証できません。署名されたヘッダーフィールド (${signed}) のどれか、または ${label} 自体が署名後に変更されたか、DNS の鍵が署名に使われた鍵ではありません。`,
    });
    if (changed) out.reason += tr({ en: ` ${changed.message}`, ja: changed.message });
    if (out.bodyHash === 'fail') {
      const why = out.body!.notes.at(-1)?.message ?? '';
      out.reason += tr({ en: ` The body hash does not match either. ${why}`.trimEnd(), ja: `本文ハッシュも一致しません。${why}` });
    }
  } else if (out.bodyHash === 'fail') {
    out.result = 'fail';
    const why = out.body!.notes.at(-1)?.message ?? '';
    out.reason = tr({
      en: `The header signature verifies, but the body hash does not: the body was changed after signing. ${why}`.trim(),
      ja: `ヘッダー署名は検証できましたが、本文ハッシュが一致しません。署名後に本文が変更されています。${why}`,
    });
  } else {
    out.result = 'pass';
    out.reason = out.bodyHash === 'pass'
      ? tr({ en: 'The header signature and the body hash both verify.', ja: 'ヘッダー署名と本文ハッシュの両方を検証できました。' })
      : tr({
          en: 'The header signature verifies. The body was not given, so the body hash was not checked: this result covers the headers only.',
          ja: 'ヘッダー署名は検証できました。本文が与えられていないため本文ハッシュは確認しておらず、この結果はヘッダーだけを対象にしています。',
        });
  }
  return out;
}

/** only line ends and blanks: what a headers-only paste leaves after the header block */
function isBlankBody(body: Uint8Array): boolean {
  if (body.length > 64) return false;
  for (const b of body) if (b !== 0x0d && b !== 0x0a && b !== 0x20 && b !== 0x09) return false;
  return true;
}

const squash = (v: string) => v.replace(/\r?\n/g, '').replace(/[ \t]+/g, ' ').trim();

/**
 * z= (RFC 6376 3.5) holds the signed header fields as the signer saw them. When the header
 * signature fails, compare them with the fields now present to say which ones changed.
 */
function copiedHeaderChanges(copies: CopiedHeader[] | null, selected: SelectedHeader[], pool: RawHeader[], tr: Tr): Problem | null {
  if (!copies || copies.length === 0) return null;
  const diffs: string[] = [];
  for (const c of copies) {
    const key = c.name.toLowerCase();
    const now = selected.find((s) => s.name.toLowerCase() === key)?.header ?? pool.filter((h) => h.key === key).at(-1) ?? null;
    const was = clip(squash(c.value));
    if (!now) diffs.push(tr({ en: `${c.name} was removed (signed as "${was}")`, ja: `${c.name} が削除されています (署名時は "${was}")` }));
    else if (squash(now.value) !== squash(c.value)) {
      const is = clip(squash(now.value));
      diffs.push(tr({ en: `${c.name} was "${was}" when signed and is now "${is}"`, ja: `${c.name} は署名時に "${was}" でしたが、現在は "${is}" です` }));
    }
  }
  if (diffs.length === 0)
    return {
      code: 'dkim-z-headers-unchanged',
      severity: 'info',
      subject: 'z',
      message: tr({
        en: 'The header copies in z= still match the fields present (apart from whitespace), so the change is elsewhere: in a field not copied in z=, in the signature field itself, or the key.',
        ja: 'z= にあるヘッダーのコピーは (空白を除いて) 現在のフィールドと一致しているため、変更は別の場所にあります: z= にコピーされていないフィールド、署名フィールド自体、または鍵です。',
      }),
    };
  return {
    code: 'dkim-z-header-changed',
    severity: 'info',
    subject: 'z',
    params: { changed: diffs.length },
    message: tr({ en: `According to the copies in z=, ${diffs.join('; ')}.`, ja: `z= のコピーによると、${diffs.join('。')}。` }),
  };
}

function bodyStep(b: BodyHashCheck, tr: Tr): Step {
  const len = b.signedLength !== null ? tr({ en: `${b.signedLength} of ${b.canonicalLength}`, ja: `${b.canonicalLength} バイト中 ${b.signedLength}` }) : `${b.canonicalLength}`;
  const evidence = tr({
    en: `computed bh=${b.computed ?? '(not computed)'}\nsigned   bh=${b.expected}`,
    ja: `計算値 bh=${b.computed ?? "(未計算)"}\n署名値 bh=${b.expected}`,
  });
  const rule = rfc(6376, '3.7');
  if (b.status === 'pass') return { id: 'body-hash', outcome: 'pass', message: tr({ en: `The body hash matches (${len} canonical bytes hashed).`, ja: `本文ハッシュが一致しました (正規化後 ${len} バイトをハッシュ)。` }), rule, evidence };
  const why = b.notes.at(-1)?.message ?? '';
  return { id: 'body-hash', outcome: 'fail', message: tr({ en: `The body hash does not match (${len} canonical bytes). ${why}`.trim(), ja: `本文ハッシュが一致しません (正規化後 ${len} バイト)。${why}` }), rule, evidence };
}

function signatureStep(ok: boolean, selected: SelectedHeader[], label: string, tr: Tr): Step {
  const covered = selected.map((s) =>
    s.header ? tr({ en: `${s.name} (line ${s.header.line})`, ja: `${s.name} (${s.header.line} 行目)` }) : tr({ en: `${s.name} (absent: signed as empty)`, ja: `${s.name} (なし: 空として署名)` }),
  );
  return {
    id: 'header-signature',
    outcome: ok ? 'pass' : 'fail',
    message: ok
      ? tr({ en: `The header signature (b=) verifies over the ${label} and the signed fields.`, ja: `ヘッダー署名 (b=) は ${label} と署名対象のフィールドに対して検証できました。` })
      : tr({ en: `The header signature (b=) does not verify over the ${label} and the signed fields.`, ja: `ヘッダー署名 (b=) は ${label} と署名対象のフィールドに対して検証できません。` }),
    rule: rfc(6376, '3.7'),
    evidence: covered.join('\n'),
  };
}

/** Display fields present in the message more often than h= covers them. */
function unsignedDisplay(msg: RawMessage, signed: string[]): string[] {
  const signedCount = new Map<string, number>();
  for (const n of signed) signedCount.set(n.toLowerCase(), (signedCount.get(n.toLowerCase()) ?? 0) + 1);
  return DISPLAY_HEADERS.filter((name) => {
    const key = name.toLowerCase();
    const present = msg.headers.filter((h) => h.key === key).length;
    return present > (signedCount.get(key) ?? 0);
  });
}

function domainOfIdentity(i: string | null, d: string | null): string | null {
  if (!i) return d;
  return i.slice(i.lastIndexOf('@') + 1).toLowerCase();
}

async function verifyOne(
  msg: RawMessage, field: RawHeader, index: number, resolver: Resolver, bodies: BodyCache, now: number, tr: Tr,
): Promise<DkimSignatureResult> {
  const parsed = parseSignatureTags(field.value, 'dkim', tr);
  const sig = parsed.sig;
  const d = parsed.tags.d ?? null;
  const check = await checkMessageSignature({
    msg, field, parsed, pool: msg.headers.filter((h) => h !== field), resolver, bodies,
    identityDomain: domainOfIdentity(sig.i, sig.d), label: 'DKIM-Signature', tr,
  });
  const res: DkimSignatureResult = {
    index, headerLine: field.line, tags: parsed.tags, d, s: parsed.tags.s ?? null,
    i: parsed.tags.i ?? (d ? `@${d}` : null), algorithm: parsed.tags.a ?? null,
    canonicalization: sig.canonicalization, result: check.result, reason: check.reason,
    bodyHash: check.bodyHash, signature: check.signature, signedHeaders: sig.signedHeaders,
    unsignedDisplayHeaders: unsignedDisplay(msg, sig.signedHeaders),
    bodyLength: { canonical: check.body?.canonicalLength ?? null, signed: sig.l },
    body: check.body, key: check.key, problems: check.problems,
    expired: sig.x !== null && sig.x < now, timestamp: sig.t, expires: sig.x, steps: check.steps,
  };
  applyMessageRules(res, msg, now, tr);
  return res;
}

/** Checks beyond the cryptography: several From fields, expiry, future timestamps. */
function applyMessageRules(res: DkimSignatureResult, msg: RawMessage, now: number, tr: Tr): void {
  const froms = msg.headers.filter((h) => h.key === 'from');
  if (froms.length > 1) {
    const lines = froms.map((f) => f.line).join(', ');
    const message = tr({
      en: `The message has ${froms.length} From fields (lines ${lines}); RFC 5322 allows exactly one. A From added above or below the signed one is what a mail client may show, so this signature cannot vouch for the author (RFC 6376 8.15).`,
      ja: `メッセージに From フィールドが ${froms.length} 個あります (${lines} 行目)。RFC 5322 で許されるのは 1 個だけです。署名された From の上や下に追加された From をメールクライアントが表示することがあるため、この署名は作成者を保証できません (RFC 6376 8.15)。`,
    });
    res.problems.push({ code: 'dkim-multiple-from', severity: 'error', subject: 'From', message });
    res.steps.push({ id: 'from-count', outcome: 'fail', message, rule: rfc(6376, '8.15') });
    if (res.result === 'pass') {
      res.result = 'fail';
      res.reason = tr({ en: `The signature verifies, but it is not trusted: ${message}`, ja: `署名は検証できましたが、信頼できません: ${message}` });
    }
  }
  if (res.expired) {
    const at = new Date(res.expires! * 1000).toISOString();
    const message = tr({ en: `The signature expired at ${at} (x=${res.expires}).`, ja: `署名は ${at} に期限切れになりました (x=${res.expires})。` });
    res.problems.push({ code: 'dkim-x-expired', severity: 'error', subject: 'x', message });
    res.steps.push({ id: 'expiry', outcome: 'fail', message, rule: rfc(6376, '3.5') });
    if (res.result === 'pass') {
      // RFC 6376 6.1.1: a verifier MAY ignore an expired signature; RFC 8601 calls that neutral
      res.result = 'neutral';
      res.reason = tr({ en: `${message} The signature verifies, but a verifier may ignore an expired signature.`, ja: `${message}署名は検証できましたが、検証側は期限切れの署名を無視できます。` });
    }
  }
  if (res.timestamp !== null && res.timestamp > now + 300) {
    res.problems.push({
      code: 'dkim-t-future',
      severity: 'warning',
      subject: 't',
      message: tr({
        en: `The signing time t=${res.timestamp} is in the future; the signer's clock may be wrong (RFC 6376 3.5 lets verifiers ignore such signatures).`,
        ja: `署名時刻 t=${res.timestamp} が未来になっています。署名者の時計がずれている可能性があります (RFC 6376 3.5 では、検証側はこのような署名を無視できます)。`,
      }),
    });
  }
}

/**
 * Verify every DKIM-Signature of a message, top to bottom. Never throws: each signature gets
 * a result with a plain-English reason and the steps that led to it.
 */
export async function verifyDkim(msg: RawMessage, resolver: Resolver, opts: VerifyOptions = {}): Promise<DkimSignatureResult[]> {
  const now = opts.now ?? Math.floor(Date.now() / 1000);
  const tr = translator(opts.lang);
  const bodies = bodyCacheFor(msg);
  const fields = msg.headers.filter((h) => h.key === 'dkim-signature');
  return Promise.all(fields.map(async (field, index) => {
    if (index >= MAX_SIGNATURES) {
      return skipped(field, index, tr({ en: `Not evaluated: only the first ${MAX_SIGNATURES} DKIM signatures are checked.`, ja: `評価していません: 確認するのは最初の ${MAX_SIGNATURES} 個の DKIM 署名だけです。` }), tr);
    }
    try {
      return await verifyOne(msg, field, index, resolver, bodies, now, tr);
    } catch (e) {
      return skipped(field, index, tr({ en: `Verification stopped on an unexpected error: ${String(e)}`, ja: `予期しないエラーで検証が止まりました: ${String(e)}` }), tr);
    }
  }));
}

/** The body cache for a message, knowing its top-level Content-Transfer-Encoding. */
export function bodyCacheFor(msg: RawMessage): BodyCache {
  const cte = msg.headers.filter((h) => h.key === 'content-transfer-encoding').at(-1);
  return new BodyCache(msg.body, cte ? dropComments(cte.value).trim().toLowerCase() : null);
}

/**
 * Removes each "(" up to the next ")", as `/\([^)]*\)/g` would, in one pass: that regex is
 * quadratic on a long run of "(" with no ")" (a hostile Content-Transfer-Encoding value).
 */
function dropComments(v: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = v.indexOf('(', i);
    const close = open < 0 ? -1 : v.indexOf(')', open + 1);
    if (close < 0) return out + v.slice(i);
    out += v.slice(i, open);
    i = close + 1;
  }
}

function skipped(field: RawHeader, index: number, reason: string, tr: Tr): DkimSignatureResult {
  const parsed = parseSignatureTags(field.value, 'dkim', tr);
  return {
    index, headerLine: field.line, tags: parsed.tags, d: parsed.tags.d ?? null, s: parsed.tags.s ?? null, i: parsed.tags.i ?? null,
    algorithm: parsed.tags.a ?? null, canonicalization: parsed.sig.canonicalization, result: 'neutral', reason,
    bodyHash: 'not-checked', signature: 'not-checked', signedHeaders: parsed.sig.signedHeaders, unsignedDisplayHeaders: [],
    bodyLength: { canonical: null, signed: parsed.sig.l }, body: null, key: null,
    problems: [{ code: 'dkim-not-evaluated', severity: 'warning', message: reason }], expired: false,
    timestamp: parsed.sig.t, expires: parsed.sig.x, steps: [{ id: 'skipped', outcome: 'skip', message: reason }],
  };
}
