import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeHeaderValue, explainedHeaderNames, explainHeader, MAX_DECODE_LENGTH } from '../../../src/lib/message/header-info.ts';
import { expectWithin } from '../../support/timing.ts';
import { translator } from '../../../src/lib/i18n/tr.ts';

describe('explainHeader', () => {
  // [name as written in a message, a phrase its note must contain]
  const NAMES: [string, string][] = [
    ['From', 'DMARC protects'],
    ['To', 'primary recipients'],
    ['Cc', 'Carbon-copy'],
    ['Subject', 'encoded-words'],
    ['Date', 'submitted'],
    ['Message-ID', 'unique identifier'],
    ['Return-Path', 'envelope sender'],
    ['Received', 'bottom (oldest) up'],
    ['X-Received', 'not a Received field'],
    ['DKIM-Signature', '._domainkey.'],
    ['ARC-Seal', 'cv='],
    ['ARC-Message-Signature', 'intermediary'],
    ['ARC-Authentication-Results', 'authentication results this intermediary saw'],
    ['Authentication-Results', 'authserv-id'],
    ['Received-SPF', 'RFC 7208'],
    ['List-Unsubscribe', 'RFC 2369'],
    ['List-Unsubscribe-Post', 'One-Click'],
    ['List-Id', 'RFC 2919'],
    ['Feedback-ID', 'Feedback Loop'],
    ['X-SES-Outgoing', 'Amazon SES'],
    ['MIME-Version', '1.0'],
    ['Content-Type', 'charset'],
    ['Content-Transfer-Encoding', 'quoted-printable'],
    ['X-Mailer', 'program'],
    ['User-Agent', 'mail program'],
    ['Precedence', 'auto-responders'],
    ['Auto-Submitted', 'RFC 3834'],
    ['Delivered-To', 'delivered'],
    ['X-Original-To', 'before aliases'],
    ['Reply-To', 'replies'],
    ['Sender', 'actually sent'],
    ['In-Reply-To', 'replies to'],
    ['References', 'thread'],
    ['X-MS-Exchange-Organization-SCL', 'spam confidence level'],
    ['X-MS-Exchange-Organization-AuthAs', 'Anonymous'],
    ['X-MS-Exchange-Organization-MessageDirectionality', 'Exchange'],
    ['X-MS-Exchange-CrossTenant-OriginalArrivalTime', 'between tenants'],
    ['X-Forefront-Antispam-Report', 'SCL'],
    ['X-Microsoft-Antispam', 'BCL'],
    ['X-Microsoft-Antispam-Mailbox-Delivery', 'does not document'],
    ['X-Spam-Status', 'SpamAssassin'],
    ['X-Spam-Flag', 'YES'],
    ['BIMI-Selector', 'selector'],
    ['BIMI-Location', 'receiver'],
    ['BIMI-Indicator', 'SVG'],
    ['DomainKey-Signature', 'obsolete'],
    ['TLS-Required', 'RFC 8689'],
    ['CFBL-Address', 'RFC 9477'],
    ['Resent-From', 're-sent'],
    ['List-Help', 'Mailing-list'],
    ['ARC-Future-Field', 'ARC chain'],
  ];
  it.each(NAMES)('%s', (name, phrase) => {
    const note = explainHeader(name);
    expect(note).not.toBeNull();
    expect(note).toContain(phrase);
  });

  it('ignores case, surrounding space and a trailing colon', () => {
    const a = explainHeader('dkim-signature');
    expect(a).not.toBeNull();
    expect(explainHeader('  DKIM-SIGNATURE: ')).toBe(a);
    expect(explainHeader('Dkim-Signature')).toBe(a);
  });

  it('has notes for at least 40 names, each a sentence', () => {
    const names = explainedHeaderNames();
    expect(names.length).toBeGreaterThanOrEqual(40);
    for (const n of names) {
      const note = explainHeader(n)!;
      expect(note.length, n).toBeGreaterThan(20);
      expect(note.length, n).toBeLessThan(400);
      expect(note, n).toMatch(/[.)]$/);
    }
  });

  it('speaks the translator\'s language: Japanese for every explained name and family', () => {
    const ja = translator('ja');
    expect(explainHeader('From', ja)).toBe(
      '読み手に表示される作成者です。DMARC が保護するのはこのアドレスで、これとアラインするドメインで SPF または DKIM が pass する必要があります。',
    );
    for (const n of [...explainedHeaderNames(), 'X-MS-Exchange-CrossTenant-Id', 'X-MS-Exchange-Foo', 'X-Microsoft-Foo', 'ARC-Foo', 'BIMI-Foo', 'List-Help', 'Resent-From', 'X-Spam-Foo']) {
      const text = explainHeader(n, ja);
      expect(text, n).not.toBeNull();
      expect(text, n).not.toBe(explainHeader(n));
      expect(text, n).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    expect(explainHeader('X-Custom-Thing', ja)).toBeNull();
  });

  it.each(['X-Custom-Thing', 'Subjectx', '', ' ', ':', 'a'.repeat(5000), 'constructor', '__proto__', 'toString'])('unknown %j → null', (name) => {
    expect(explainHeader(name)).toBeNull();
  });

  it('never throws on non-strings', () => {
    expect(explainHeader(undefined as never)).toBeNull();
    expect(explainHeader(42 as never)).toBeNull();
  });
});

describe('decodeHeaderValue', () => {
  const CASES: [string, string, string][] = [
    ['ISO-2022-JP, B', '=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=', '日本語'],
    ['ISO-2022-JP, lower-case label', '=?iso-2022-jp?B?GyRCJEskWyRzGyhC?=', 'にほん'],
    ['ISO-2022-JP, two words folded', '=?ISO-2022-JP?B?GyRCRnxLXBsoQg==?=\r\n =?ISO-2022-JP?B?GyRCOGwbKEI=?=', '日本語'],
    ['Shift_JIS, B', '=?Shift_JIS?B?k/qWew==?=', '日本'],
    ['Shift_JIS, Q', '=?shift_jis?Q?=93=FA=96=7B?=', '日本'],
    ['ISO-8859-1, Q with underscores', '=?ISO-8859-1?Q?Caf=E9_cr=E8me?=', 'Café crème'],
    ['windows-1252 curly quotes', '=?windows-1252?Q?=93quoted=94?=', '\u201cquoted\u201d'],
    ['ISO-8859-1 label means windows-1252 (WHATWG): 0x80 is the euro sign', '=?ISO-8859-1?Q?=80_10?=', '€ 10'],
    ['a real U+0093 written in UTF-8 is left alone', '=?UTF-8?Q?=C2=93?=', '\u0093'],
    ['GB2312', '=?gb2312?B?1tDOxA==?=', '中文'],
    ['UTF-8, B', '=?UTF-8?B?44GT44KT44Gr44Gh44Gv?=', 'こんにちは'],
    ['UTF-8, b lower-case', '=?utf-8?b?44OG44K544OI?=', 'テスト'],
    ['UTF-8, Q', '=?utf-8?q?=E2=9C=93_done?=', '✓ done'],
    ['RFC 2231 language suffix', '=?UTF-8*ja?B?5pel5pys?=', '日本'],
    // RFC 2047 section 6.2: whitespace between adjacent encoded-words is not shown
    ['6.2: adjacent B words', '=?UTF-8?B?44GT44KT?= =?UTF-8?B?44Gr44Gh44Gv?=', 'こんにちは'],
    ['6.2: adjacent words across a fold (tab)', '=?UTF-8?B?5pel?=\r\n\t=?UTF-8?B?5pys?=', '日本'],
    ['6.2: a UTF-8 character split across two Q words', '=?UTF-8?Q?=E3=81?= =?UTF-8?Q?=93?=', 'こ'],
    ['6.2: different charsets, still joined without the space', '=?ISO-8859-1?Q?Caf=E9?= =?UTF-8?Q?_=E2=9C=93?=', 'Café ✓'],
    ['6.2: words touching', '=?UTF-8?Q?a?==?UTF-8?Q?b?=', 'ab'],
    // ...but text between them, and the space before ordinary text, is kept
    ['text between words kept', '=?UTF-8?Q?a?= b =?UTF-8?Q?c?=', 'a b c'],
    ['space before plain text kept', '=?UTF-8?Q?Hello?= world', 'Hello world'],
    ['plain text after a word', '=?UTF-8?B?5pel5pys?=x', '日本x'],
    ['display name in an address', '"=?UTF-8?Q?Jos=C3=A9?=" <j@example.com>', '"José" <j@example.com>'],
    ['nothing encoded', 'Hello, world', 'Hello, world'],
    ['folded plain text is unfolded', 'Hello,\r\n world', 'Hello, world'],
    ['not an encoded-word', '=?not closed', '=?not closed'],
    ['unknown charset falls back, never throws', '=?x-unknown?Q?abc?=', 'abc'],
  ];
  it.each(CASES)('%s', (_name, value, want) => expect(decodeHeaderValue(value)).toBe(want));

  it('never throws and is fast on hostile input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('=?', '?=', '?Q?', '?B?', 'UTF-8', 'ISO-2022-JP', '=E3', '=', '_', ' ', '\r\n ', 'x', '\u001b$B', '44GT'), { maxLength: 40 }), (parts) => {
        return typeof decodeHeaderValue(parts.join('')) === 'string';
      }),
      { numRuns: 3000 },
    );
    expect(decodeHeaderValue(undefined as never)).toBe('');
    const t0 = Date.now();
    decodeHeaderValue('=?'.repeat(200_000));
    decodeHeaderValue('=?UTF-8?Q?'.repeat(50_000));
    decodeHeaderValue('=?' + 'a'.repeat(500_000));
    decodeHeaderValue('=?UTF-8?B?' + 'QUJD'.repeat(100_000) + '?=');
    expectWithin(Date.now() - t0, 2000);
  });

  it(`decodes the first ${MAX_DECODE_LENGTH} characters and keeps the rest as written`, () => {
    const word = '=?UTF-8?B?5pel5pys?='; // 日本
    const v = word + 'x'.repeat(MAX_DECODE_LENGTH) + word;
    const out = decodeHeaderValue(v);
    expect(out.startsWith('日本x')).toBe(true);
    expect(out.endsWith('x' + word)).toBe(true);
  });
});
