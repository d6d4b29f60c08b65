// Canonicalization tables (RFC 6376 3.4): literal expected bytes, written out by hand, so these
// do not depend on the implementation (the test signer in helpers.ts reuses canon.ts, so
// sign-then-verify alone could not catch a canonicalization bug).
import { afterAll, describe, expect, it } from 'vitest';
import { canonBody, canonHeader, canonSignatureField, emptyBTag, headerHashInput, selectHeaders } from '../../../src/lib/dkim/canon.ts';
import { parseDkimTags, verifyDkim } from '../../../src/lib/dkim/index.ts';
import type { Canon } from '../../../src/lib/dkim/signature.ts';
import { binaryToBytes, bytesToBinary, splitMessage } from '../../../src/lib/message/raw.ts';
import { crlfMessage, rsaKey, sign, txtResolver, type TestKey } from './helpers.ts';

const tally = { header: 0, body: 0, c: 0, matrix: 0 };
afterAll(() => console.log(`DKIM canonicalization tables: header ${tally.header}, body ${tally.body}, c= ${tally.c}, sign/alter/verify matrix ${tally.matrix}`));

/** The one header field of a header block given as CRLF text. */
function field(text: string) {
  return splitMessage(binaryToBytes(`${text}\r\n`)).headers[0]!;
}

describe('header canonicalization (RFC 6376 3.4.1, 3.4.2)', () => {
  // [raw field (CRLF, no final CRLF), simple, relaxed]
  const ROWS: [string, string, string, string][] = [
    ['RFC 6376 3.4.5 "A: X"', 'A: X', 'A: X\r\n', 'a:X\r\n'],
    ['RFC 6376 3.4.5 "B : Y<TAB><CRLF><TAB>Z  "', 'B : Y\t\r\n\tZ  ', 'B : Y\t\r\n\tZ  \r\n', 'b:Y Z\r\n'],
    ['name lowercased, value case kept', 'SUBJECT: Hello World', 'SUBJECT: Hello World\r\n', 'subject:Hello World\r\n'],
    ['WSP runs become one SP', 'Subject:  Hello \t  World  ', 'Subject:  Hello \t  World  \r\n', 'subject:Hello World\r\n'],
    ['folded right after the name', 'Subject:\r\n Hello', 'Subject:\r\n Hello\r\n', 'subject:Hello\r\n'],
    ['folded twice, tabs', 'To:\ta@example.com,\r\n\t b@example.com,\r\n  c@example.com', 'To:\ta@example.com,\r\n\t b@example.com,\r\n  c@example.com\r\n', 'to:a@example.com, b@example.com, c@example.com\r\n'],
    ['empty value', 'X-Empty:', 'X-Empty:\r\n', 'x-empty:\r\n'],
    ['whitespace-only value', 'X-Empty: \t ', 'X-Empty: \t \r\n', 'x-empty:\r\n'],
    ['no space after the colon', 'From:a@example.com', 'From:a@example.com\r\n', 'from:a@example.com\r\n'],
    ['8-bit bytes kept', 'Subject: caf\xc3\xa9', 'Subject: caf\xc3\xa9\r\n', 'subject:caf\xc3\xa9\r\n'],
  ];
  it.each(ROWS)('%s', (_what, raw, simple, relaxed) => {
    const h = field(raw);
    expect(canonHeader(h, 'simple')).toBe(simple);
    expect(canonHeader(h, 'relaxed')).toBe(relaxed);
    tally.header++;
  });

  it('the signature field enters the hash with b= emptied and no final CRLF', () => {
    const sig = field('DKIM-Signature: v=1; a=rsa-sha256; bh=abc=;\r\n b=AbC\r\n  dEf=; d=example.com');
    expect(canonSignatureField(sig, 'simple')).toBe('DKIM-Signature: v=1; a=rsa-sha256; bh=abc=;\r\n b=; d=example.com');
    expect(canonSignatureField(sig, 'relaxed')).toBe('dkim-signature:v=1; a=rsa-sha256; bh=abc=; b=; d=example.com');
    expect(emptyBTag(' b = x ;bh=y; b2=z')).toBe(' b =;bh=y; b2=z');
    expect(emptyBTag('a=1; b=x')).toBe('a=1; b=');
  });

  it('h= selects instances bottom-up; extra names select nothing (over-signing)', () => {
    const msg = crlfMessage('Received: r1\nX-A: top\nx-a: bottom\nFrom: f\n\n');
    const sel = selectHeaders(msg.headers, ['X-A', 'from', 'x-A', 'X-a', 'Subject']);
    expect(sel.map((s) => s.header?.value.trim() ?? null)).toEqual(['bottom', 'f', 'top', null, null]);
    const sigField = field('DKIM-Signature: b=zz; x=1');
    expect(headerHashInput(sel, sigField, 'relaxed')).toBe('x-a:bottom\r\nfrom:f\r\nx-a:top\r\ndkim-signature:b=; x=1');
  });
});

describe('body canonicalization (RFC 6376 3.4.3, 3.4.4)', () => {
  // [what, raw body, simple, relaxed]
  const ROWS: [string, string, string, string][] = [
    ['RFC 6376 3.4.5 example', ' C \r\nD \t E\r\n\r\n\r\n', ' C \r\nD \t E\r\n', ' C\r\nD E\r\n'],
    ['empty body', '', '\r\n', ''],
    ['only empty lines', '\r\n\r\n\r\n', '\r\n', ''],
    ['no final CRLF', 'abc', 'abc\r\n', 'abc\r\n'],
    ['trailing whitespace-only lines count as empty (relaxed)', 'abc\r\n  \r\n\t\r\n', 'abc\r\n  \r\n\t\r\n', 'abc\r\n'],
    ['inner empty lines kept', 'a\r\n\r\nb\r\n\r\n', 'a\r\n\r\nb\r\n', 'a\r\n\r\nb\r\n'],
    ['leading WSP becomes one SP', '  \tindented\r\n', '  \tindented\r\n', ' indented\r\n'],
    ['WSP at the very end without CRLF', 'abc \t', 'abc \t\r\n', 'abc\r\n'],
    ['bare CR and bare LF are not line ends', 'a\rb\nc\r\n', 'a\rb\nc\r\n', 'a\rb\nc\r\n'],
    ['8-bit bytes kept', 'caf\xc3\xa9  \r\n', 'caf\xc3\xa9  \r\n', 'caf\xc3\xa9\r\n'],
  ];
  it.each(ROWS)('%s', (_what, raw, simple, relaxed) => {
    const b = binaryToBytes(raw);
    expect(bytesToBinary(canonBody(b, 'simple'))).toBe(simple);
    expect(bytesToBinary(canonBody(b, 'relaxed'))).toBe(relaxed);
    tally.body++;
  });
});

describe('c= (RFC 6376 3.5)', () => {
  const ROWS: [string | null, string | null][] = [
    [null, 'simple/simple'],
    ['simple', 'simple/simple'],
    ['relaxed', 'relaxed/simple'], // header algorithm alone: the body stays simple
    ['simple/simple', 'simple/simple'],
    ['simple/relaxed', 'simple/relaxed'],
    ['relaxed/simple', 'relaxed/simple'],
    ['relaxed/relaxed', 'relaxed/relaxed'],
    ['Relaxed/Relaxed', null], // tag values are case-sensitive (RFC 6376 3.2)
    ['relaxed /relaxed', null],
    ['/relaxed', null],
  ];
  it.each(ROWS)('c=%s → %s', (c, want) => {
    const parsed = parseDkimTags(`v=1; a=rsa-sha256; d=example.com; s=s; h=from; bh=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=; b=AAAA${c === null ? '' : `; c=${c}`}`);
    if (want === null) {
      expect(parsed.problems.map((p) => p.code)).toEqual(['dkim-c-invalid']);
    } else {
      expect(parsed.problems).toEqual([]);
      const { header, body } = parsed.sig.canonicalization;
      expect(`${header}/${body}`).toBe(want);
    }
    tally.c++;
  });
});

describe('sign, alter, verify: what each canonicalization tolerates', () => {
  const TEXT = 'From: Joe <joe@example.com>\nTo: x@example.org\nSubject: canon test\n\nLine one.\nLine two.\n';
  let key: TestKey;
  const resolver = () => txtResolver({ 'k._domainkey.example.com': `v=DKIM1; p=${key.p}` });

  type Alter = [string, (t: string) => string, { header: Canon[]; body: Canon[] }];
  // for each alteration: which header / body canonicalizations still verify
  const ALTERS: Alter[] = [
    ['unchanged', (t) => t, { header: ['simple', 'relaxed'], body: ['simple', 'relaxed'] }],
    ['Subject re-spaced', (t) => t.replace('Subject: canon test', 'Subject:   canon \t test '), { header: ['relaxed'], body: ['simple', 'relaxed'] }],
    ['Subject re-folded', (t) => t.replace('Subject: canon test', 'Subject: canon\r\n test'), { header: ['relaxed'], body: ['simple', 'relaxed'] }],
    ['header name case changed', (t) => t.replace('Subject:', 'SUBJECT:'), { header: ['relaxed'], body: ['simple', 'relaxed'] }],
    ['trailing spaces added to a body line', (t) => t.replace('Line one.', 'Line one.   '), { header: ['simple', 'relaxed'], body: ['relaxed'] }],
    ['empty lines added at the end', (t) => `${t}\r\n\r\n`, { header: ['simple', 'relaxed'], body: ['simple', 'relaxed'] }],
    ['a word changed', (t) => t.replace('Line two.', 'Line 2.'), { header: ['simple', 'relaxed'], body: [] }],
    ['unsigned header added', (t) => `X-Added: yes\r\n${t}`, { header: ['simple', 'relaxed'], body: ['simple', 'relaxed'] }],
  ];
  const CANONS: { c: `${Canon}/${Canon}`; cText?: string }[] = [
    { c: 'simple/simple' }, { c: 'simple/relaxed' }, { c: 'relaxed/simple' }, { c: 'relaxed/relaxed' },
    { c: 'relaxed/simple', cText: 'relaxed' }, { c: 'simple/simple', cText: 'simple' },
  ];
  const rows = CANONS.flatMap((cn) => ALTERS.map(([what, alter, ok]) => ({ ...cn, what, alter, ok, label: cn.cText ?? cn.c })));

  it.each(rows)('c=$label, $what', async (row) => {
    key ??= await rsaKey();
    const signed = await sign(TEXT, { key, d: 'example.com', s: 'k', h: ['from', 'to', 'subject'], c: row.c, ...(row.cText ? { cText: row.cText } : {}) });
    const [hc, bc] = row.c.split('/') as [Canon, Canon];
    const [res] = await verifyDkim(crlfMessage(row.alter(signed)), resolver());
    const want = { signature: row.ok.header.includes(hc) ? 'pass' : 'fail', bodyHash: row.ok.body.includes(bc) ? 'pass' : 'fail' };
    expect({ signature: res!.signature, bodyHash: res!.bodyHash }, res!.reason).toEqual(want);
    expect(res!.result).toBe(want.signature === 'pass' && want.bodyHash === 'pass' ? 'pass' : 'fail');
    expect(res!.canonicalization).toEqual({ header: hc, body: bc });
    tally.matrix++;
  });
});
