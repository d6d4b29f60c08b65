// DKIM-Signature (RFC 6376 3.5) and ARC-Message-Signature / ARC-Seal (RFC 8617 4.1.2, 4.1.3)
// tag semantics: which tags are required and what each value must look like.
import type { Problem } from '../types.ts';
import { decodeBase64 } from '../util/base64.ts';
import { clip, isDomainSyntax, parseTagList, stripWsp, trimFws, trimFwsEnd, type Tag } from './tags.ts';
import { EN, type Tr } from '../i18n/tr.ts';

export type SigKind = 'dkim' | 'ams' | 'as';
export type Algorithm = 'rsa-sha256' | 'ed25519-sha256' | 'rsa-sha1';
export type Canon = 'simple' | 'relaxed';

/** The checked meaning of a signature's tags; fields are null when absent or invalid. */
export interface ParsedSignature {
  kind: SigKind;
  algorithm: Algorithm | null;
  /** a= exactly as written */
  algorithmText: string | null;
  signature: Uint8Array | null;
  bodyHash: Uint8Array | null;
  bodyHashText: string | null;
  canonicalization: { header: Canon; body: Canon };
  d: string | null;
  s: string | null;
  /** h= field names as written (trimmed), in order */
  signedHeaders: string[];
  /** DKIM i= (the AUID); for ARC this is the instance as text */
  i: string | null;
  /** ARC instance number (AMS, AS) */
  instance: number | null;
  /** ARC-Seal cv= value, lowercase */
  cv: string | null;
  l: number | null;
  t: number | null;
  x: number | null;
  /** z= copied header fields (RFC 6376 3.5), decoded; null when absent or malformed */
  copiedHeaders: CopiedHeader[] | null;
}

/** One z= entry: a header field as the signer saw it (diagnostic only, never verified). */
export interface CopiedHeader {
  name: string;
  /** the value, dkim-quoted-printable decoded, as a binary string */
  value: string;
}

export interface DkimTagResult {
  /** every tag as parsed, raw values (FWS at the edges removed) */
  list: Tag[];
  tags: Record<string, string>;
  sig: ParsedSignature;
  /** syntax and semantic problems; any with severity 'error' makes the signature unusable */
  problems: Problem[];
}

const KNOWN_ALGS: Record<string, Algorithm> = {
  'rsa-sha256': 'rsa-sha256',
  'ed25519-sha256': 'ed25519-sha256',
  'rsa-sha1': 'rsa-sha1',
};

const REQUIRED: Record<SigKind, string[]> = {
  // RFC 6376 3.5: v, a, b, bh, d, h, s are REQUIRED
  dkim: ['v', 'a', 'b', 'bh', 'd', 'h', 's'],
  // RFC 8617 4.1.2: AMS = DKIM-Signature tags with i= instance instead of v=
  ams: ['i', 'a', 'b', 'bh', 'd', 'h', 's'],
  // RFC 8617 4.1.3: ARC-Seal i, a, b, cv, d, s (t recommended)
  as: ['i', 'a', 'b', 'cv', 'd', 's'],
};

const LABEL: Record<SigKind, string> = { dkim: 'DKIM-Signature', ams: 'ARC-Message-Signature', as: 'ARC-Seal' };
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;
const DIGITS = /^[0-9]{1,12}$/;
/** RFC 8617 4.2.1: at most 50 ARC sets */
export const MAX_ARC_INSTANCE = 50;

function err(code: string, message: string, subject?: string): Problem {
  return { code, severity: 'error', message, ...(subject ? { subject } : {}) };
}

function emptySig(kind: SigKind): ParsedSignature {
  // RFC 6376 3.5: c= defaults to simple/simple. An AMS without c= is read as relaxed/relaxed, as
  // the ValiMail ARC suite (ams_fields_c_na) and dkimpy's ARC code expect; RFC 8617 is silent.
  const c: Canon = kind === 'dkim' ? 'simple' : 'relaxed';
  return {
    kind, algorithm: null, algorithmText: null, signature: null, bodyHash: null, bodyHashText: null,
    canonicalization: { header: c, body: c }, d: null, s: null, signedHeaders: [],
    i: null, instance: null, cv: null, l: null, t: null, x: null, copiedHeaders: null,
  };
}

/**
 * Parse a DKIM-Signature value (the text after the colon) and check every tag (RFC 6376 3.5).
 * Never throws: problems carry stable codes named after the tag, e.g. `dkim-h-no-from`.
 */
export function parseDkimTags(value: string, tr: Tr = EN): DkimTagResult {
  return parseSignatureTags(value, 'dkim', tr);
}

export function parseSignatureTags(value: string, kind: SigKind, tr: Tr = EN): DkimTagResult {
  const prefix = kind;
  const parsed = parseTagList(value, prefix, tr);
  const tags = parsed.map;
  const problems = [...parsed.problems];
  const sig = emptySig(kind);
  const label = LABEL[kind];

  for (const name of REQUIRED[kind]) {
    if (!(name in tags)) problems.push(err(`${prefix}-${name}-missing`, tr('dkim.sig.tag-missing', { label, tag: name }), name));
  }
  const has = (n: string) => n in tags;

  if (kind === 'dkim' && has('v') && tags.v !== '1') {
    problems.push(err('dkim-v-invalid', tr('dkim.sig.v-invalid', { v: clip(tags.v!) }), 'v'));
  }
  if (kind !== 'dkim' && has('i')) checkInstance(tags.i!, sig, problems, prefix, label, tr);
  if (has('a')) checkAlgorithm(tags.a!, sig, problems, prefix, tr);
  if (has('b')) {
    sig.signature = checkBase64(tags.b!, 'b', tr('dkim.sig.what.signature'), problems, prefix, tr);
  }
  if (has('bh') && kind !== 'as') {
    sig.bodyHashText = stripWsp(tags.bh!);
    sig.bodyHash = checkBase64(tags.bh!, 'bh', tr('dkim.sig.what.body-hash'), problems, prefix, tr);
    const want = sig.algorithm === 'rsa-sha1' ? 20 : 32;
    if (sig.bodyHash && sig.algorithm && sig.bodyHash.length !== want) {
      const n = sig.bodyHash.length;
      problems.push(err(`${prefix}-bh-length`, tr('dkim.sig.bh-length', { n, algorithm: sig.algorithm, want }), 'bh'));
    }
  }
  if (kind !== 'as') checkCanon(tags, sig, problems, prefix, tr);
  if (has('d')) {
    const d = tags.d!;
    if (isDomainSyntax(d)) sig.d = d.toLowerCase();
    else problems.push(err(`${prefix}-d-invalid`, tr('dkim.sig.d-invalid', { d: clip(d) }), 'd'));
  }
  if (has('s')) {
    const s = tags.s!;
    if (isDomainSyntax(s, true)) sig.s = s.toLowerCase();
    else problems.push(err(`${prefix}-s-invalid`, tr('dkim.sig.s-invalid', { s: clip(s) }), 's'));
  }
  if (has('h') && kind !== 'as') checkHeaderList(tags.h!, sig, problems, kind, tr);
  if (kind === 'as' && has('h')) {
    problems.push(err('as-h-present', tr('dkim.sig.as-h-present'), 'h'));
  }
  if (kind === 'dkim') checkIdentity(tags, sig, problems, tr);
  if (kind === 'dkim' && has('q')) {
    const methods = stripWsp(tags.q!).split(':');
    if (!methods.includes('dns/txt')) {
      problems.push(err('dkim-q-unsupported', tr('dkim.sig.q-unsupported', { q: clip(tags.q!) }), 'q'));
    }
  }
  if (has('l') && kind !== 'as') {
    const l = tags.l!;
    if (/^[0-9]{1,76}$/.test(l) && Number.isSafeInteger(Number(l))) sig.l = Number(l);
    else problems.push(err(`${prefix}-l-invalid`, tr('dkim.sig.l-invalid', { l: clip(l) }), 'l'));
  }
  sig.t = checkTime(tags, 't', problems, prefix, tr);
  if (kind !== 'as') sig.x = checkTime(tags, 'x', problems, prefix, tr);
  if (sig.t !== null && sig.x !== null && sig.x < sig.t) {
    problems.push(err(`${prefix}-x-before-t`, tr('dkim.sig.x-before-t', { x: sig.x, t: sig.t }), 'x'));
  }
  if (kind === 'as') checkCv(tags, sig, problems, tr);
  if (kind !== 'as' && has('z')) {
    const z = parseCopiedHeaders(tags.z!, tr);
    if (typeof z === 'string') problems.push(err(`${prefix}-z-invalid`, tr('dkim.sig.z-invalid', { problem: z }), 'z'));
    else sig.copiedHeaders = z;
  }
  return { list: parsed.list, tags, sig, problems };
}

function checkInstance(v: string, sig: ParsedSignature, problems: Problem[], prefix: string, label: string, tr: Tr): void {
  const n = /^[0-9]{1,2}$/.test(v) ? Number(v) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= MAX_ARC_INSTANCE) {
    sig.instance = n;
    sig.i = v;
  } else {
    problems.push(err(`${prefix}-i-invalid`, tr('dkim.sig.instance-invalid', { label, i: clip(v), max: MAX_ARC_INSTANCE }), 'i'));
  }
}

function checkAlgorithm(a: string, sig: ParsedSignature, problems: Problem[], prefix: string, tr: Tr): void {
  sig.algorithmText = a;
  const alg = KNOWN_ALGS[a];
  if (alg) sig.algorithm = alg;
  else problems.push(err(`${prefix}-a-unknown`, tr('dkim.sig.a-unknown', { a: clip(a) }), 'a'));
}

function checkBase64(v: string, tag: string, what: string, problems: Problem[], prefix: string, tr: Tr): Uint8Array | null {
  const bytes = decodeBase64(v);
  if (!bytes) {
    problems.push(err(`${prefix}-${tag}-base64`, tr('dkim.sig.base64-invalid', { tag, what }), tag));
    return null;
  }
  if (bytes.length === 0) {
    problems.push(err(`${prefix}-${tag}-empty`, tr('dkim.sig.base64-empty', { tag, what }), tag));
    return null;
  }
  return bytes;
}

function checkCanon(tags: Record<string, string>, sig: ParsedSignature, problems: Problem[], prefix: string, tr: Tr): void {
  if (!('c' in tags)) return;
  const c = tags.c!;
  // RFC 6376 3.5 c=: "relaxed" alone means relaxed header, simple body
  const m = /^(simple|relaxed)(?:\/(simple|relaxed))?$/.exec(c);
  if (!m) {
    problems.push(err(`${prefix}-c-invalid`, tr('dkim.sig.c-invalid', { c: clip(c) }), 'c'));
    return;
  }
  sig.canonicalization = { header: m[1] as Canon, body: (m[2] ?? 'simple') as Canon };
}

function checkHeaderList(h: string, sig: ParsedSignature, problems: Problem[], kind: SigKind, tr: Tr): void {
  const names = h.split(':').map(trimFws);
  if (names.length === 1 && names[0] === '') {
    if (kind === 'dkim') problems.push(err('dkim-h-empty', tr('dkim.sig.h-empty'), 'h'));
    sig.signedHeaders = [];
    return;
  }
  if (names.includes('')) {
    // tolerated like dkimpy does (ValiMail ams_fields_h_mis_hdr): an empty entry selects nothing
    problems.push({ code: `${kind}-h-empty-name`, severity: 'warning', subject: 'h', message: tr('dkim.sig.h-empty-name') });
  }
  const bad = names.find((n) => n !== '' && !FIELD_NAME.test(n));
  if (bad !== undefined) {
    problems.push(err(`${kind}-h-invalid`, tr('dkim.sig.h-invalid', { name: clip(bad) }), 'h'));
    return;
  }
  sig.signedHeaders = names.filter((n) => n !== '');
  const lower = names.map((n) => n.toLowerCase());
  // RFC 6376 5.4: the From header field MUST be signed
  if (kind === 'dkim' && !lower.includes('from')) {
    problems.push(err('dkim-h-no-from', tr('dkim.sig.h-no-from'), 'h'));
  }
  // RFC 8617 4.1.2: the AMS must not sign ARC-Seal fields
  if (kind === 'ams' && lower.includes('arc-seal')) {
    problems.push(err('ams-h-arc-seal', tr('dkim.sig.ams-h-arc-seal'), 'h'));
  }
}

function checkIdentity(tags: Record<string, string>, sig: ParsedSignature, problems: Problem[], tr: Tr): void {
  if (!('i' in tags)) return;
  const i = tags.i!;
  sig.i = i;
  const at = i.lastIndexOf('@');
  if (at === -1) {
    problems.push(err('dkim-i-invalid', tr('dkim.sig.i-invalid', { i: clip(i) }), 'i'));
    return;
  }
  const dom = i.slice(at + 1).toLowerCase();
  if (!sig.d) return;
  // RFC 6376 3.5 i=: the domain of i= must be d= or a subdomain of it
  if (dom !== sig.d && !dom.endsWith(`.${sig.d}`)) {
    problems.push(err('dkim-i-not-in-d', tr('dkim.sig.i-not-in-d', { i: clip(i), domain: clip(dom), d: sig.d }), 'i'));
  }
}

function checkTime(tags: Record<string, string>, tag: 't' | 'x', problems: Problem[], prefix: string, tr: Tr): number | null {
  if (!(tag in tags)) return null;
  const v = tags[tag]!;
  if (DIGITS.test(v)) return Number(v);
  problems.push(err(`${prefix}-${tag}-invalid`, tr(tag === 't' ? 'dkim.sig.t-invalid' : 'dkim.sig.x-invalid', { value: clip(v) }), tag));
  return null;
}

function checkCv(tags: Record<string, string>, sig: ParsedSignature, problems: Problem[], tr: Tr): void {
  if (!('cv' in tags)) return;
  const cv = tags.cv!;
  // RFC 8617 4.1.3: cv is none, fail or pass (tag values are case-sensitive tokens)
  if (cv === 'none' || cv === 'fail' || cv === 'pass') sig.cv = cv;
  else problems.push(err('as-cv-invalid', tr('dkim.sig.cv-invalid', { cv: clip(cv) }), 'cv'));
}

const HEX_OCTET = /^=[0-9A-Fa-f]{2}/;

/**
 * RFC 6376 3.5 z=: `hdr-name ":" qp-hdr-value` entries separated by "|"; the value is
 * dkim-quoted-printable (FWS ignored, "=XX" hex octets, "|" itself encoded).
 * Returns the decoded entries, or a description of what is wrong.
 */
export function parseCopiedHeaders(z: string, tr: Tr = EN): CopiedHeader[] | string {
  const out: CopiedHeader[] = [];
  for (const entry of z.split('|')) {
    const e = entry.replace(/^[ \t\r\n]+/, '');
    const colon = e.indexOf(':');
    if (colon <= 0) return tr('dkim.sig.z.not-name-value', { entry: clip(e) });
    const name = trimFwsEnd(e.slice(0, colon));
    if (!FIELD_NAME.test(name)) return tr('dkim.sig.z.not-field-name', { name: clip(name) });
    const qp = stripWsp(e.slice(colon + 1));
    let value = '';
    for (let i = 0; i < qp.length; i++) {
      const c = qp[i]!;
      if (c === '=') {
        if (!HEX_OCTET.test(qp.slice(i, i + 3))) {
          const bad = clip(qp.slice(i, i + 3));
          return tr('dkim.sig.z.bad-octet', { octet: bad, name });
        }
        value += String.fromCharCode(parseInt(qp.slice(i + 1, i + 3), 16));
        i += 2;
      } else {
        value += c;
      }
    }
    out.push({ name, value });
  }
  return out;
}
