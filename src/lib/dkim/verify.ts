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
}

/**
 * Verify a header signature over selected fields plus the body hash: the steps common to a
 * DKIM-Signature and an ARC-Message-Signature (RFC 6376 6.1.1-6.1.3, RFC 8617 5.2).
 */
export async function checkMessageSignature(inp: MessageSignatureInput): Promise<MessageSignatureCheck> {
  const { msg, field, parsed, label } = inp;
  const sig = parsed.sig;
  const out: MessageSignatureCheck = {
    result: 'permerror', reason: '', bodyHash: 'not-checked', signature: 'not-checked', body: null, key: null,
    selected: [], problems: [...parsed.problems], steps: [],
  };
  const tagRule = sig.kind === 'dkim' ? rfc(6376, '3.5') : rfc(8617, '4.1.2');
  const firstError = parsed.problems.find((p) => p.severity === 'error');
  if (firstError) {
    out.reason = `The ${label} is malformed: ${firstError.message}`;
    out.steps.push({ id: 'tags', outcome: 'fail', message: out.reason, rule: tagRule });
    return out;
  }
  out.steps.push({ id: 'tags', outcome: 'pass', message: `The ${label} tags are well-formed: d=${sig.d}, s=${sig.s}, a=${sig.algorithm}, c=${sig.canonicalization.header}/${sig.canonicalization.body}.`, rule: tagRule });
  if (sig.algorithm === 'rsa-sha1') {
    out.result = 'policy';
    out.reason = 'The signature uses rsa-sha1, which is historic: SHA-1 is broken and verifiers must not accept it (RFC 8301 3.1).';
    out.steps.push({ id: 'algorithm', outcome: 'fail', message: out.reason, rule: rfc(8301, '3.1') });
    return out;
  }

  // the body hash does not depend on the key: compute it even when the key is unusable
  if (msg.hasBody) {
    out.body = await checkBodyHash(inp.bodies, sig);
    out.bodyHash = out.body.status;
    out.problems.push(...out.body.notes);
    if (out.body.status === 'fail' && isBlankBody(msg.body)) {
      // headers pasted with the blank line after them: nothing to compare, not a changed body
      out.bodyHash = 'not-checked';
      out.steps.push({ id: 'body-hash', outcome: 'skip', message: 'The paste ends right after the headers (a blank line, no body), and the signature was made over a non-empty body: the body hash (bh=) was not checked. The header signature still covers the bh= value.', rule: rfc(6376, '3.7') });
    } else {
      out.steps.push(bodyStep(out.body));
    }
  } else {
    out.steps.push({ id: 'body-hash', outcome: 'skip', message: 'Only the headers were given: the body hash (bh=) was not checked. The header signature still covers the bh= value.', rule: rfc(6376, '3.7') });
  }

  const keyRes = await fetchKey(inp.resolver, sig.s!, sig.d!, sig.algorithm!, inp.identityDomain);
  out.key = keyRes.info;
  out.problems.push(...keyRes.info.problems);
  const keyEvidence = keyRes.info.record ?? `${keyRes.info.dnsStatus ?? 'no answer'}`;
  const via = keyRes.info.chain.length ? ` (via CNAME ${keyRes.info.chain.join(' → ')})` : '';
  if (keyRes.failure) {
    out.result = keyRes.failure.result;
    out.reason = keyRes.failure.reason;
    if (!out.problems.some((p) => p.code === keyRes.failure!.code)) {
      out.problems.push({ code: keyRes.failure.code, severity: 'error', subject: 'key', message: keyRes.failure.reason });
    }
    out.steps.push({ id: 'key', outcome: 'fail', message: `Key ${keyRes.info.name}${via}: ${keyRes.failure.reason}`, rule: rfc(6376, '3.6.2.2'), evidence: keyEvidence });
    return out;
  }
  out.steps.push({ id: 'key', outcome: 'pass', message: `Found the ${keyRes.info.type} key${keyRes.info.bits ? ` (${keyRes.info.bits} bits)` : ''} at ${keyRes.info.name}${via}.`, rule: rfc(6376, '3.6.2.2'), evidence: keyEvidence });

  out.selected = selectHeaders(inp.pool, sig.signedHeaders);
  const data = binaryToBytes(headerHashInput(out.selected, field, sig.canonicalization.header));
  const ok = await verifyData(sig.algorithm!, keyRes.key!, sig.signature!, data);
  out.signature = ok ? 'pass' : 'fail';
  out.steps.push(signatureStep(ok, out.selected, label));
  if (!ok) {
    out.result = 'fail';
    const changed = copiedHeaderChanges(sig.copiedHeaders, out.selected, inp.pool);
    if (changed) out.problems.push(changed);
    out.reason = `The header signature (b=) does not verify: one of the signed header fields (${sig.signedHeaders.join(', ')}) or the ${label} itself was changed after signing, or the key in DNS is not the one used to sign.`;
    if (changed) out.reason += ` ${changed.message}`;
    if (out.bodyHash === 'fail') out.reason += ` The body hash does not match either. ${out.body!.notes.at(-1)?.message ?? ''}`.trimEnd();
  } else if (out.bodyHash === 'fail') {
    out.result = 'fail';
    out.reason = `The header signature verifies, but the body hash does not: the body was changed after signing. ${out.body!.notes.at(-1)?.message ?? ''}`.trim();
  } else {
    out.result = 'pass';
    out.reason = out.bodyHash === 'pass'
      ? 'The header signature and the body hash both verify.'
      : 'The header signature verifies. The body was not given, so the body hash was not checked: this result covers the headers only.';
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
function copiedHeaderChanges(copies: CopiedHeader[] | null, selected: SelectedHeader[], pool: RawHeader[]): Problem | null {
  if (!copies || copies.length === 0) return null;
  const diffs: string[] = [];
  for (const c of copies) {
    const key = c.name.toLowerCase();
    const now = selected.find((s) => s.name.toLowerCase() === key)?.header ?? pool.filter((h) => h.key === key).at(-1) ?? null;
    if (!now) diffs.push(`${c.name} was removed (signed as "${clip(squash(c.value))}")`);
    else if (squash(now.value) !== squash(c.value)) diffs.push(`${c.name} was "${clip(squash(c.value))}" when signed and is now "${clip(squash(now.value))}"`);
  }
  if (diffs.length === 0) return { code: 'dkim-z-headers-unchanged', severity: 'info', subject: 'z', message: 'The header copies in z= still match the fields present (apart from whitespace), so the change is elsewhere: in a field not copied in z=, in the signature field itself, or the key.' };
  return { code: 'dkim-z-header-changed', severity: 'info', subject: 'z', params: { changed: diffs.length }, message: `According to the copies in z=, ${diffs.join('; ')}.` };
}

function bodyStep(b: BodyHashCheck): Step {
  const len = b.signedLength !== null ? `${b.signedLength} of ${b.canonicalLength}` : `${b.canonicalLength}`;
  const evidence = `computed bh=${b.computed ?? '(not computed)'}\nsigned   bh=${b.expected}`;
  const rule = rfc(6376, '3.7');
  if (b.status === 'pass') return { id: 'body-hash', outcome: 'pass', message: `The body hash matches (${len} canonical bytes hashed).`, rule, evidence };
  const why = b.notes.at(-1)?.message ?? '';
  return { id: 'body-hash', outcome: 'fail', message: `The body hash does not match (${len} canonical bytes). ${why}`.trim(), rule, evidence };
}

function signatureStep(ok: boolean, selected: SelectedHeader[], label: string): Step {
  const covered = selected.map((s) => (s.header ? `${s.name} (line ${s.header.line})` : `${s.name} (absent: signed as empty)`));
  return {
    id: 'header-signature',
    outcome: ok ? 'pass' : 'fail',
    message: ok
      ? `The header signature (b=) verifies over the ${label} and the signed fields.`
      : `The header signature (b=) does not verify over the ${label} and the signed fields.`,
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
  msg: RawMessage, field: RawHeader, index: number, resolver: Resolver, bodies: BodyCache, now: number,
): Promise<DkimSignatureResult> {
  const parsed = parseSignatureTags(field.value, 'dkim');
  const sig = parsed.sig;
  const d = parsed.tags.d ?? null;
  const check = await checkMessageSignature({
    msg, field, parsed, pool: msg.headers.filter((h) => h !== field), resolver, bodies,
    identityDomain: domainOfIdentity(sig.i, sig.d), label: 'DKIM-Signature',
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
  applyMessageRules(res, msg, now);
  return res;
}

/** Checks beyond the cryptography: several From fields, expiry, future timestamps. */
function applyMessageRules(res: DkimSignatureResult, msg: RawMessage, now: number): void {
  const froms = msg.headers.filter((h) => h.key === 'from');
  if (froms.length > 1) {
    const lines = froms.map((f) => f.line).join(', ');
    const message = `The message has ${froms.length} From fields (lines ${lines}); RFC 5322 allows exactly one. A From added above or below the signed one is what a mail client may show, so this signature cannot vouch for the author (RFC 6376 8.15).`;
    res.problems.push({ code: 'dkim-multiple-from', severity: 'error', subject: 'From', message });
    res.steps.push({ id: 'from-count', outcome: 'fail', message, rule: rfc(6376, '8.15') });
    if (res.result === 'pass') {
      res.result = 'fail';
      res.reason = `The signature verifies, but it is not trusted: ${message}`;
    }
  }
  if (res.expired) {
    const message = `The signature expired at ${new Date(res.expires! * 1000).toISOString()} (x=${res.expires}).`;
    res.problems.push({ code: 'dkim-x-expired', severity: 'error', subject: 'x', message });
    res.steps.push({ id: 'expiry', outcome: 'fail', message, rule: rfc(6376, '3.5') });
    if (res.result === 'pass') {
      // RFC 6376 6.1.1: a verifier MAY ignore an expired signature; RFC 8601 calls that neutral
      res.result = 'neutral';
      res.reason = `${message} The signature verifies, but a verifier may ignore an expired signature.`;
    }
  }
  if (res.timestamp !== null && res.timestamp > now + 300) {
    res.problems.push({ code: 'dkim-t-future', severity: 'warning', subject: 't', message: `The signing time t=${res.timestamp} is in the future; the signer's clock may be wrong (RFC 6376 3.5 lets verifiers ignore such signatures).` });
  }
}

/**
 * Verify every DKIM-Signature of a message, top to bottom. Never throws: each signature gets
 * a result with a plain-English reason and the steps that led to it.
 */
export async function verifyDkim(msg: RawMessage, resolver: Resolver, opts: VerifyOptions = {}): Promise<DkimSignatureResult[]> {
  const now = opts.now ?? Math.floor(Date.now() / 1000);
  const bodies = bodyCacheFor(msg);
  const fields = msg.headers.filter((h) => h.key === 'dkim-signature');
  return Promise.all(fields.map(async (field, index) => {
    if (index >= MAX_SIGNATURES) return skipped(field, index, `Not evaluated: only the first ${MAX_SIGNATURES} DKIM signatures are checked.`);
    try {
      return await verifyOne(msg, field, index, resolver, bodies, now);
    } catch (e) {
      return skipped(field, index, `Verification stopped on an unexpected error: ${String(e)}`);
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

function skipped(field: RawHeader, index: number, reason: string): DkimSignatureResult {
  const parsed = parseSignatureTags(field.value, 'dkim');
  return {
    index, headerLine: field.line, tags: parsed.tags, d: parsed.tags.d ?? null, s: parsed.tags.s ?? null, i: parsed.tags.i ?? null,
    algorithm: parsed.tags.a ?? null, canonicalization: parsed.sig.canonicalization, result: 'neutral', reason,
    bodyHash: 'not-checked', signature: 'not-checked', signedHeaders: parsed.sig.signedHeaders, unsignedDisplayHeaders: [],
    bodyLength: { canonical: null, signed: parsed.sig.l }, body: null, key: null,
    problems: [{ code: 'dkim-not-evaluated', severity: 'warning', message: reason }], expired: false,
    timestamp: parsed.sig.t, expires: parsed.sig.x, steps: [{ id: 'skipped', outcome: 'skip', message: reason }],
  };
}
