// ARC chain validation (RFC 8617 5.2), sharing DKIM's canonicalization, keys and crypto.
import type { Resolver } from '../dns/types.ts';
import { binaryToBytes, type RawMessage } from '../message/raw.ts';
import { rfc, type AuthResult, type Problem } from '../types.ts';
import type { BodyCache } from '../dkim/body.ts';
import { canonSignatureField, relaxedHeader } from '../dkim/canon.ts';
import { verifyData } from '../dkim/crypto.ts';
import { fetchKey } from '../dkim/key.ts';
import type { Step } from '../dkim/types.ts';
import { bodyCacheFor, checkMessageSignature } from '../dkim/verify.ts';
import { collectArcFields, groupArcSets, type ArcField, type ArcSetFields } from './parse.ts';
import type { ArcResult, ArcSetResult, ArcSignatureCheck } from './types.ts';
import { translator, type TextLang, type Tr } from '../i18n/tr.ts';

export interface ArcOptions {
  /** unix seconds; ARC signatures carry t= but are not rejected on time (RFC 8617 has no x=) */
  now?: number;
  /** the language of reasons, steps and problems (default 'en') */
  lang?: TextLang;
}

function emptyCheck(f: ArcField | undefined, tr: Tr): ArcSignatureCheck {
  return {
    result: 'none', reason: tr({ en: 'Not checked.', ja: '確認していません。' }), d: f?.parsed?.tags.d ?? null, s: f?.parsed?.tags.s ?? null,
    line: f?.header.line ?? null, problems: [], steps: [],
  };
}

/**
 * The AMS of one instance, verified like a DKIM signature over the headers present when it was
 * added: ARC fields of later instances are left out of the pool h= selects from.
 */
async function checkAms(msg: RawMessage, fields: ArcField[], set: ArcSetFields, resolver: Resolver, bodies: BodyCache, tr: Tr): Promise<ArcSignatureCheck> {
  const f = set.ams[0]!;
  const later = new Set(fields.filter((x) => (x.instance ?? 0) > set.instance).map((x) => x.header));
  const pool = msg.headers.filter((h) => h !== f.header && !later.has(h));
  const c = await checkMessageSignature({ msg, field: f.header, parsed: f.parsed!, pool, resolver, bodies, identityDomain: null, label: 'ARC-Message-Signature', tr });
  return { ...emptyCheck(f, tr), result: c.result, reason: c.reason, bodyHash: c.bodyHash, signature: c.signature, problems: c.problems, steps: c.steps };
}

/** RFC 8617 5.1.1: the seal covers sets 1..i in order (AAR, AMS, AS), relaxed, its own b= empty. */
function sealInput(sets: ArcSetFields[], upTo: number): Uint8Array {
  let s = '';
  for (const set of sets.slice(0, upTo)) {
    for (const f of [set.aar[0]!, set.ams[0]!, set.as[0]!]) {
      s += set.instance === upTo && f.kind === 'as' ? canonSignatureField(f.header, 'relaxed') : relaxedHeader(f.header.name, f.header.value);
    }
  }
  return binaryToBytes(s);
}

type SealCheck = ArcSignatureCheck & { cv: string | null };

async function checkSeal(sets: ArcSetFields[], set: ArcSetFields, resolver: Resolver, tr: Tr): Promise<SealCheck> {
  const f = set.as[0]!;
  const out: SealCheck = { ...emptyCheck(f, tr), cv: f.parsed!.sig.cv };
  const parsed = f.parsed!;
  const sig = parsed.sig;
  const fail = (result: AuthResult, reason: string, step: Step): SealCheck => Object.assign(out, { result, reason, steps: [...out.steps, step] });
  out.problems.push(...parsed.problems);
  const firstError = parsed.problems.find((p) => p.severity === 'error');
  if (firstError) {
    return fail('permerror', tr({ en: `The ARC-Seal is malformed: ${firstError.message}`, ja: `ARC-Seal の形式が正しくありません: ${firstError.message}` }), { id: 'tags', outcome: 'fail', message: firstError.message, rule: rfc(8617, '4.1.3') });
  }
  // RFC 8617 5.2 step 3 (structure): instance 1 must say cv=none, every later one cv=pass
  const wantCv = set.instance === 1 ? 'none' : 'pass';
  if (sig.cv !== wantCv) {
    const i = set.instance;
    const why =
      sig.cv === 'fail'
        ? tr({ en: 'this intermediary itself recorded that the chain was already broken', ja: 'この中継者自身が、チェーンがすでに壊れていたと記録しています' })
        : tr({ en: `instance ${i} must carry cv=${wantCv}`, ja: `インスタンス ${i} には cv=${wantCv} が必要です` });
    return fail('fail', tr({ en: `The ARC-Seal of set ${i} has cv=${sig.cv}: ${why}.`, ja: `セット ${i} の ARC-Seal は cv=${sig.cv} です: ${why}。` }), {
      id: 'cv',
      outcome: 'fail',
      message: tr({ en: `cv=${sig.cv}, expected cv=${wantCv}.`, ja: `cv=${sig.cv} ですが、cv=${wantCv} であるべきです。` }),
      rule: rfc(8617, '5.2'),
    });
  }
  if (sig.algorithm === 'rsa-sha1') {
    return fail('policy', tr({ en: 'The ARC-Seal uses rsa-sha1, which is historic and refused (RFC 8301 3.1).', ja: 'ARC-Seal は廃止された rsa-sha1 を使っているため、拒否されます (RFC 8301 3.1)。' }), {
      id: 'algorithm',
      outcome: 'fail',
      message: tr({ en: 'rsa-sha1 is refused.', ja: 'rsa-sha1 は拒否されます。' }),
      rule: rfc(8301, '3.1'),
    });
  }
  const key = await fetchKey(resolver, sig.s!, sig.d!, sig.algorithm!, null, tr);
  out.problems.push(...key.info.problems);
  if (key.failure) {
    return fail(key.failure.result, key.failure.reason, { id: 'key', outcome: 'fail', message: key.failure.reason, rule: rfc(6376, '3.6.2.2'), evidence: key.info.record ?? key.info.dnsStatus ?? '' });
  }
  out.steps.push({
    id: 'key',
    outcome: 'pass',
    message: tr({ en: `Found the ${key.info.type} key at ${key.info.name}.`, ja: `${key.info.name} に ${key.info.type} の鍵が見つかりました。` }),
    rule: rfc(6376, '3.6.2.2'),
    evidence: key.info.record ?? '',
  });
  const ok = await verifyData(sig.algorithm!, key.key!, sig.signature!, sealInput(sets, set.instance));
  const i = set.instance;
  if (!ok) {
    return fail(
      'fail',
      tr({
        en: `The ARC-Seal of set ${i} does not verify: an ARC header of sets 1 to ${i} was changed, or the key is not the one used.`,
        ja: `セット ${i} の ARC-Seal を検証できません。セット 1 から ${i} の ARC ヘッダーのどれかが変更されたか、鍵が署名に使われたものではありません。`,
      }),
      { id: 'seal', outcome: 'fail', message: tr({ en: 'The seal signature (b=) does not verify.', ja: 'シール署名 (b=) を検証できません。' }), rule: rfc(8617, '5.1.1') },
    );
  }
  out.steps.push({
    id: 'seal',
    outcome: 'pass',
    message: tr({ en: 'The seal signature (b=) verifies over the ARC headers of this and earlier sets.', ja: 'シール署名 (b=) は、このセットとそれ以前のセットの ARC ヘッダーに対して検証できました。' }),
    rule: rfc(8617, '5.1.1'),
  });
  return Object.assign(out, { result: 'pass' as const, reason: tr({ en: `The ARC-Seal of set ${i} verifies (d=${sig.d}, cv=${sig.cv}).`, ja: `セット ${i} の ARC-Seal を検証できました (d=${sig.d}、cv=${sig.cv})。` }) });
}

/**
 * Validate the ARC chain (RFC 8617 5.2). Never throws. Each set's AAR is reported as what the
 * intermediary claims; it is not re-evaluated.
 */
export async function validateArc(msg: RawMessage, resolver: Resolver, opts: ArcOptions = {}): Promise<ArcResult> {
  const tr = translator(opts.lang);
  const fields = collectArcFields(msg, tr);
  if (fields.length === 0) {
    return { result: 'none', sets: [], reason: tr({ en: 'The message has no ARC headers: no intermediary sealed it.', ja: 'メッセージに ARC ヘッダーはありません。どの中継者もシールしていません。' }), problems: [], steps: [] };
  }
  try {
    return await validateChain(msg, fields, resolver, tr);
  } catch (e) {
    return { result: 'fail', sets: [], reason: tr({ en: `ARC validation stopped on an unexpected error: ${String(e)}`, ja: `予期しないエラーで ARC の検証が止まりました: ${String(e)}` }), problems: [], steps: [] };
  }
}

async function validateChain(msg: RawMessage, fields: ArcField[], resolver: Resolver, tr: Tr): Promise<ArcResult> {
  const { sets, problem } = groupArcSets(fields, tr);
  const setResults: ArcSetResult[] = sets.map((s) => ({
    instance: s.instance, authservId: s.aar[0]?.authservId ?? null, aarText: s.aar[0]?.aarText ?? null,
    aarLine: s.aar[0]?.header.line ?? null, ams: emptyCheck(s.ams[0], tr), as: { ...emptyCheck(s.as[0], tr), cv: s.as[0]?.parsed?.sig.cv ?? null },
  }));
  const steps: Step[] = [];
  if (problem) {
    steps.push({ id: 'structure', outcome: 'fail', message: problem.message, rule: rfc(8617, '4.2.1') });
    return { result: 'fail', sets: setResults, brokenAt: problem.instance, reason: tr({ en: `The ARC chain is malformed: ${problem.message}`, ja: `ARC チェーンの形式が正しくありません: ${problem.message}` }), problems: [problem], steps };
  }
  const n = sets.length;
  steps.push({
    id: 'structure',
    outcome: 'pass',
    message: tr({ en: `${n} complete ARC set${n > 1 ? 's' : ''} (instances 1 to ${n}).`, ja: `完全な ARC セットが ${n} 個あります (インスタンス 1 から ${n})。` }),
    rule: rfc(8617, '4.2.1'),
  });
  const bodies = bodyCacheFor(msg);
  for (const [k, set] of sets.entries()) {
    setResults[k]!.ams = await checkAms(msg, fields, set, resolver, bodies, tr);
    setResults[k]!.as = await checkSeal(sets, set, resolver, tr);
  }
  const problems: Problem[] = setResults.flatMap((r) => [...r.ams.problems, ...r.as.problems]);
  const decision = decide(setResults, tr);
  steps.push({ id: 'chain', outcome: decision.result === 'pass' ? 'pass' : 'fail', message: decision.reason, rule: rfc(8617, '5.2') });
  return { ...decision, sets: setResults, oldestPass: oldestPass(setResults), problems, steps };
}

/** RFC 8617 5.2 steps 2, 4 and 6, in that order. */
function decide(sets: ArcSetResult[], tr: Tr): Pick<ArcResult, 'result' | 'reason' | 'brokenAt'> {
  const last = sets.at(-1)!;
  const n = last.instance;
  if (last.as.cv === 'fail') {
    return {
      result: 'fail',
      brokenAt: n,
      reason: tr({
        en: `The newest ARC-Seal (set ${n}) has cv=fail: the intermediary that added it found the chain already broken.`,
        ja: `最新の ARC-Seal (セット ${n}) は cv=fail です。これを追加した中継者は、チェーンがすでに壊れていることを確認しています。`,
      }),
    };
  }
  if (last.ams.result !== 'pass') {
    return {
      result: 'fail',
      brokenAt: n,
      reason: tr({
        en: `The newest ARC-Message-Signature (set ${n}, d=${last.ams.d}) does not verify: ${last.ams.reason}`,
        ja: `最新の ARC-Message-Signature (セット ${n}、d=${last.ams.d}) を検証できません: ${last.ams.reason}`,
      }),
    };
  }
  // Every seal is checked (newest first in RFC 8617, the order does not change the result). A
  // seal covers all earlier sets, so damage to set k also breaks the seals above it: the chain
  // broke at the OLDEST seal that fails.
  const failed = sets.filter((s) => s.as.result !== 'pass');
  if (failed.length) {
    const s = failed[0]!;
    const later = failed.slice(1).map((f) => f.instance);
    const also = later.length
      ? tr({
          en: ` The later seal${later.length > 1 ? 's' : ''} of set${later.length > 1 ? 's' : ''} ${later.join(', ')} cover${later.length > 1 ? '' : 's'} set ${s.instance} and fail${later.length > 1 ? '' : 's'} too.`,
          ja: `セット ${s.instance} を対象に含む後のセット ${later.join('、')} のシールも失敗しています。`,
        })
      : '';
    return {
      result: 'fail',
      brokenAt: s.instance,
      reason: tr({
        en: `The ARC-Seal of set ${s.instance} (d=${s.as.d}) does not validate: ${s.as.reason}${also}`,
        ja: `セット ${s.instance} の ARC-Seal (d=${s.as.d}) を検証できません: ${s.as.reason}${also}`,
      }),
    };
  }
  const headersOnly =
    last.ams.bodyHash === 'not-checked'
      ? tr({ en: ' The body was not given, so the newest AMS body hash was not checked.', ja: '本文が与えられていないため、最新の AMS の本文ハッシュは確認していません。' })
      : '';
  return {
    result: 'pass',
    reason: tr({
      en: `All ${n} ARC seals verify and the newest ARC-Message-Signature (d=${last.ams.d}) verifies: the chain is intact.${headersOnly}`,
      ja: `${n} 個の ARC シールすべてと最新の ARC-Message-Signature (d=${last.ams.d}) を検証できました。チェーンは損なわれていません。${headersOnly}`,
    }),
  };
}

/** The oldest instance from which every AMS up to the newest still verifies (RFC 8617 5.2 step 5). */
function oldestPass(sets: ArcSetResult[]): number | undefined {
  let oldest: number | undefined;
  for (const s of [...sets].reverse()) {
    if (s.ams.result !== 'pass') break;
    oldest = s.instance;
  }
  return oldest;
}
