import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShare, encodeShare } from '../../../src/lib/share/codec.ts';
import { headersOnly, previewRedaction, redactMessage, type RedactOptions } from '../../../src/lib/share/redact.ts';
import { splitHeaderBlock } from '../../../src/lib/share/fields.ts';
import { haveShared, readShared } from '../../support/shared.ts';

const SES = 'samples/ses-before-custom-mail-from.eml';
const hasSes = haveShared(SES);
const ses = hasSes ? readShared(SES) : '';
const ALL: RedactOptions = { localParts: true, ips: true, subject: true, messageId: true, recipients: true, body: true };

describe('redacted share of the SES sample', () => {
  // values a reader of the shared link must not see, and domains the analysis still needs
  const secret = [
    'info@', '0106018f8a2b3c4d-5e6f7a8b-1c2d-3e4f-5a6b-7c8d9e0f1a2b-000000', '54.240.27.10', 'someone',
    '44OG44K544OI44Oh44O844Or', '2002:a05:6a10:b616', 'This is a test message',
  ];
  const subjectText = 'テストメール'; // the Subject's encoded-word, decoded
  const kept = ['example.jp', 'ap-northeast-1.amazonses.com', 'd=amazonses.com', 'header.from=example.jp', 'bh=H3RrPB4RbFq0hj'];

  it.skipIf(!hasSes)('decoded fragment holds no masked value and every domain', async () => {
    const r = redactMessage(ses, ALL);
    for (const s of secret) expect(ses).toContain(s);
    const decoded = await decodeShare(await encodeShare({ v: 1, source: r.text, options: { redacted: true } }));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const text = decoded.payload.source;
    for (const s of [...secret, subjectText]) expect(text).not.toContain(s);
    for (const rep of r.replaced) expect(text).not.toContain(rep.original);
    for (const k of kept) expect(text).toContain(k);
    expect(decoded.payload.options).toEqual({ redacted: true });
  });

  it.skipIf(!hasSes)('lists each replacement once and warns about the DKIM signatures and SPF', () => {
    const r = redactMessage(ses, ALL);
    expect(r.replaced).toEqual([
      { kind: 'recipient', original: 'someone@gmail.com', replacement: 'recipient-1@redacted.invalid' },
      { kind: 'subject', original: 'テストメール', replacement: '[redacted]' },
      { kind: 'message-id', original: '0106018f8a2b3c4d-5e6f7a8b-1c2d-3e4f-5a6b-7c8d9e0f1a2b-000000@ap-northeast-1.amazonses.com', replacement: 'redacted-id-1@ap-northeast-1.amazonses.com' },
      { kind: 'local-part', original: 'info@example.jp', replacement: 'redacted-1@example.jp' },
      { kind: 'ip', original: '2002:a05:6a10:b616:b0:5a1:2b3c:4d5e', replacement: '2001:db8::1' },
      { kind: 'ip', original: '2002:a17:90a:1234:b0:2b2:3c4d:5e6f', replacement: '2001:db8::2' },
      { kind: 'ip', original: '54.240.27.10', replacement: '192.0.2.1' },
    ]);
    expect(r.warnings.map((w) => [w.code, w.params?.d])).toEqual([
      ['redaction-breaks-dkim', 'example.jp'],
      ['redaction-breaks-dkim', 'amazonses.com'],
      ['redaction-masks-ip', undefined],
      ['redaction-body-removed', undefined],
    ]);
    expect(r.warnings[0]!.message).toContain('Message-ID, Subject, To, From');
    expect(r.bodyRemoved).toBe(true);
    expect(r.text).toBe(headersOnly(r.text));
  });

  it.skipIf(!hasSes)('the same address maps to the same mask everywhere (Return-Path, A-R, Received-SPF, Message-ID)', () => {
    const { text } = redactMessage(ses, { localParts: true });
    expect(text.match(/redacted-\d+@ap-northeast-1\.amazonses\.com/g)).toEqual(Array(5).fill('redacted-2@ap-northeast-1.amazonses.com'));
    expect(redactMessage(ses, { localParts: true }).text).toBe(text);
  });

  it.skipIf(!hasSes)('preview lists the changed fields with their lines', () => {
    const p = previewRedaction(ses, { subject: true, recipients: true });
    expect(p.changes.map((c) => [c.field, c.line])).toEqual([['Delivered-To', 1], ['Received', 12], ['To', 37], ['Subject', 38]]);
    expect(p.changes[3]).toMatchObject({ before: '=?UTF-8?B?44OG44K544OI44Oh44O844Or?=', after: '[redacted]' });
    expect(p.counts).toEqual({ 'local-part': 0, recipient: 1, 'message-id': 0, ip: 0, subject: 1 });
  });

  it.skipIf(!hasSes)('nothing chosen: nothing changed and no warnings', () => {
    expect(redactMessage(ses, {})).toEqual({ text: ses, replaced: [], warnings: [], bodyRemoved: false });
  });
});

describe('redaction cases', () => {
  const cases: { name: string; text: string; opts: RedactOptions; has: string[]; hasNot: string[] }[] = [
    { name: 'IPv6 literal in Received', text: 'Received: from x ([IPv6:2a00:1450:4864:20::2a]) by y\r\n', opts: { ips: true }, has: ['[IPv6:2001:db8::1]'], hasNot: ['2a00'] },
    { name: 'IPv4 with a port', text: 'X-Peer: 203.0.113.200:25\r\n', opts: { ips: true }, has: ['X-Peer: 192.0.2.1:25'], hasNot: ['203.0.113.200'] },
    { name: 'IPv4 after a hyphen (SES X-SES-Outgoing)', text: 'X-SES-Outgoing: 2024.05.18-54.240.27.10\r\n', opts: { ips: true }, has: ['2024.05.18-192.0.2.1'], hasNot: ['54.240'] },
    { name: 'IPv4-mapped IPv6', text: 'X-Ip: ::ffff:10.1.2.3\r\n', opts: { ips: true }, has: ['X-Ip: 2001:db8::1'], hasNot: ['10.1.2.3'] },
    { name: 'times, dates and versions are not IPs', text: 'Date: Sat, 18 May 2024 05:22:57 +0000\r\nX-Mailer: Foo 6.0.6002.18197\r\nX-V: 1.2.3\r\n', opts: { ips: true }, has: ['05:22:57', '6.0.6002.18197', '1.2.3'], hasNot: ['192.0.2', '2001:db8'] },
    { name: 'domains are kept even when they contain digits', text: 'Received: from 1.2.3.4.dyn.example.net (mail-10.1.2.3x.example)\r\n', opts: { ips: true }, has: ['1.2.3.4.dyn.example.net', 'mail-10.1.2.3x.example'], hasNot: ['192.0.2'] },
    { name: 'A-R property prefixes stay', text: 'Authentication-Results: mx; spf=pass smtp.mailfrom=bounce@example.com; dkim=pass header.i=@example.com\r\n', opts: { localParts: true }, has: ['smtp.mailfrom=redacted-1@example.com', 'header.i=@example.com'], hasNot: ['bounce'] },
    { name: 'Received-SPF envelope-from', text: 'Received-SPF: pass envelope-from="x.y@example.org"; client-ip=192.0.2.9;\r\n', opts: { localParts: true }, has: ['"redacted-1@example.org"'], hasNot: ['x.y@'] },
    { name: 'SRS address: the whole local part is masked', text: 'Return-Path: <SRS0=HhH1=TT=example.org=alice@forwarder.example>\r\n', opts: { localParts: true }, has: ['<redacted-1@forwarder.example>'], hasNot: ['alice', 'SRS0'] },
    { name: 'address literal: local part and IP', text: 'X-A: postmaster@[198.51.100.7]\r\n', opts: { localParts: true, ips: true }, has: ['redacted-1@[192.0.2.1]'], hasNot: ['postmaster', '198.51.100.7'] },
    { name: 'case-insensitive consistency', text: 'From: Info@Example.jp\r\nSender: info@example.jp\r\n', opts: { localParts: true }, has: ['From: redacted-1@Example.jp', 'Sender: redacted-1@example.jp'], hasNot: ['nfo@', 'redacted-2'] },
    { name: 'IPv6 spellings of one host share a mask', text: 'A: 2a00:1450:4864:0020:0000:0000:0000:002a\r\nB: 2A00:1450:4864:20::2A\r\n', opts: { ips: true }, has: ['A: 2001:db8::1', 'B: 2001:db8::1'], hasNot: ['2a00', '2A00', '2001:db8::2'] },
    { name: 'recipients: display names go, the address is masked everywhere', text: 'To: "Bob Smith" <bob@example.net>, carol@example.org\r\nX-Orig: bob@example.net\r\n', opts: { recipients: true }, has: ['To: recipient-1@redacted.invalid, recipient-2@redacted.invalid', 'X-Orig: recipient-1@redacted.invalid'], hasNot: ['Bob', 'bob@', 'carol', 'example.net'] },
    { name: 'recipients: Received "for" without brackets', text: 'Received: from a by b for dave@example.com; Sat, 18 May 2024\r\nX-Log: dave@example.com\r\n', opts: { recipients: true }, has: ['for recipient-1@redacted.invalid;', 'X-Log: recipient-1@redacted.invalid'], hasNot: ['dave'] },
    { name: 'recipients: X-Original-To and Cc', text: 'X-Original-To: e@example.com\r\nCc: f@example.com\r\n', opts: { recipients: true }, has: ['X-Original-To: recipient-1@redacted.invalid', 'Cc: recipient-2@redacted.invalid'], hasNot: ['e@example.com', 'f@'] },
    { name: 'Message-ID alone: ids masked, domains kept, other addresses untouched', text: 'From: a@example.com\r\nMessage-ID: <abc.123@mail.example.com>\r\nReferences: <r1@x.example> <abc.123@mail.example.com>\r\n', opts: { messageId: true }, has: ['From: a@example.com', '<redacted-id-1@mail.example.com>', '<redacted-id-2@x.example> <redacted-id-1@mail.example.com>'], hasNot: ['abc.123', 'r1@'] },
    { name: 'folded encoded Subject', text: 'Subject: =?UTF-8?B?44OG44K5?=\r\n =?UTF-8?B?44OI?=\r\nX-After: kept\r\n', opts: { subject: true }, has: ['Subject: [redacted]\r\nX-After: kept\r\n'], hasNot: ['44OG'] },
    { name: 'body kept: its addresses are masked too', text: 'From: a@example.com\r\n\r\nwrite to sales@example.com\r\n', opts: { localParts: true }, has: ['\r\n\r\nwrite to redacted-2@example.com\r\n'], hasNot: ['sales'] },
    { name: 'LF-only message, body dropped', text: 'From: a@example.com\nSubject: s\n\nbody\n', opts: { body: true }, has: ['From: a@example.com\nSubject: s\n'], hasNot: ['body', '\n\n'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { text } = redactMessage(c.text, c.opts);
      for (const h of c.has) expect(text).toContain(h);
      for (const h of c.hasNot) expect(text).not.toContain(h);
    });
  }
});

describe('headersOnly', () => {
  const cases: [string, string, string][] = [
    ['CRLF message', 'A: 1\r\nB: 2\r\n\r\nbody\r\n', 'A: 1\r\nB: 2\r\n'],
    ['LF message', 'A: 1\nB: 2\n\nbody\n', 'A: 1\nB: 2\n'],
    ['folded header kept whole', 'A: 1\r\n 2\r\n\r\n\r\nbody', 'A: 1\r\n 2\r\n'],
    ['no blank line: unchanged', 'A: 1\r\nB: 2', 'A: 1\r\nB: 2'],
    ['starts with a blank line', '\r\nbody', ''],
    ['empty', '', ''],
  ];
  for (const [name, input, want] of cases) it(name, () => expect(headersOnly(input)).toBe(want));
});

describe('redaction on arbitrary input', () => {
  it('never throws, keeps the number of header fields, and removes every IPv4 it reports', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.ipV4().map((ip) => `X-Ip: ${ip}`),
      fc.ipV6().map((ip) => `Received: from [${ip}]`),
      fc.emailAddress().map((a) => `To: ${a}`),
      fc.emailAddress().map((a) => `From: <${a}>`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const source = lines.join('\r\n');
        const r = redactMessage(source, { ...ALL, body: false });
        expect(splitHeaderBlock(r.text).fields.length).toBe(splitHeaderBlock(source).fields.length);
        for (const rep of r.replaced) if (rep.kind === 'ip' && rep.original.includes('.') && !rep.original.includes(':')) expect(r.text).not.toMatch(new RegExp(`(^|[^0-9.])${rep.original.replace(/\./g, '\\.')}($|[^0-9.])`));
        expect(redactMessage(source, { ...ALL, body: false })).toEqual(r);
      }),
      { numRuns: 1000 },
    );
  });
});
