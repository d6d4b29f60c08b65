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
import type { DkimSignatureResult, SignatureStatus, VerifyOptions } from './types.ts';
import type { EngineStep, Evidence } from '../findings/types.ts';
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
  steps: EngineStep[];
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
    out.reason = tr('dkim.verify.malformed', { label, problem: firstError.message });
    out.steps.push({ id: 'tags', outcome: 'fail', text: out.reason, rule: tagRule, evidence: [] });
    return out;
  }
  const tagsText = `d=${sig.d}, s=${sig.s}, a=${sig.algorithm}, c=${sig.canonicalization.header}/${sig.canonicalization.body}`;
  out.steps.push({ id: 'tags', outcome: 'pass', text: tr('dkim.verify.tags-ok', { label, tags: tagsText }), rule: tagRule, evidence: [] });
  if (sig.algorithm === 'rsa-sha1') {
    out.result = 'policy';
    out.reason = tr('dkim.verify.rsa-sha1');
    out.steps.push({ id: 'algorithm', outcome: 'fail', text: out.reason, rule: rfc(8301, '3.1'), evidence: [] });
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
        outcome: 'none',
        text: tr('dkim.verify.body-blank'),
        rule: rfc(6376, '3.7'),
        evidence: [],
      });
    } else {
      out.steps.push(bodyStep(out.body, tr));
    }
  } else {
    out.steps.push({
      id: 'body-hash',
      outcome: 'none',
      text: tr('dkim.verify.headers-only'),
      rule: rfc(6376, '3.7'),
      evidence: [],
    });
  }

  const keyRes = await fetchKey(inp.resolver, sig.s!, sig.d!, sig.algorithm!, inp.identityDomain, tr);
  out.key = keyRes.info;
  out.problems.push(...keyRes.info.problems);
  const keyEvidence: Evidence[] = [{ kind: 'dns', label: `DNS TXT ${keyRes.info.name}`, text: keyRes.info.record ?? keyRes.info.dnsStatus ?? tr('dkim.key.no-answer') }];
  const via = keyRes.info.chain.length ? tr('dkim.verify.via-cname', { chain: keyRes.info.chain.join(' → ') }) : '';
  if (keyRes.failure) {
    out.result = keyRes.failure.result;
    out.reason = keyRes.failure.reason;
    if (!out.problems.some((p) => p.code === keyRes.failure!.code)) {
      out.problems.push({ code: keyRes.failure.code, severity: 'error', subject: 'key', message: keyRes.failure.reason });
    }
    out.steps.push({ id: 'key', outcome: 'fail', text: tr('dkim.verify.key-failed', { name: keyRes.info.name, via, reason: keyRes.failure.reason }), rule: rfc(6376, '3.6.2.2'), evidence: keyEvidence });
    return out;
  }
  const bits = keyRes.info.bits;
  out.steps.push({
    id: 'key',
    outcome: 'pass',
    text: tr(bits ? 'dkim.verify.key-found.bits' : 'dkim.verify.key-found', { type: String(keyRes.info.type), ...(bits ? { bits } : {}), name: keyRes.info.name, via }),
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
    out.reason = tr('dkim.verify.signature-failed', { signed, label });
    if (changed) out.reason = tr('dkim.text.two-sentences', { first: out.reason, second: changed.message });
    if (out.bodyHash === 'fail') {
      const why = out.body!.notes.at(-1)?.message ?? '';
      out.reason = tr('dkim.text.two-sentences', { first: out.reason, second: tr('dkim.verify.body-also-failed', { why }).trimEnd() });
    }
  } else if (out.bodyHash === 'fail') {
    out.result = 'fail';
    const why = out.body!.notes.at(-1)?.message ?? '';
    out.reason = tr('dkim.verify.body-failed', { why }).trim();
  } else {
    out.result = 'pass';
    out.reason = tr(out.bodyHash === 'pass' ? 'dkim.verify.pass' : 'dkim.verify.pass-headers-only');
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
    if (!now) diffs.push(tr('dkim.z.removed', { name: c.name, was }));
    else if (squash(now.value) !== squash(c.value)) {
      const is = clip(squash(now.value));
      diffs.push(tr('dkim.z.changed', { name: c.name, was, now: is }));
    }
  }
  if (diffs.length === 0)
    return {
      code: 'dkim-z-headers-unchanged',
      severity: 'info',
      subject: 'z',
      message: tr('dkim.z.unchanged'),
    };
  return {
    code: 'dkim-z-header-changed',
    severity: 'info',
    subject: 'z',
    params: { changed: diffs.length },
    message: tr('dkim.z.summary', { changes: diffs.reduce((list, change) => tr('dkim.z.list', { list, change })) }),
  };
}

function bodyStep(b: BodyHashCheck, tr: Tr): EngineStep {
  const len = b.signedLength !== null ? tr('dkim.verify.body-length.partial', { signed: b.signedLength, canonical: String(b.canonicalLength) }) : `${b.canonicalLength}`;
  const evidence: Evidence[] = [{ kind: 'note', label: 'bh=', text: tr('dkim.verify.body-evidence', { computed: b.computed ?? tr('dkim.verify.body-evidence.not-computed'), expected: String(b.expected) }) }];
  const rule = rfc(6376, '3.7');
  if (b.status === 'pass') return { id: 'body-hash', outcome: 'pass', text: tr('dkim.verify.body-pass', { length: len }), rule, evidence };
  const why = b.notes.at(-1)?.message ?? '';
  return { id: 'body-hash', outcome: 'fail', text: tr('dkim.verify.body-fail', { length: len, why }).trim(), rule, evidence };
}

function signatureStep(ok: boolean, selected: SelectedHeader[], label: string, tr: Tr): EngineStep {
  const covered = selected.map((s) =>
    s.header ? tr('dkim.verify.covered.line', { name: s.name, line: s.header.line }) : tr('dkim.verify.covered.absent', { name: s.name }),
  );
  return {
    id: 'header-signature',
    outcome: ok ? 'pass' : 'fail',
    text: tr(ok ? 'dkim.verify.header-signature-pass' : 'dkim.verify.header-signature-fail', { label }),
    rule: rfc(6376, '3.7'),
    evidence: [{ kind: 'header', label: 'h=', text: covered.join('\n') }],
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
    const message = tr('dkim.verify.multiple-from', { n: froms.length, lines });
    res.problems.push({ code: 'dkim-multiple-from', severity: 'error', subject: 'From', message });
    res.steps.push({ id: 'from-count', outcome: 'fail', text: message, rule: rfc(6376, '8.15'), evidence: [] });
    if (res.result === 'pass') {
      res.result = 'fail';
      res.reason = tr('dkim.verify.untrusted', { message });
    }
  }
  if (res.expired) {
    const at = new Date(res.expires! * 1000).toISOString();
    const message = tr('dkim.verify.expired', { at, x: String(res.expires) });
    res.problems.push({ code: 'dkim-x-expired', severity: 'error', subject: 'x', message });
    res.steps.push({ id: 'expiry', outcome: 'fail', text: message, rule: rfc(6376, '3.5'), evidence: [] });
    if (res.result === 'pass') {
      // RFC 6376 6.1.1: a verifier MAY ignore an expired signature; RFC 8601 calls that neutral
      res.result = 'neutral';
      res.reason = tr('dkim.verify.expired-neutral', { message });
    }
  }
  if (res.timestamp !== null && res.timestamp > now + 300) {
    res.problems.push({
      code: 'dkim-t-future',
      severity: 'warning',
      subject: 't',
      message: tr('dkim.verify.t-future', { t: res.timestamp }),
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
      return skipped(field, index, tr('dkim.verify.too-many', { max: MAX_SIGNATURES }), tr);
    }
    try {
      return await verifyOne(msg, field, index, resolver, bodies, now, tr);
    } catch (e) {
      return skipped(field, index, tr('dkim.verify.error', { error: String(e) }), tr);
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
    timestamp: parsed.sig.t, expires: parsed.sig.x, steps: [{ id: 'skipped', outcome: 'none', text: reason, evidence: [] }],
  };
}
