// The receiver's view of real header formats: for each vendor's header block (tests/fixtures/recv,
// see its README), the SPF inputs (client IP, HELO, MAIL FROM and where each came from), the
// receiver's block (which Authentication-Results are trusted) and the assumed-boundary label.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import { ZoneResolver } from '../../../src/lib/dns/zone.ts';
import { resolve } from 'node:path';
import { repoRoot, sharedPath } from '../../support/shared.ts';
import type { Report } from '../../../src/lib/report/types.ts';

export const recvFixture = (name: string) => readFileSync(resolve(repoRoot, 'tests/fixtures/recv', `${name}.eml`), 'utf8');
const fixture = recvFixture;
const none = new ZoneResolver({});

interface Row {
  file: string;
  ip: string;
  ipSource: NonNullable<Report['spf']>['clientIpSource'];
  helo: string | null;
  mailFrom: { domain: string | null; source: Report['mailFrom']['source']; nullSender?: boolean };
  /** the trusted receiver: authserv-id (null for Microsoft 365) and its spf / dmarc results; null: none */
  trusted: { authservId: string | null; spf: string | null; dmarc: string | null } | null;
  /** authserv-ids of the results recorded below the receiver's block */
  intermediaries?: (string | null)[];
  assumed?: boolean;
  problems?: string[];
}

const ROWS: Row[] = [
  { file: 'gmail-direct', ip: '54.240.27.10', ipSource: 'received-spf', helo: 'e27-10.smtp-out.ap-northeast-1.amazonses.com', mailFrom: { domain: 'ap-northeast-1.amazonses.com', source: 'return-path' }, trusted: { authservId: 'mx.google.com', spf: 'pass', dmarc: 'pass' } },
  { file: 'gmail-forwarded', ip: '203.0.113.25', ipSource: 'received-spf', helo: 'mx.forwarder.example', mailFrom: { domain: 'forwarder.example', source: 'return-path' }, trusted: { authservId: 'mx.google.com', spf: 'pass', dmarc: 'pass' }, intermediaries: ['mx.forwarder.example'] },
  { file: 'google-groups', ip: '209.85.220.57', ipSource: 'received-spf', helo: 'mail-sor-f57.google.com', mailFrom: { domain: 'googlegroups.com', source: 'return-path' }, trusted: { authservId: 'mx.google.com', spf: 'pass', dmarc: 'pass' } },
  { file: 'ses-bounce', ip: '54.240.8.31', ipSource: 'received-spf', helo: 'a8-31.smtp-out.amazonses.com', mailFrom: { domain: null, source: 'return-path', nullSender: true }, trusted: { authservId: 'mx.google.com', spf: 'pass', dmarc: null } },
  { file: 'm365-proofpoint', ip: '148.163.150.14', ipSource: 'received-spf', helo: 'mx0a-00123401.pphosted.com', mailFrom: { domain: 'sender.example', source: 'return-path' }, trusted: { authservId: null, spf: 'softfail', dmarc: 'fail' } },
  { file: 'm365-tenant-to-tenant', ip: '40.107.22.54', ipSource: 'received-spf', helo: 'EUR05-AM6-obe.outbound.protection.outlook.com', mailFrom: { domain: 'contoso.example', source: 'return-path' }, trusted: { authservId: null, spf: 'pass', dmarc: 'pass' }, intermediaries: [null] },
  { file: 'outlook-com', ip: '209.85.128.54', ipSource: 'received-spf', helo: 'mail-wm1-f54.google.com', mailFrom: { domain: 'gmail.com', source: 'return-path' }, trusted: { authservId: null, spf: 'pass', dmarc: 'pass' } },
  { file: 'mimecast-m365', ip: '205.139.110.120', ipSource: 'authentication-results', helo: 'us-smtp-delivery-120.mimecast.com', mailFrom: { domain: 'gmail.com', source: 'return-path' }, trusted: { authservId: null, spf: 'fail', dmarc: 'pass' }, intermediaries: ['relay.mimecast.com'] },
  { file: 'yahoo', ip: '209.85.221.48', ipSource: 'received-spf', helo: 'mail-wr1-f48.google.com', mailFrom: { domain: 'gmail.com', source: 'return-path' }, trusted: { authservId: 'atlas322.free.mail.ne1.yahoo.com', spf: 'pass', dmarc: 'pass' } },
  { file: 'yahoo-bullet', ip: '98.138.229.165', ipSource: 'received-spf', helo: 'nm39-vm5.bullet.mail.ne1.yahoo.com', mailFrom: { domain: 'yahoo.com', source: 'return-path' }, trusted: { authservId: 'mta1047.mail.ne1.yahoo.com', spf: null, dmarc: null } },
  { file: 'yahoo-japan', ip: '203.0.113.80', ipSource: 'received', helo: 'mail.shop.example.jp', mailFrom: { domain: 'shop.example.jp', source: 'return-path' }, trusted: { authservId: 'mta5021.mail.kks.yahoo.co.jp', spf: 'pass', dmarc: 'pass' } },
  { file: 'fastmail', ip: '66.111.4.25', ipSource: 'received-spf', helo: 'out1-smtp.messagingengine.com', mailFrom: { domain: 'fastmail.com', source: 'return-path' }, trusted: { authservId: 'mx6.messagingengine.com', spf: 'pass', dmarc: 'pass' } },
  { file: 'exim', ip: '209.85.160.170', ipSource: 'authentication-results', helo: 'mail-qt1-f170.google.com', mailFrom: { domain: 'gmail.com', source: 'return-path' }, trusted: { authservId: 'mx.example.org', spf: 'pass', dmarc: 'pass' } },
  { file: 'postfix-opendmarc', ip: '209.85.128.41', ipSource: 'received-spf', helo: 'mail-wm1-f41.google.com', mailFrom: { domain: 'gmail.com', source: 'return-path' }, trusted: { authservId: 'mail.example.org', spf: 'pass', dmarc: 'pass' } },
  { file: 'mailman-list', ip: '188.166.95.178', ipSource: 'authentication-results', helo: 'mail.python.org', mailFrom: { domain: 'python.org', source: 'return-path' }, trusted: { authservId: 'mail.example.org', spf: 'pass', dmarc: 'fail' }, intermediaries: ['mail.python.org'] },
  { file: 'subspace-mirror', ip: '209.85.214.178', ipSource: 'authentication-results', helo: 'mail-pl1-f178.google.com', mailFrom: { domain: 'gmail.com', source: 'authentication-results' }, trusted: { authservId: 'smtp.subspace.kernel.org', spf: 'pass', dmarc: 'pass' }, problems: ['mailfrom-other-leg'] },
  { file: 'subspace-archive', ip: '147.75.48.161', ipSource: 'assumed', helo: 'sy.mirrors.kernel.org', mailFrom: { domain: 'vger.kernel.org', source: 'return-path' }, trusted: null, intermediaries: ['smtp.subspace.kernel.org'], assumed: true },
  { file: 'qmail-no-ar', ip: '198.51.100.77', ipSource: 'assumed', helo: 'mail.sender.example', mailFrom: { domain: 'sender.example', source: 'return-path' }, trusted: null, assumed: true },
  { file: 'sendgrid-no-ar', ip: '167.89.100.1', ipSource: 'assumed', helo: 'o1.email.example.com', mailFrom: { domain: 'em1234.email.example.com', source: 'return-path' }, trusted: null, assumed: true },
  { file: 'two-legs-18-days', ip: '192.0.2.60', ipSource: 'received-spf', helo: 'mail.resender.example', mailFrom: { domain: 'resender.example', source: 'return-path' }, trusted: { authservId: 'mx.google.com', spf: 'pass', dmarc: 'fail' }, intermediaries: [null], problems: ['received-gap'] },
];

describe('the receiver’s view of real header formats', () => {
  it.each(ROWS.map((r) => [r.file, r] as const))('%s', async (_f, row) => {
    const r = await analyzeMessage(fixture(row.file), none);
    expect(r.spf?.clientIp).toBe(row.ip);
    expect(r.spf?.clientIpSource).toBe(row.ipSource);
    expect(r.spf?.helo).toBe(row.helo);
    expect(r.mailFrom.domain).toBe(row.mailFrom.domain);
    expect(r.mailFrom.source).toBe(row.mailFrom.source);
    expect(r.mailFrom.nullSender).toBe(!!row.mailFrom.nullSender);
    const trusted = r.receiver.filter((x) => x.trusted);
    if (row.trusted) {
      expect(trusted.length).toBeGreaterThan(0);
      expect({ authservId: trusted[0]!.authservId, spf: trusted[0]!.spf, dmarc: trusted[0]!.dmarc }).toEqual(row.trusted);
    } else expect(trusted).toEqual([]);
    const lower = r.receiver.filter((x) => !x.trusted);
    expect(lower.map((x) => x.authservId)).toEqual(row.intermediaries ?? []);
    for (const x of lower) expect(x.note).toMatch(/not this delivery’s verdict/);
    if (row.assumed) {
      expect(r.spf?.assumed?.label).toBe('assumed: no receiver results in the message');
      expect(r.spf?.assumed?.reason).toMatch(/no Authentication-Results or Received-SPF/);
      expect(r.steps.find((s) => s.id === 'spf')!.details!.join('\n')).toMatch(/assumed: no receiver results in the message/);
      expect(r.problems.some((p) => p.code === 'no-client-ip')).toBe(false);
    } else expect(r.spf?.assumed).toBeUndefined();
    for (const code of row.problems ?? []) expect(r.problems.map((p) => p.code)).toContain(code);
    // SPF was evaluated here, for the client named above
    expect(r.spf?.source).toBe('ours');
  });

  it('a compauth from an older leg is not this delivery’s', async () => {
    const r = await analyzeMessage(fixture('two-legs-18-days'), none);
    expect((r.antispam as { compauth?: unknown }).compauth).toBeUndefined();
    expect(r.receiver.find((x) => !x.trusted)!.compauth).toBe('fail');
    expect(r.receiver.find((x) => !x.trusted)!.recordedAt).toMatch(/^2024-04-04T10:00:0\d/);
  });

  it('Microsoft 365 in front: compauth and X-Forefront-Antispam-Report of the receiver; DIR:OUT is the sender’s', async () => {
    const pp = await analyzeMessage(fixture('m365-proofpoint'), none);
    const a = pp.antispam as { compauth?: { result: string }; microsoft?: { cip?: string }; microsoftOutbound?: unknown };
    expect(a.compauth?.result).toBe('fail');
    expect(a.microsoft?.cip).toBe('148.163.150.14');
    const t2t = await analyzeMessage(fixture('m365-tenant-to-tenant'), none);
    const b = t2t.antispam as { microsoft?: unknown; microsoftOutbound?: { note: string; dir?: string } };
    expect(b.microsoft).toBeUndefined();
    expect(b.microsoftOutbound?.dir).toBe('OUT');
    expect(b.microsoftOutbound?.note).toMatch(/outbound scan.*not the receiver’s verdict/);
  });

  it('a person who knows better can still pick another hop', async () => {
    const msg = fixture('qmail-no-ar');
    const auto = await analyzeMessage(msg, none);
    const lower = auto.hops!.findIndex((h) => h.ip === '203.0.113.9');
    const r = await analyzeMessage(msg, none, { hop: lower });
    expect(r.spf?.clientIp).toBe('203.0.113.9');
    expect(r.spf?.clientIpSource).toBe('chosen');
    expect(r.spf?.assumed).toBeUndefined();
  });
});

describe('no Authentication-Results at all: SPF is evaluated for the assumed boundary', () => {
  const strip = (m: string) =>
    m
      .split(/\r\n(?![ \t])/)
      .filter((f) => !/^(?:Authentication-Results|ARC-Authentication-Results|Received-SPF):/i.test(f))
      .join('\r\n');
  it('the SES sample without receiver results passes SPF for amazonses.com from the Received field', async () => {
    const eml = readFileSync(sharedPath('samples/ses-before-custom-mail-from.eml'), 'utf8');
    const zone = JSON.parse(readFileSync(sharedPath('samples/ses-before-custom-mail-from.zone.json'), 'utf8'));
    const r = await analyzeMessage(strip(eml), new ZoneResolver(zone));
    expect(r.receiver).toEqual([]);
    expect(r.spf?.clientIp).toBe('54.240.27.10');
    expect(r.spf?.clientIpSource).toBe('assumed');
    expect(r.spf?.source).toBe('ours');
    expect(r.spf?.result).toBe('pass');
    expect(r.spf?.assumed?.label).toBe('assumed: no receiver results in the message');
  });
});

describe('a receiver whose servers carry two names, no receiver results', () => {
  it('the private hop at the top is not the client: the walk goes on to the public one', async () => {
    const msg = [
      'Return-Path: <news@sender.example>',
      'Received: from mx1.isp.example (10.1.2.3) by store7.isp-internal.example (Dovecot) with LMTP id abc; Mon, 8 Jan 2024 10:11:14 +0000',
      'Received: from mail.sender.example (mail.sender.example [203.0.113.5]) by mx1.isp.example (Postfix) with ESMTPS id 4T1; Mon, 8 Jan 2024 10:11:13 +0000',
      'Received: from [192.168.1.20] (unknown [198.51.100.9]) by mail.sender.example (Postfix) with ESMTPSA id 4T0; Mon, 8 Jan 2024 11:11:12 +0100',
      'From: <news@sender.example>',
      'Subject: t',
      'Date: Mon, 8 Jan 2024 11:11:10 +0100',
      '',
      'body',
      '',
    ].join('\r\n');
    const r = await analyzeMessage(msg, none);
    expect(r.spf?.clientIp).toBe('203.0.113.5');
    expect(r.spf?.helo).toBe('mail.sender.example');
    expect(r.spf?.clientIpSource).toBe('assumed');
  });
});
