// The fuzz targets: for each parser of hostile input, a generator of near-valid and arbitrary
// inputs, the call under test (timed by the harness) and the checks on its result (untimed).
// Shared by tests/unit/fuzz/*.test.ts and bench/fuzz.ts, so no vitest import here.
import fc from 'fast-check';
import { normaliseInput } from '../../../src/lib/message/normalise.ts';
import { splitMessage, type RawMessage } from '../../../src/lib/message/raw.ts';
import { buildHops, type ParsedReceived, type HopsResult } from '../../../src/lib/message/received.ts';
import { parseFrom, type FromInfo } from '../../../src/lib/message/address.ts';
import { parseAuthResults, parseReceivedSpf, receiverClaims, type ParsedAuthResults, type ReceivedSpf } from '../../../src/lib/authres/index.ts';
import { MAX_AUTHRES_PROBLEMS, MAX_AUTHRES_RESULTS } from '../../../src/lib/authres/parse.ts';
import { parseSpfRecord, parseMacroString, expandMacroString, type MacroContext, type ParsedSpfRecord } from '../../../src/lib/spf/index.ts';
import { MAX_MACRO_OUTPUT, MAX_DOMAIN_LENGTH, type MacroParse } from '../../../src/lib/spf/macro.ts';
import { MAX_TERMS } from '../../../src/lib/spf/parse.ts';
import type { MacroString } from '../../../src/lib/spf/types.ts';
import { parseSignatureTags, parseKeyRecord, type DkimTagResult, type ParsedKeyRecord, type SigKind } from '../../../src/lib/dkim/index.ts';
import { MAX_ARC_INSTANCE } from '../../../src/lib/dkim/signature.ts';
import { bodyCacheFor } from '../../../src/lib/dkim/verify.ts';
import { parseDmarcRecord, isDmarcRecordText, type DmarcRecord } from '../../../src/lib/dmarc/index.ts';
import { previewRedaction, type RedactOptions, type RedactionPreview } from '../../../src/lib/share/index.ts';
import { collectArcFields, groupArcSets, type ArcField, type ArcStructure } from '../../../src/lib/arc/index.ts';
import type { Problem } from '../../../src/lib/types.ts';
import { authResProperty, headerText, receivedProperty } from '../authres/properties.ts';
import { decodeShareProperty } from '../share/decode.property.ts';
import { fragmentOf, rawFragment } from '../share/helpers.ts';
import * as C from './corpus.ts';
import { anyString, BASE64_CHARS, fold, mutated, nested, NUMBERS, PROTO_KEYS, tokenSoup, utf8, WEIRD, type Profile } from './gen.ts';

export interface Target<I, O> {
  name: string;
  /** the functions exercised, for the report */
  covers: string;
  arb: (p: Profile) => fc.Arbitrary<I>;
  /** the call under test; its time is bounded per input */
  exec: (input: I) => O | Promise<O>;
  /** checks on the result's shape and invariants (not timed); throws on a violation */
  check: (input: I, out: O) => void;
  /** input size (characters or bytes) for the time bound */
  size: (input: I) => number;
  /** the inputs built around one long adversarial string (super-linear regex check) */
  long: (s: string) => I[];
  /** a short printable form of an input, for failure reports */
  show?: (input: I) => string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTarget = Target<any, any>;

export class CheckError extends Error {
  override name = 'CheckError';
}

export function ok(cond: unknown, message: string): asserts cond {
  if (!cond) throw new CheckError(message);
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

export function checkProblems(ps: unknown, where: string, codePrefix?: string | string[]): asserts ps is Problem[] {
  ok(Array.isArray(ps), `${where}: problems is not an array`);
  const prefixes = codePrefix === undefined ? null : Array.isArray(codePrefix) ? codePrefix : [codePrefix];
  for (const p of ps as Problem[]) {
    ok(p !== null && typeof p === 'object', `${where}: a problem is not an object`);
    ok(typeof p.code === 'string' && p.code !== '', `${where}: a problem has no code`);
    ok(SEVERITIES.has(p.severity), `${where}: problem ${p.code} has severity ${String(p.severity)}`);
    ok(typeof p.message === 'string' && p.message !== '', `${where}: problem ${p.code} has no message`);
    ok(p.subject === undefined || typeof p.subject === 'string', `${where}: problem ${p.code} has a non-string subject`);
    if (prefixes) ok(prefixes.some((x) => p.code.startsWith(x)), `${where}: problem code ${p.code} does not start with ${prefixes.join('|')}`);
  }
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const strLen = (s: string) => s.length;

function latin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}

function crlf(s: string): string {
  return s.replace(/\r\n|\r|\n/g, '\r\n');
}

/** Every name written as `name=` in a `;`-separated tag list, trimmed, with its count. */
function tagNameCounts(text: string, lower: boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    let name = part.slice(0, eq).trim();
    if (lower) name = name.toLowerCase();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

// ---------------------------------------------------------------- pasted messages

const GMAIL_PREAMBLE = [
  'Original message',
  'Message ID\t<abc.123@mail.example.com>',
  'Created at:\tTue, Jan 2, 2024 at 3:04 AM (Delivered after 2 seconds)',
  'From:\tAlice <alice@example.com>',
  'SPF:\tPASS with IP 192.0.2.1 Learn more',
  'Download Original',
  'Copy to clipboard',
];

/** A message as people paste it: line endings, indentation, Gmail's summary, mbox separator, BOM. */
export function pasteArb(): fc.Arbitrary<string> {
  return fc
    .record({
      headers: fc.shuffledSubarray(C.MESSAGE_HEADERS, { minLength: 0 }),
      body: fc.boolean(),
      eol: fc.constantFrom('\r\n', '\n', '\r', 'mixed'),
      leading: fc.nat(3),
      gmail: fc.boolean(),
      mbox: fc.boolean(),
      indent: fc.constantFrom('', '', '  ', '\t'),
      lose: fc.boolean(),
      bom: fc.boolean(),
      trailing: fc.boolean(),
    })
    .map((o) => {
      let lines = o.headers.join('\r\n').split('\r\n');
      if (o.lose) lines = lines.map((l) => l.replace(/^[ \t]+/, ''));
      if (o.indent) lines = lines.map((l) => o.indent + l);
      if (o.mbox) lines.unshift('From alice@example.com Tue Jan  2 03:04:05 2024');
      if (o.gmail) lines.unshift(...GMAIL_PREAMBLE, '');
      lines.unshift(...Array<string>(o.leading).fill(''));
      if (o.body) lines.push('', ...C.MESSAGE_BODY.split('\r\n'));
      const eol = (i: number) => (o.eol === 'mixed' ? ['\r\n', '\n', '\r'][i % 3]! : o.eol);
      let text = lines.map((l, i) => (i < lines.length - 1 ? l + eol(i) : l)).join('');
      if (o.trailing) text += eol(lines.length);
      return (o.bom ? '\uFEFF' : '') + text;
    });
}

const pasteText = (p: Profile) => mutated(pasteArb(), C.MESSAGE_TOKENS, p);

const normalise: Target<string | Uint8Array, ReturnType<typeof normaliseInput>> = {
  name: 'normaliseInput',
  covers: 'src/lib/message/normalise.ts normaliseInput',
  arb: (p) =>
    fc.oneof(
      { arbitrary: pasteText(p), weight: 5 },
      { arbitrary: pasteText(p).map(utf8), weight: 2 },
      { arbitrary: pasteText(p).map(latin1), weight: 1 },
      { arbitrary: fc.uint8Array({ maxLength: 600 }), weight: 1 },
      { arbitrary: anyString, weight: 1 },
    ),
  exec: (input) => normaliseInput(input),
  check: (input, r) => {
    ok(r.bytes instanceof Uint8Array, 'bytes is not a Uint8Array');
    ok(typeof r.ok === 'boolean', 'ok is not a boolean');
    ok(Array.isArray(r.repairs), 'repairs is not an array');
    for (const rep of r.repairs) {
      ok(isStr(rep.code) && rep.code !== '' && isStr(rep.message) && rep.message !== '', 'a repair has no code or message');
      ok(typeof rep.mayAffectDkim === 'boolean', `repair ${rep.code}: mayAffectDkim is not a boolean`);
      ok(rep.lines === undefined || rep.lines.every((n) => Number.isInteger(n) && n >= 1), `repair ${rep.code}: bad line numbers`);
    }
    checkProblems(r.problems, 'normaliseInput');
    if (r.problems.some((p) => ['empty', 'too-large', 'binary'].includes(p.code))) ok(r.bytes.length === 0 && !r.ok, 'a rejected input kept bytes');
    if (r.ok) ok(r.bytes.length > 0, 'ok with no bytes');
    // the output is CRLF only: no bare CR, no bare LF
    for (let i = 0; i < r.bytes.length; i++) {
      if (r.bytes[i] === 0x0a) ok(i > 0 && r.bytes[i - 1] === 0x0d, `bare LF at byte ${i}`);
      if (r.bytes[i] === 0x0d) ok(r.bytes[i + 1] === 0x0a, `bare CR at byte ${i}`);
    }
    if (r.ok) ok(splitMessage(r.bytes).headers.length > 0, 'ok, but splitMessage finds no header field in the output');
    void input;
  },
  size: (i) => i.length,
  long: (s) => [s, `Subject: ${s}\r\n\r\nbody`, utf8(`From: a@b.example\n${s}`), latin1(s)],
  show: (i) => (typeof i === 'string' ? JSON.stringify(i.slice(0, 200)) : `bytes[${i.length}] ${JSON.stringify(Array.from(i.slice(0, 40)))}`),
};

const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

function checkRawMessage(bytes: Uint8Array, m: RawMessage): void {
  ok(m.bytes === bytes, 'bytes is not the input');
  ok(Number.isInteger(m.bodyOffset) && m.bodyOffset >= 0 && m.bodyOffset <= bytes.length, `bodyOffset ${m.bodyOffset} out of range`);
  ok(m.body.length === bytes.length - m.bodyOffset, 'body length does not match bodyOffset');
  ok(m.hasBody || m.bodyOffset === bytes.length, 'no body, but bodyOffset is not the end');
  let lastLine = 0;
  m.headers.forEach((h, i) => {
    ok(h.index === i, `header ${i} has index ${h.index}`);
    ok(FIELD_NAME.test(h.name), `header ${i}: name ${JSON.stringify(h.name)} is not a field name`);
    ok(h.key === h.name.toLowerCase(), `header ${i}: key is not the lowercased name`);
    ok(h.raw.startsWith(h.name) && h.raw.includes(h.value), `header ${i}: raw does not hold the name and value`);
    ok(h.line > lastLine, `header ${i}: line ${h.line} does not follow ${lastLine}`);
    lastLine = h.line;
  });
  for (const j of m.junk) ok(Number.isInteger(j.line) && j.line >= 1 && isStr(j.text), 'bad junk entry');
}

const split: Target<Uint8Array, RawMessage> = {
  name: 'splitMessage',
  covers: 'src/lib/message/raw.ts splitMessage',
  arb: (p) =>
    fc.oneof(
      { arbitrary: pasteText(p).map((s) => utf8(crlf(s))), weight: 4 },
      { arbitrary: pasteText(p).map(utf8), weight: 2 },
      { arbitrary: fc.uint8Array({ maxLength: 600 }), weight: 1 },
      { arbitrary: anyString.map(utf8), weight: 1 },
    ),
  exec: (b) => splitMessage(b),
  check: checkRawMessage,
  size: (b) => b.length,
  long: (s) => [utf8(s), utf8(`Subject: ${s}\r\n\r\n`), utf8(`X: a\r\n ${s}\r\n\r\n${s}`), latin1(`${s}:\n`)],
  show: (b) => JSON.stringify(new TextDecoder().decode(b.slice(0, 200))),
};

// ---------------------------------------------------------------- Authentication-Results, Received-SPF

const authresValue = (p: Profile) =>
  fc.oneof(
    { arbitrary: mutated(fc.constantFrom(...C.AUTHRES_SEEDS), C.AUTHRES_TOKENS, p), weight: 6 },
    { arbitrary: nested(C.AUTHRES_TOKENS), weight: 2 },
    { arbitrary: headerText, weight: 1 },
    { arbitrary: anyString, weight: 1 },
  );

const authres: Target<{ value: string; arc: boolean }, ParsedAuthResults> = {
  name: 'parseAuthResults',
  covers: 'src/lib/authres parseAuthResults, receiverClaims',
  arb: (p) => fc.record({ value: authresValue(p), arc: fc.boolean() }),
  exec: ({ value, arc }) => parseAuthResults(value, { arc }),
  check: ({ value, arc }, r) => {
    ok(authResProperty(value, arc), 'authResProperty (tests/unit/authres/properties.ts) does not hold');
    checkProblems(r.problems, 'parseAuthResults', ['authres-', 'aar-']);
    ok(r.results.length <= MAX_AUTHRES_RESULTS, `${r.results.length} results kept`);
    ok(r.problems.length <= MAX_AUTHRES_PROBLEMS + 1, `${r.problems.length} problems kept`);
    ok(r.strays.length <= MAX_AUTHRES_PROBLEMS, `${r.strays.length} strays kept`);
    ok(r.instance === undefined || Number.isInteger(r.instance), 'instance is not an integer');
    ok(r.version === undefined || Number.isInteger(r.version), 'version is not an integer');
    ok(typeof r.noResult === 'boolean', 'noResult is not a boolean');
    for (const e of r.results) {
      ok(e.method === e.method.toLowerCase() && e.result === e.result.toLowerCase(), 'method or result is not lowercase');
      for (const [k, v] of Object.entries(e.props)) ok(k === k.toLowerCase() && isStr(v), `bad property ${k}`);
      ok(Object.getPrototypeOf(e.props) === Object.prototype && Object.getPrototypeOf(e.extras) === Object.prototype, 'props/extras prototype was changed');
    }
    const claims = receiverClaims([r, r]);
    ok(claims.length === 1 && claims[0]!.headers === 2, 'receiverClaims did not group one value given twice');
  },
  size: (i) => i.value.length,
  long: (s) => [
    { value: s, arc: false },
    { value: `mx.example; spf=pass ${s}`, arc: false },
    { value: `i=1; mx; dkim=pass reason="${s}`, arc: true },
    { value: `x; ${s}=${s}`, arc: false },
  ],
  show: (i) => JSON.stringify(i.value.slice(0, 200)) + (i.arc ? ' (arc)' : ''),
};

const RSPF_RESULTS = new Set(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror']);

const receivedSpf: Target<string, ReceivedSpf> = {
  name: 'parseReceivedSpf',
  covers: 'src/lib/authres parseReceivedSpf',
  arb: (p) =>
    fc.oneof(
      { arbitrary: mutated(fc.constantFrom(...C.RECEIVED_SPF_SEEDS), C.RECEIVED_SPF_TOKENS, p), weight: 6 },
      { arbitrary: nested(C.RECEIVED_SPF_TOKENS), weight: 2 },
      { arbitrary: anyString, weight: 2 },
    ),
  exec: (v) => parseReceivedSpf(v),
  check: (v, r) => {
    checkProblems(r.problems, 'parseReceivedSpf', 'received-spf-');
    ok(isStr(r.result) && isStr(r.resultRaw), 'result is not a string');
    ok(r.result === '' || RSPF_RESULTS.has(r.result) || r.problems.some((p) => p.code === 'received-spf-unknown-result'), `unknown result ${r.result} not reported`);
    ok(Object.getPrototypeOf(r.pairs) === Object.prototype, 'pairs prototype was changed');
    for (const [k, val] of Object.entries(r.pairs)) ok(k === k.toLowerCase() && isStr(val), `bad pair ${k}`);
    for (const k of ['clientIp', 'envelopeFrom', 'helo', 'receiver', 'identity', 'problem', 'mechanism'] as const) {
      ok(r[k] === undefined || isStr(r[k]), `${k} is not a string`);
    }
    void v;
  },
  size: strLen,
  long: (s) => [s, `pass ${s}`, `pass (${s}) client-ip=${s}`, `pass x=${s}`],
};

// ---------------------------------------------------------------- SPF

const QUALIFIERS = new Set(['+', '-', '~', '?']);
const MECHS = new Set(['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists']);

/** Hostile macro context: the envelope and HELO come from the message. */
const macroContext: fc.Arbitrary<MacroContext> = fc.record({
  sender: fc.oneof(fc.constantFrom('a@example.com', 'postmaster@x.example', '"a b"@c.example', 'a.b.c+d-e@f.example'), fc.string({ maxLength: 80 })),
  local: fc.oneof(fc.constantFrom('a', 'a.b.c+d', 'postmaster'), fc.string({ maxLength: 40, unit: 'binary' })),
  senderDomain: fc.oneof(fc.constantFrom('example.com', 'a.b.c.d.e.f.g.example'), fc.string({ maxLength: 40 })),
  domain: fc.oneof(fc.constantFrom('example.com', '_spf.example.org'), fc.string({ maxLength: 300 })),
  ipDotted: fc.constantFrom('192.0.2.1', '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2'),
  clientIp: fc.constantFrom('192.0.2.1', '2001:db8::1'),
  ipVersion: fc.constantFrom('in-addr' as const, 'ip6' as const),
  helo: fc.oneof(fc.constantFrom('mail.example.com', '[192.0.2.1]'), fc.string({ maxLength: 300, unit: 'grapheme' })),
  receiver: fc.constantFrom('mx.example.org', 'unknown'),
  timestamp: fc.oneof(fc.constant(1700000000), fc.integer(), fc.constant(Number.MAX_SAFE_INTEGER)),
  validatedName: fc.option(fc.constantFrom('mail.example.com', 'unknown', 'x'.repeat(300)), { nil: undefined }),
}).map((c) => {
  const out: MacroContext = { ...c };
  if (c.validatedName === undefined) delete out.validatedName;
  return out;
});

function checkExpansion(ms: MacroString, ctx: MacroContext): void {
  const text = expandMacroString(ms, ctx, 'text');
  ok(isStr(text) && text.length <= MAX_MACRO_OUTPUT, `text expansion is ${text.length} characters`);
  const dom = expandMacroString(ms, ctx, 'domain');
  ok(isStr(dom) && dom.length <= MAX_MACRO_OUTPUT, `domain expansion is ${dom.length} characters`);
  // RFC 7208 7.3: labels are dropped from the left to 253; only a single oversized label stays longer
  ok(dom.length <= MAX_DOMAIN_LENGTH || !dom.includes('.'), `domain expansion of ${dom.length} characters was not cut`);
}

function checkSpfRecord(text: string, r: ParsedSpfRecord, ctx: MacroContext | null): void {
  checkProblems(r.problems, 'parseSpfRecord', 'spf-');
  ok(r.isSpf === /^v=spf1( |$)/i.test(text), 'isSpf disagrees with the version check');
  ok(r.ok === (r.isSpf && r.problems.length === 0), 'ok is not "isSpf and no problems"');
  if (!r.isSpf) ok(r.terms.length === 0, 'terms parsed from a non-SPF text');
  ok(r.terms.length <= MAX_TERMS, `${r.terms.length} terms`);
  const words = new Set(text.split(' '));
  for (const t of r.terms) {
    ok(words.has(t.source), `term ${JSON.stringify(t.source.slice(0, 40))} is not a word of the record`);
    if (t.type === 'mechanism') {
      ok(MECHS.has(t.kind) && QUALIFIERS.has(t.qualifier), `bad mechanism ${t.kind}${t.qualifier}`);
      ok(t.ip4Cidr === undefined || (Number.isInteger(t.ip4Cidr) && t.ip4Cidr >= 0 && t.ip4Cidr <= 32), `ip4 cidr ${t.ip4Cidr}`);
      ok(t.ip6Cidr === undefined || (Number.isInteger(t.ip6Cidr) && t.ip6Cidr >= 0 && t.ip6Cidr <= 128), `ip6 cidr ${t.ip6Cidr}`);
      if (ctx && t.domainSpec) checkExpansion(t.domainSpec, ctx);
    } else {
      ok(['redirect', 'exp', 'unknown-modifier'].includes(t.kind), `bad modifier kind ${t.kind}`);
      if (ctx) checkExpansion(t.value, ctx);
    }
  }
  ok(r.mechanisms.every((m) => r.terms.includes(m)), 'a mechanism is not among the terms');
  ok(r.mechanisms.length === r.terms.filter((t) => t.type === 'mechanism').length, 'mechanisms and terms disagree');
  if (r.redirect) ok(r.redirect.kind === 'redirect' && r.terms.includes(r.redirect), 'redirect is not a redirect term');
  if (r.exp) ok(r.exp.kind === 'exp' && r.terms.includes(r.exp), 'exp is not an exp term');
}

const spfTerm = fc
  .tuple(
    fc.constantFrom('', '', '+', '-', '~', '?', '!'),
    fc.constantFrom('all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists', 'redirect', 'exp', 'x-mod', 'A', 'MX', 'Include'),
    fc.constantFrom('', ':', '=', ':', ':'),
    fc.oneof(
      fc.constantFrom('example.com', '_spf.%{d}', '%{ir}.%{v}.arpa', '192.0.2.0', '2001:db8::', 'mail.%{d2}.', '%{l1r+-}._spf.%{d}', '::1', '%{x}', '%'),
      tokenSoup(C.SPF_TOKENS, 8),
    ),
    fc.constantFrom('', '', '/24', '//64', '/24//64', '/33', '//129', '/0', '/032', `/${'9'.repeat(30)}`),
  )
  .map(([q, m, sep, arg, cidr]) => `${q}${m}${sep}${arg}${cidr}`);

const spfRecordArb = (p: Profile) =>
  fc.oneof(
    { arbitrary: mutated(fc.constantFrom(...C.SPF_SEEDS), C.SPF_TOKENS, p), weight: 5 },
    { arbitrary: fc.array(spfTerm, { maxLength: 30 }).map((ts) => ['v=spf1', ...ts].join(' ')), weight: 4 },
    { arbitrary: fc.array(spfTerm, { maxLength: 12 }).chain((ts) => fc.constantFrom(' ', '  ', '\t', ' \r\n ').map((sep) => ['v=spf1', ...ts].join(sep))), weight: 1 },
    { arbitrary: anyString.map((s) => `v=spf1 ${s}`), weight: 1 },
    { arbitrary: anyString, weight: 1 },
  );

const spf: Target<{ text: string; ctx: MacroContext }, ParsedSpfRecord> = {
  name: 'parseSpfRecord',
  covers: 'src/lib/spf parseSpfRecord (+ expandMacroString of every parsed domain-spec)',
  arb: (p) => fc.record({ text: spfRecordArb(p), ctx: macroContext }),
  exec: ({ text }) => parseSpfRecord(text),
  check: ({ text, ctx }, r) => checkSpfRecord(text, r, ctx),
  size: (i) => i.text.length,
  long: (s) => ['v=spf1 ' + s, `v=spf1 a:${s}`, `v=spf1 ip6:${s}`, `v=spf1 ip4:1.2.3.4/${s}`, `v=spf1 x=${s}`].map((text) => ({ text, ctx: FIXED_CTX })),
  show: (i) => JSON.stringify(i.text.slice(0, 200)),
};

const FIXED_CTX: MacroContext = {
  sender: 'a@example.com', local: 'a', senderDomain: 'example.com', domain: 'example.com', ipDotted: '192.0.2.1', clientIp: '192.0.2.1',
  ipVersion: 'in-addr', helo: 'mail.example.com', receiver: 'mx.example.org', timestamp: 1700000000,
};

type MacroIn = { text: string; opts: { explanation?: boolean; anyLetter?: boolean }; ctx: MacroContext };

const macro: Target<MacroIn, MacroParse> = {
  name: 'parseMacroString',
  covers: 'src/lib/spf parseMacroString, expandMacroString (text and domain mode)',
  arb: (p) =>
    fc.record({
      text: fc.oneof(
        { arbitrary: mutated(fc.constantFrom(...C.MACRO_SEEDS), C.MACRO_TOKENS, p), weight: 5 },
        { arbitrary: tokenSoup(C.MACRO_TOKENS, 60), weight: 3 },
        { arbitrary: anyString, weight: 1 },
      ),
      opts: fc.record({ explanation: fc.boolean(), anyLetter: fc.boolean() }, { requiredKeys: [] }),
      ctx: macroContext,
    }),
  exec: ({ text, opts }) => parseMacroString(text, opts),
  check: ({ text, ctx }, r) => {
    ok(typeof r.ok === 'boolean', 'ok is not a boolean');
    if (!r.ok) {
      ok(isStr(r.error) && r.error !== '', 'an error without a message');
      return;
    }
    ok(r.value.source === text, 'source is not the input');
    ok(r.value.hasMacros === r.value.tokens.some((t) => t.type === 'macro'), 'hasMacros disagrees with the tokens');
    for (const t of r.value.tokens) {
      if (t.type === 'macro') ok(t.digits === null || (Number.isInteger(t.digits) && t.digits > 0), `macro digits ${t.digits}`);
    }
    checkExpansion(r.value, ctx);
  },
  size: (i) => i.text.length,
  long: (s) => [s, `%{d${s}}`, `${s}%{ir}`, `%{ir.${s}}`].map((text) => ({ text, opts: { explanation: true }, ctx: FIXED_CTX })),
  show: (i) => JSON.stringify(i.text.slice(0, 200)),
};

// ---------------------------------------------------------------- DKIM

const ALGS = new Set(['rsa-sha256', 'ed25519-sha256', 'rsa-sha1']);
const CANONS = new Set(['simple', 'relaxed']);

const dkimTagSoup = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom('v', 'a', 'b', 'bh', 'c', 'd', 'h', 'i', 'l', 'q', 's', 't', 'x', 'z', 'cv', 'k', 'p', 'n', 'V', '1x', ''), fc.constantFrom(...PROTO_KEYS)),
      fc.constantFrom('=', ' = ', '=\r\n\t', '', '=='),
      fc.oneof(fc.constantFrom(...C.DKIM_TOKENS, ...NUMBERS), tokenSoup(BASE64_CHARS, 40), fc.string({ maxLength: 20 })),
    ),
    { maxLength: 24 },
  )
  .chain((tags) => fc.constantFrom(';', '; ', ';\r\n\t', ';;', '').map((sep) => tags.map(([k, e, v]) => `${k}${e}${v}`).join(sep)));

function sigSeeds(kind: SigKind): readonly string[] {
  return kind === 'dkim' ? C.DKIM_SEEDS : kind === 'ams' ? C.AMS_SEEDS : C.AS_SEEDS;
}

const dkim: Target<{ value: string; kind: SigKind }, DkimTagResult> = {
  name: 'parseSignatureTags',
  covers: 'src/lib/dkim parseDkimTags / parseSignatureTags (DKIM-Signature, ARC-Message-Signature, ARC-Seal), parseCopiedHeaders',
  arb: (p) =>
    fc.constantFrom<SigKind>('dkim', 'dkim', 'ams', 'as').chain((kind) =>
      fc.record({
        kind: fc.constant(kind),
        value: fc.oneof(
          { arbitrary: mutated(fc.constantFrom(...sigSeeds(kind)), C.DKIM_TOKENS, p), weight: 6 },
          { arbitrary: dkimTagSoup, weight: 3 },
          { arbitrary: anyString, weight: 1 },
        ),
      }),
    ),
  exec: ({ value, kind }) => parseSignatureTags(value, kind),
  check: ({ value, kind }, r) => {
    checkProblems(r.problems, 'parseSignatureTags', `${kind}-`);
    checkTagList(value, r.list, r.tags, r.problems, kind);
    const s = r.sig;
    ok(s.kind === kind, 'sig.kind is not the kind asked for');
    ok(s.algorithm === null || ALGS.has(s.algorithm), `algorithm ${s.algorithm}`);
    ok(s.signature === null || (s.signature instanceof Uint8Array && s.signature.length > 0), 'bad signature bytes');
    ok(s.bodyHash === null || s.bodyHash instanceof Uint8Array, 'bad body hash bytes');
    ok(CANONS.has(s.canonicalization.header) && CANONS.has(s.canonicalization.body), 'bad canonicalization');
    ok(s.d === null || (s.d === s.d.toLowerCase() && s.d.length <= 253), `bad d ${s.d}`);
    ok(s.signedHeaders.every((h) => FIELD_NAME.test(h)), 'a signed header is not a field name');
    ok(s.instance === null || (Number.isInteger(s.instance) && s.instance >= 1 && s.instance <= MAX_ARC_INSTANCE), `instance ${s.instance}`);
    ok(s.cv === null || ['none', 'pass', 'fail'].includes(s.cv), `cv ${s.cv}`);
    for (const n of [s.l, s.t, s.x]) ok(n === null || (Number.isSafeInteger(n) && n >= 0), `bad number ${n}`);
    ok(s.copiedHeaders === null || s.copiedHeaders.every((h) => FIELD_NAME.test(h.name) && isStr(h.value)), 'bad copied headers');
  },
  size: (i) => i.value.length,
  long: (s) => [
    { value: s, kind: 'dkim' },
    { value: `v=1; a=${s}`, kind: 'dkim' },
    { value: `v=1; h=from:${s}x`, kind: 'dkim' },
    { value: `z=From:${s}x|x${s}y:`, kind: 'dkim' },
    { value: `i=1; b=${s}; bh=${s}`, kind: 'ams' },
    { value: `i=1; cv=${s}`, kind: 'as' },
  ],
  show: (i) => `${i.kind} ${JSON.stringify(i.value.slice(0, 200))}`,
};

/** The tag list invariants: unique names, map = first values, a duplicate only when repeated. */
function checkTagList(value: string, list: { name: string; value: string }[], map: Record<string, string>, problems: Problem[], prefix: string): void {
  ok(list.length <= 64, `${list.length} tags kept`);
  const names = new Set(list.map((t) => t.name));
  ok(names.size === list.length, 'a tag name is listed twice');
  ok(Object.keys(map).length === list.length, 'the map and the list disagree');
  for (const t of list) ok(Object.prototype.hasOwnProperty.call(map, t.name) && map[t.name] === t.value, `map.${t.name} is not its value`);
  ok(problems.length <= 120, `${problems.length} problems`);
  const counts = tagNameCounts(value, false);
  for (const p of problems) {
    const m = new RegExp(`^${prefix}-(.+)-duplicate$`).exec(p.code);
    if (m) ok((counts.get(m[1]!) ?? 0) >= 2, `${p.code}, but "${m[1]}=" appears once`);
  }
}

const key: Target<string, ParsedKeyRecord> = {
  name: 'parseKeyRecord',
  covers: 'src/lib/dkim parseKeyRecord (parseTagList)',
  arb: (p) =>
    fc.oneof(
      { arbitrary: mutated(fc.constantFrom(...C.KEY_SEEDS), C.DKIM_TOKENS, p), weight: 6 },
      { arbitrary: dkimTagSoup, weight: 3 },
      { arbitrary: anyString, weight: 1 },
    ),
  exec: (t) => parseKeyRecord(t),
  check: (t, r) => {
    checkProblems(r.problems, 'parseKeyRecord', 'key-');
    checkTagList(t, Object.entries(r.tags).map(([name, value]) => ({ name, value })), r.tags, r.problems, 'key');
    ok(r.type === null || r.type === 'rsa' || r.type === 'ed25519', `type ${r.type}`);
    ok(r.publicKey === null || r.publicKey instanceof Uint8Array, 'publicKey is not bytes');
    ok(!r.revoked || r.publicKey === null, 'revoked with a key');
    ok([r.flags, r.services, r.hashes ?? []].every((a) => Array.isArray(a) && a.every(isStr)), 'flags/services/hashes are not string arrays');
    ok(r.notes === null || isStr(r.notes), 'notes is not a string');
  },
  size: strLen,
  long: (s) => [s, `v=DKIM1; p=${s}`, `v=DKIM1; h=${s}; p=`, `${s}=x`],
};

// ---------------------------------------------------------------- DMARC

const dmarcTagSoup = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom('v', 'p', 'sp', 'np', 'adkim', 'aspf', 'fo', 'psd', 't', 'rua', 'ruf', 'pct', 'rf', 'ri', 'P', 'x1', ''), fc.constantFrom(...PROTO_KEYS.map((k) => k.toLowerCase()))),
      fc.constantFrom('=', ' = ', '', '==', '\t=\t'),
      fc.oneof(fc.constantFrom(...C.DMARC_TOKENS, ...NUMBERS), fc.string({ maxLength: 30 })),
    ),
    { maxLength: 24 },
  )
  .chain((tags) => fc.constantFrom(';', '; ', ' ;', ',', '').map((sep) => ['v=DMARC1', ...tags.map(([k, e, v]) => `${k}${e}${v}`)].join(sep)));

const POLICIES = new Set(['none', 'quarantine', 'reject']);

const dmarc: Target<string, DmarcRecord> = {
  name: 'parseDmarcRecord',
  covers: 'src/lib/dmarc parseDmarcRecord, isDmarcRecordText',
  arb: (p) =>
    fc.oneof(
      { arbitrary: mutated(fc.constantFrom(...C.DMARC_SEEDS), C.DMARC_TOKENS, p), weight: 5 },
      { arbitrary: dmarcTagSoup, weight: 4 },
      { arbitrary: anyString, weight: 1 },
    ),
  exec: (t) => parseDmarcRecord(t),
  check: (text, r) => {
    // the property of tests/unit/dmarc/fuzz.test.ts (not importable: a .test.ts registers its suites), and more
    ok(r.text === text, 'text is not the input');
    checkProblems(r.problems, 'parseDmarcRecord', 'dmarc-');
    if (!isDmarcRecordText(text)) ok(Object.keys(r.tags).length === 0 && r.policy === null, 'tags read from a non-DMARC text');
    for (const k of ['p', 'sp', 'np'] as const) ok(r[k] === null || POLICIES.has(r[k]), `${k}=${r[k]}`);
    ok(r.policy === null || POLICIES.has(r.policy.p), 'bad effective policy');
    ok(['r', 's'].includes(r.adkim) && ['r', 's'].includes(r.aspf), 'bad alignment mode');
    ok(r.pct === null || (Number.isInteger(r.pct) && r.pct >= 0 && r.pct <= 100), `pct ${r.pct}`);
    ok(r.rua.length <= 32 && r.ruf.length <= 32, 'too many URIs');
    for (const u of [...r.rua, ...r.ruf]) ok(isStr(u.uri) && (!u.usable || (u.valid && isStr(u.address) && isStr(u.domain))), `bad URI ${u.uri}`);
    ok(Object.keys(r.tags).every((k) => /^[a-z]+$/.test(k)), 'a tag name is not lowercase letters');
    const counts = tagNameCounts(text.slice(0, 8192), true);
    for (const p of r.problems) {
      if (p.code === 'dmarc-duplicate-tag') ok((counts.get(p.subject ?? '') ?? 0) >= 2, `duplicate-tag for "${p.subject}", which appears once`);
    }
  },
  size: strLen,
  long: (s) => [s, `v=DMARC1; p=${s}`, `v=DMARC1; rua=mailto:${s}`, `v=DMARC1; rua=${s}!1`, `v=DMARC1; fo=${s}`],
};

// ---------------------------------------------------------------- share links

let bombs: string[] | null = null;
/** Fragments that inflate past the 2 MB bound (built once; deflating 3 MB takes a few ms). */
function bombFragments(): string[] {
  bombs ??= [
    fragmentOf(new Uint8Array(3 * 1024 * 1024)),
    fragmentOf(JSON.stringify({ v: 1, source: 'x'.repeat(2 * 1024 * 1024 + 10) })),
    rawFragment(new Uint8Array([0x00, 0xff, 0xff, 0x00, 0x00])),
    fragmentOf(new Uint8Array([0xc3, 0x28, 0xa0, 0xa1])),
  ];
  return bombs;
}

const shareOptions = fc.record(
  {
    doh: fc.oneof(fc.constantFrom('https://dns.example/dns-query', 'http://127.0.0.1:8053/q', 'http://evil.example/', 'javascript:alert(1)', ''), fc.string(), fc.integer()),
    dohFormat: fc.oneof(fc.constantFrom('json', 'wire', 'xml'), fc.integer()),
    hop: fc.oneof(fc.integer({ min: -2, max: 102 }), fc.double(), fc.constantFrom('3', null)),
    lang: fc.oneof(fc.constantFrom('en', 'ja', 'fr'), fc.boolean()),
    redacted: fc.oneof(fc.boolean(), fc.constantFrom('true', 1)),
    future: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: [] },
);

const sharePayload = fc.record(
  {
    v: fc.oneof({ arbitrary: fc.constant(1), weight: 8 }, { arbitrary: fc.constantFrom(2, '1', 0, null, 1.5), weight: 1 }),
    source: fc.oneof({ arbitrary: pasteArb(), weight: 6 }, { arbitrary: fc.string({ maxLength: 200 }), weight: 2 }, { arbitrary: fc.constantFrom(null, 42, ['x']), weight: 1 }),
    options: fc.oneof({ arbitrary: shareOptions, weight: 6 }, { arbitrary: fc.constantFrom(null, [], 'opts', 7), weight: 1 }),
  },
  { requiredKeys: [] },
);

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('');

/** A fragment made from a payload (JSON, sometimes mangled) and then damaged as links get damaged. */
const shareFragment = fc
  .record({
    payload: sharePayload,
    jsonCut: fc.option(fc.nat(), { freq: 6 }),
    /** JSON.parse makes "__proto__" an own property: the payload and options must ignore it */
    proto: fc.constantFrom(null, null, null, '{"__proto__":{"v":2,"source":7},', '{"options":{"__proto__":{"doh":"http://evil.example/"}},'),
    how: fc.constantFrom('as-is', 'as-is', 'hash', 'url', 'cut', 'flip', 'append', 'percent', 'wrap', 'version', 'double-hash'),
    at: fc.nat(),
    ch: fc.constantFrom(...B64URL, '%', '#', ' ', '\n', '=', '+', '/', '\u00e9'),
    version: fc.constantFrom('v2.', 'v01.', 'V1.', 'v1', 'v99999999999.', 'v1..'),
  })
  .map(({ payload, jsonCut, proto, how, at, ch, version }) => {
    let json = JSON.stringify(payload);
    if (proto && json.startsWith('{') && json !== '{}') json = proto + json.slice(1);
    if (jsonCut !== null) json = json.slice(0, jsonCut % (json.length + 1));
    const f = fragmentOf(json);
    const i = 3 + (at % Math.max(1, f.length - 3));
    switch (how) {
      case 'hash': return `#${f}`;
      case 'url': return `https://app.example/path?q=1#${f}`;
      case 'cut': return f.slice(0, i);
      case 'flip': return f.slice(0, i) + ch + f.slice(i + 1);
      case 'append': return f + ch;
      case 'percent': return `#${f.replace(/[A-Za-z]/g, (c) => (at % 3 === 0 ? `%${c.charCodeAt(0).toString(16)}` : c))}`;
      case 'wrap': return f.replace(/(.{20})/g, '$1\r\n  ');
      case 'version': return version + f.slice(3);
      case 'double-hash': return `#${f}#${f}`;
      default: return f;
    }
  });

const share: Target<string, void> = {
  name: 'decodeShare',
  covers: 'src/lib/share decodeShare (async), via tests/unit/share/decode.property.ts',
  arb: () =>
    fc.oneof(
      { arbitrary: shareFragment, weight: 8 },
      { arbitrary: fc.constantFrom(...[0, 1, 2, 3]).map((i) => bombFragments()[i]!), weight: 1 },
      { arbitrary: fc.array(fc.constantFrom(...B64URL), { maxLength: 300 }).map((a) => `#v1.${a.join('')}`), weight: 1 },
      { arbitrary: anyString, weight: 1 },
    ),
  exec: (f) => decodeShareProperty(f),
  check: () => undefined,
  size: strLen,
  long: (s) => [s, `#v1.${s}`, `#v1.${s.replace(/[^A-Za-z0-9_-]/g, 'A')}`, `%${s}`],
};

// ---------------------------------------------------------------- Received

const receivedValue = (p: Profile) =>
  fc.oneof(
    { arbitrary: mutated(fc.constantFrom(...C.RECEIVED_SEEDS), C.RECEIVED_TOKENS, p), weight: 6 },
    { arbitrary: nested(C.RECEIVED_TOKENS), weight: 2 },
    { arbitrary: headerText, weight: 1 },
    { arbitrary: anyString, weight: 1 },
  );

type ReceivedIn = { values: string[]; ids: string[] | null };
type ReceivedOut = { parsed: ParsedReceived[]; hops: HopsResult };

const received: Target<ReceivedIn, ReceivedOut> = {
  name: 'parseReceived',
  covers: 'src/lib/message/received.ts parseReceived, parseDate, buildHops, boundaryHop',
  arb: (p) =>
    fc.record({
      values: fc.array(receivedValue(p), { minLength: 1, maxLength: 4 }),
      ids: fc.option(fc.array(fc.oneof(fc.constantFrom('mx.google.com', 'mx.example.org', 'example.net', ' ', ''), fc.string({ maxLength: 20 })), { maxLength: 3 }), { nil: null }),
    }),
  exec: ({ values, ids }) => {
    // buildHops parses every value (parseReceived); the hops are oldest first
    const hops = buildHops(values.map((value, i) => ({ value, line: i * 3 + 1 })), ids ? { receiverAuthservIds: ids } : {});
    return { parsed: hops.hops.map((h) => h.parsed).reverse(), hops };
  },
  check: ({ values }, { parsed, hops }) => {
    values.forEach((v, i) => {
      const r = parsed[i]!;
      ok(receivedProperty(v), 'receivedProperty (tests/unit/authres/properties.ts) does not hold');
      ok(r.raw === v, 'raw is not the input');
      checkProblems(r.problems, 'parseReceived', 'received-');
      if (r.date) {
        ok(Number.isFinite(r.date.epochMs) && r.date.iso === new Date(r.date.epochMs).toISOString(), 'date iso disagrees with epochMs');
        ok(/^[+-]\d{4}$/.test(r.date.zone) && Math.abs(r.date.offsetMinutes) < 100 * 60, `zone ${r.date.zone}`);
      }
      if (r.from) {
        ok((r.from.ip === null) === (r.from.ipVersion === null), 'ip and ipVersion disagree');
        ok(isStr(r.from.text), 'from.text is not a string');
      }
      for (const k of ['by', 'byComment', 'with', 'id', 'for', 'via', 'envelopeFrom'] as const) ok(r[k] === null || isStr(r[k]), `${k} is not a string`);
      ok(r.tls === null || (typeof r.tls.used === 'boolean' && isStr(r.tls.evidence)), 'bad tls');
    });
    ok(hops.hops.length === values.length, 'one hop per Received');
    hops.hops.forEach((h, i) => ok(h.index === i, 'hop index'));
    ok(hops.boundary === null || hops.hops.includes(hops.boundary.hop), 'the boundary is not one of the hops');
    checkProblems(hops.problems, 'buildHops', 'received-');
  },
  size: (i) => i.values.reduce((n, v) => n + v.length, 0),
  long: (s) => [s, `from x (${s}) by y; Mon, 1 Jan 2024 00:00:00 +0000`, `from [${s}] by y with ${s}; ${s}`, `by x; ${s}`].map((v) => ({ values: [v], ids: ['y'] })),
  show: (i) => JSON.stringify(i.values.map((v) => v.slice(0, 120))),
};

// ---------------------------------------------------------------- From

const FROM_CODES = ['from-missing', 'from-multiple', 'from-unparseable', 'from-several-domains', 'from-encoded-word-address', 'from-multiple-addresses', 'from-display-name-address'];

const fromValue = (p: Profile) =>
  fc.oneof(
    { arbitrary: mutated(fc.constantFrom(...C.FROM_SEEDS), C.FROM_TOKENS, p), weight: 6 },
    { arbitrary: fc.array(fc.constantFrom(...C.FROM_SEEDS), { minLength: 1, maxLength: 4 }).map((a) => a.join(', ')), weight: 1 },
    { arbitrary: nested(C.FROM_TOKENS), weight: 2 },
    { arbitrary: anyString, weight: 1 },
  );

const from: Target<string[], FromInfo> = {
  name: 'parseFrom',
  covers: 'src/lib/message/address.ts parseFrom (parseMailboxes, domainOf)',
  arb: (p) => fc.array(fromValue(p), { maxLength: 3 }),
  exec: (values) => parseFrom(values),
  check: (values, r) => {
    checkProblems(r.problems, 'parseFrom');
    ok(r.problems.every((p) => FROM_CODES.includes(p.code)), 'an unknown problem code');
    ok(r.mailboxes.length <= 100 * values.length, `${r.mailboxes.length} mailboxes`);
    for (const m of r.mailboxes) ok(isStr(m.name) && isStr(m.address) && m.address.includes('@') && (m.domain === null || isStr(m.domain)), 'bad mailbox');
    ok(r.domain === (r.mailboxes[0]?.domain ?? null), 'domain is not the first mailbox domain');
    ok(new Set(r.domains).size === r.domains.length && r.domains.every((d) => r.mailboxes.some((m) => m.domain === d)), 'domains are not the distinct mailbox domains');
    ok((values.length === 0) === r.problems.some((p) => p.code === 'from-missing'), 'from-missing disagrees with the input');
    ok((values.length > 1) === r.problems.some((p) => p.code === 'from-multiple'), 'from-multiple disagrees with the input');
  },
  size: (vs) => vs.reduce((n, v) => n + v.length, 0),
  long: (s) => [[s], [`<${s}>`], [`"${s}" <a@b.example>`], [`a@b${s}x`], [`<a@b${s}x>`]],
  show: (vs) => JSON.stringify(vs.map((v) => v.slice(0, 120))),
};

// ---------------------------------------------------------------- ARC fields (split message → collect → group)

const arcHeader = (p: Profile) =>
  fc
    .tuple(
      fc.constantFrom('ARC-Authentication-Results', 'ARC-Message-Signature', 'ARC-Seal', 'arc-seal'),
      fc.constantFrom('1', '1', '2', '3', '50', '51', '0', '007', '99999', '', 'x', '-1', '1.5'),
      fc.oneof(mutated(fc.constantFrom(...C.AUTHRES_SEEDS, ...C.AMS_SEEDS, ...C.AS_SEEDS), [...C.DKIM_TOKENS, ...C.AUTHRES_TOKENS], p), fc.string({ maxLength: 40 })),
    )
    .map(([name, inst, body]) => `${name}: i=${inst}; ${fold(body.replace(/^i=\d+;\s*/, ''))}`);

const arc: Target<Uint8Array, { msg: RawMessage; fields: ArcField[]; groups: ArcStructure }> = {
  name: 'collectArcFields',
  covers: 'src/lib/arc collectArcFields, groupArcSets (on splitMessage output)',
  arb: (p) => fc.array(arcHeader(p), { maxLength: 8 }).map((hs) => utf8(crlf([...hs, 'From: a@example.com', '', 'body'].join('\r\n')))),
  exec: (b) => {
    const msg = splitMessage(b);
    const fields = collectArcFields(msg);
    return { msg, fields, groups: groupArcSets(fields) };
  },
  check: (b, { msg, fields, groups }) => {
    checkRawMessage(b, msg);
    const arcKeys = ['arc-authentication-results', 'arc-message-signature', 'arc-seal'];
    const arcCount = msg.headers.filter((h) => arcKeys.includes(h.key)).length;
    ok(fields.length === arcCount, `${fields.length} ARC fields from ${arcCount} headers`);
    for (const f of fields) {
      ok(f.instance === null || (Number.isInteger(f.instance) && f.instance >= 1 && f.instance <= MAX_ARC_INSTANCE), `instance ${f.instance}`);
      if (f.parsed) checkProblems(f.parsed.problems, 'ARC tags', f.kind === 'ams' ? 'ams-' : 'as-');
    }
    ok(groups.sets.length <= MAX_ARC_INSTANCE, `${groups.sets.length} sets`);
    groups.sets.forEach((s, i) => ok(s.instance === i + 1, 'sets are not numbered 1..N'));
    ok(groups.problem === null || groups.problem.code === 'arc-structure', 'bad structure problem');
  },
  size: (b) => b.length,
  long: (s) => [
    utf8(`ARC-Seal: i=1; b=${s}\r\n\r\n`),
    utf8(`ARC-Authentication-Results: i=1; ${s}\r\n\r\n`),
    utf8(`ARC-Authentication-Results: ${s}\r\n\r\n`),
    utf8(`ARC-Message-Signature: i=1; h=${s}\r\n\r\n`),
  ],
  show: (b) => JSON.stringify(new TextDecoder().decode(b.slice(0, 300))),
};

// ---------------------------------------------------------------- share redaction

const redactOpts = fc.record({
  localParts: fc.boolean(),
  ips: fc.boolean(),
  subject: fc.boolean(),
  messageId: fc.boolean(),
  recipients: fc.boolean(),
  body: fc.boolean(),
});

const redact: Target<{ source: string; opts: RedactOptions }, RedactionPreview> = {
  name: 'previewRedaction',
  covers: 'src/lib/share previewRedaction / redactMessage (findAddresses, findIps)',
  arb: (p) => fc.record({ source: pasteText(p), opts: redactOpts }),
  exec: ({ source, opts }) => previewRedaction(source, opts),
  check: ({ source, opts }, r) => {
    ok(isStr(r.text), 'text is not a string');
    if (!Object.values(opts).some(Boolean)) ok(r.text === source && r.replaced.length === 0, 'nothing to redact, yet the text changed');
    ok(typeof r.bodyRemoved === 'boolean' && (opts.body || !r.bodyRemoved), 'body removed without the option');
    checkProblems(r.warnings, 'previewRedaction');
    ok(Array.isArray(r.changes) && r.changes.every((c) => isStr(c.field) && isStr(c.before) && isStr(c.after)), 'bad changes');
    ok(Object.values(r.counts).every((n) => Number.isInteger(n) && n >= 0), 'bad counts');
  },
  size: (i) => i.source.length,
  long: (s) => {
    const all = { localParts: true, ips: true, subject: true, messageId: true, recipients: true, body: true };
    return [`Received: ${s}\r\n\r\n${s}`, `To: ${s}\r\n`, `Message-ID: <${s}>\r\n`, `Subject: ${s}\r\n`, s].map((source) => ({ source, opts: all }));
  },
  show: (i) => JSON.stringify(i.source.slice(0, 200)) + ` ${JSON.stringify(i.opts)}`,
};

// ---------------------------------------------------------------- DKIM body cache (Content-Transfer-Encoding)

const cte: Target<string, string | null> = {
  name: 'bodyCacheFor',
  covers: 'src/lib/dkim/verify.ts bodyCacheFor (Content-Transfer-Encoding comments)',
  arb: (p) =>
    mutated(fc.constantFrom('quoted-printable', '7bit (plain)', 'base64', '8BIT', ' (x) base64 (y'), ['(', ')', '\\', ' ', 'base64', '7bit', ...WEIRD.slice(0, 6)], p),
  exec: (v) => bodyCacheFor(splitMessage(utf8(`Content-Transfer-Encoding: ${v.replace(/[\r\n]/g, ' ')}\r\n\r\nbody`))).transferEncoding,
  check: (_v, te) => ok(te === null || (isStr(te) && te === te.toLowerCase() && te === te.trim()), `transferEncoding ${JSON.stringify(te)}`),
  size: strLen,
  long: (s) => [s, `(${s}`, `${s})`],
};

/** Every target, in report order. */
export const TARGETS: AnyTarget[] = [normalise, split, authres, receivedSpf, spf, macro, dkim, key, dmarc, share, received, from, arc, redact, cte];
