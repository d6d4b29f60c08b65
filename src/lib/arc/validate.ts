// ARC chain validation (RFC 8617 5.2), sharing DKIM's canonicalization, keys and crypto.
import type { Resolver } from '../dns/types.ts';
import { binaryToBytes, type RawMessage } from '../message/raw.ts';
import { rfc, type AuthResult, type Problem } from '../types.ts';
import type { BodyCache } from '../dkim/body.ts';
import { canonSignatureField, relaxedHeader } from '../dkim/canon.ts';
import { verifyData } from '../dkim/crypto.ts';
import { fetchKey, type DkimKeyInfo } from '../dkim/key.ts';
import type { EngineStep, Evidence } from '../findings/types.ts';
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

/** The key record as found (or the DNS status when there is none); nothing when neither is known. */
function keyEvidence(info: DkimKeyInfo): Evidence[] {
  const text = info.record ?? info.dnsStatus ?? '';
  return text ? [{ kind: 'dns', label: `DNS TXT ${info.name}`, text }] : [];
}

function emptyCheck(f: ArcField | undefined, tr: Tr): ArcSignatureCheck {
  return {
    result: 'none', reason: tr('arc.check.not-checked'), d: f?.parsed?.tags.d ?? null, s: f?.parsed?.tags.s ?? null,
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
  const fail = (result: AuthResult, reason: string, step: EngineStep): SealCheck => Object.assign(out, { result, reason, steps: [...out.steps, step] });
  out.problems.push(...parsed.problems);
  const firstError = parsed.problems.find((p) => p.severity === 'error');
  if (firstError) {
    return fail('permerror', tr('arc.seal.malformed', { problem: firstError.message }), { id: 'tags', outcome: 'fail', text: firstError.message, rule: rfc(8617, '4.1.3'), evidence: [] });
  }
  // RFC 8617 5.2 step 3 (structure): instance 1 must say cv=none, every later one cv=pass
  const wantCv = set.instance === 1 ? 'none' : 'pass';
  if (sig.cv !== wantCv) {
    const i = set.instance;
    const why = sig.cv === 'fail' ? tr('arc.seal.cv-recorded-fail') : tr('arc.seal.cv-required', { set: i, cv: wantCv });
    return fail('fail', tr('arc.seal.cv-wrong', { set: i, cv: String(sig.cv), why }), {
      id: 'cv',
      outcome: 'fail',
      text: tr('arc.seal.cv-step', { cv: String(sig.cv), expected: wantCv }),
      rule: rfc(8617, '5.2'),
      evidence: [],
    });
  }
  if (sig.algorithm === 'rsa-sha1') {
    return fail('policy', tr('arc.seal.rsa-sha1'), {
      id: 'algorithm',
      outcome: 'fail',
      text: tr('arc.seal.rsa-sha1-step'),
      rule: rfc(8301, '3.1'),
      evidence: [],
    });
  }
  const key = await fetchKey(resolver, sig.s!, sig.d!, sig.algorithm!, null, tr);
  out.problems.push(...key.info.problems);
  if (key.failure) {
    return fail(key.failure.result, key.failure.reason, { id: 'key', outcome: 'fail', text: key.failure.reason, rule: rfc(6376, '3.6.2.2'), evidence: keyEvidence(key.info) });
  }
  out.steps.push({
    id: 'key',
    outcome: 'pass',
    text: tr('arc.seal.key-found', { type: String(key.info.type), name: key.info.name }),
    rule: rfc(6376, '3.6.2.2'),
    evidence: keyEvidence(key.info),
  });
  const ok = await verifyData(sig.algorithm!, key.key!, sig.signature!, sealInput(sets, set.instance));
  const i = set.instance;
  if (!ok) {
    return fail('fail', tr('arc.seal.failed', { set: i }), { id: 'seal', outcome: 'fail', text: tr('arc.seal.failed-step'), rule: rfc(8617, '5.1.1'), evidence: [] });
  }
  out.steps.push({
    id: 'seal',
    outcome: 'pass',
    text: tr('arc.seal.passed-step'),
    rule: rfc(8617, '5.1.1'),
    evidence: [],
  });
  return Object.assign(out, { result: 'pass' as const, reason: tr('arc.seal.passed', { set: i, d: String(sig.d), cv: String(sig.cv) }) });
}

/**
 * Validate the ARC chain (RFC 8617 5.2). Never throws. Each set's AAR is reported as what the
 * intermediary claims; it is not re-evaluated.
 */
export async function validateArc(msg: RawMessage, resolver: Resolver, opts: ArcOptions = {}): Promise<ArcResult> {
  const tr = translator(opts.lang);
  const fields = collectArcFields(msg, tr);
  if (fields.length === 0) {
    return { result: 'none', sets: [], reason: tr('arc.chain.none'), problems: [], steps: [] };
  }
  try {
    return await validateChain(msg, fields, resolver, tr);
  } catch (e) {
    return { result: 'fail', sets: [], reason: tr('arc.chain.error', { error: String(e) }), problems: [], steps: [] };
  }
}

async function validateChain(msg: RawMessage, fields: ArcField[], resolver: Resolver, tr: Tr): Promise<ArcResult> {
  const { sets, problem } = groupArcSets(fields, tr);
  const setResults: ArcSetResult[] = sets.map((s) => ({
    instance: s.instance, authservId: s.aar[0]?.authservId ?? null, aarText: s.aar[0]?.aarText ?? null,
    aarLine: s.aar[0]?.header.line ?? null, ams: emptyCheck(s.ams[0], tr), as: { ...emptyCheck(s.as[0], tr), cv: s.as[0]?.parsed?.sig.cv ?? null },
  }));
  const steps: EngineStep[] = [];
  if (problem) {
    steps.push({ id: 'structure', outcome: 'fail', text: problem.message, rule: rfc(8617, '4.2.1'), evidence: [] });
    return { result: 'fail', sets: setResults, brokenAt: problem.instance, reason: tr('arc.chain.malformed', { problem: problem.message }), problems: [problem], steps };
  }
  const n = sets.length;
  steps.push({
    id: 'structure',
    outcome: 'pass',
    text: tr(n > 1 ? 'arc.chain.complete.many' : 'arc.chain.complete.one', { n }),
    rule: rfc(8617, '4.2.1'),
    evidence: [],
  });
  const bodies = bodyCacheFor(msg);
  for (const [k, set] of sets.entries()) {
    setResults[k]!.ams = await checkAms(msg, fields, set, resolver, bodies, tr);
    setResults[k]!.as = await checkSeal(sets, set, resolver, tr);
  }
  const problems: Problem[] = setResults.flatMap((r) => [...r.ams.problems, ...r.as.problems]);
  const decision = decide(setResults, tr);
  steps.push({ id: 'chain', outcome: decision.result === 'pass' ? 'pass' : 'fail', text: decision.reason, rule: rfc(8617, '5.2'), evidence: [] });
  return { ...decision, sets: setResults, oldestPass: oldestPass(setResults), problems, steps };
}

/** RFC 8617 5.2 steps 2, 4 and 6, in that order. */
function decide(sets: ArcSetResult[], tr: Tr): Pick<ArcResult, 'result' | 'reason' | 'brokenAt'> {
  const last = sets.at(-1)!;
  const n = last.instance;
  if (last.as.cv === 'fail') {
    return { result: 'fail', brokenAt: n, reason: tr('arc.chain.newest-cv-fail', { set: n }) };
  }
  if (last.ams.result !== 'pass') {
    return { result: 'fail', brokenAt: n, reason: tr('arc.chain.newest-ams-fail', { set: n, d: String(last.ams.d), reason: last.ams.reason }) };
  }
  // Every seal is checked (newest first in RFC 8617, the order does not change the result). A
  // seal covers all earlier sets, so damage to set k also breaks the seals above it: the chain
  // broke at the OLDEST seal that fails.
  const failed = sets.filter((s) => s.as.result !== 'pass');
  if (failed.length) {
    const s = failed[0]!;
    const later = failed.slice(1).map((f) => String(f.instance));
    const reason = tr('arc.chain.seal-fail', { set: s.instance, d: String(s.as.d), reason: s.as.reason });
    if (!later.length) return { result: 'fail', brokenAt: s.instance, reason };
    const setList = later.reduce((list, set) => tr('arc.chain.set-list', { list, set }));
    const also = tr(later.length > 1 ? 'arc.chain.later-seals.many' : 'arc.chain.later-seals.one', { sets: setList, set: s.instance });
    return { result: 'fail', brokenAt: s.instance, reason: tr('arc.text.two-sentences', { first: reason, second: also }) };
  }
  const reason = tr('arc.chain.pass', { n, d: String(last.ams.d) });
  if (last.ams.bodyHash !== 'not-checked') return { result: 'pass', reason };
  return { result: 'pass', reason: tr('arc.text.two-sentences', { first: reason, second: tr('arc.chain.pass-headers-only') }) };
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
