import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundaryHop, buildHops, parseDate, parseReceived } from '../../../src/lib/message/received.ts';
import { headersNamed, splitMessage, unfold, binaryToBytes } from '../../../src/lib/message/raw.ts';
import { parseAuthResults } from '../../../src/lib/authres/index.ts';
import { haveShared, readShared } from '../../support/shared.ts';
import { headerText, receivedProperty } from '../authres/properties.ts';
import { expectWithin } from '../../support/timing.ts';
import { loadedCatalogue } from '../../../src/lib/findings/catalog.ts';

type Want = {
  claimed?: string | null; rdns?: string | null; ip?: string | null; ipVersion?: 4 | 6 | null; helo?: string | null;
  by?: string | null; with?: string | null; id?: string | null; for?: string | null; via?: string | null; envelopeFrom?: string | null;
  tls?: { used: boolean; version?: string; cipher?: string; bits?: string } | null;
  iso?: string | null; zone?: string; codes?: string[]; comments?: string[];
};

// Real-shaped lines (names and addresses replaced by documentation values where needed).
const LINES: [string, string, Want][] = [
  ['Gmail inbound', 'from e27-10.smtp-out.ap-northeast-1.amazonses.com (e27-10.smtp-out.ap-northeast-1.amazonses.com. [54.240.27.10]) by mx.google.com with ESMTPS id d9443c01a7336-1f0b2c3d4e5si1234567ad.123.2024.05.17.22.22.57 for <someone@gmail.com> (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128); Sat, 18 May 2024 05:22:57 +0000',
    { claimed: 'e27-10.smtp-out.ap-northeast-1.amazonses.com', rdns: 'e27-10.smtp-out.ap-northeast-1.amazonses.com', ip: '54.240.27.10', ipVersion: 4, by: 'mx.google.com', with: 'ESMTPS',
      id: 'd9443c01a7336-1f0b2c3d4e5si1234567ad.123.2024.05.17.22.22.57', for: 'someone@gmail.com',
      tls: { used: true, version: 'TLS1_3', cipher: 'TLS_AES_128_GCM_SHA256', bits: '128/128' }, iso: '2024-05-18T05:22:57.000Z', zone: '+0000' }],
  ['Gmail internal, no from', 'by 2002:a05:6a10:b616:b0:5a1:2b3c:4d5e with SMTP id j22csp1234567pxb; Sat, 18 May 2024 05:22:57 -0700 (PDT)',
    { claimed: undefined, by: '2002:a05:6a10:b616:b0:5a1:2b3c:4d5e', with: 'SMTP', id: 'j22csp1234567pxb', tls: { used: false }, iso: '2024-05-18T12:22:57.000Z', zone: '-0700' }],
  ['Microsoft 365', 'from NAM10-DM6-obe.outbound.protection.outlook.com (2603:10b6:5:3a0::15) by BN8NAM12FT012.mail.protection.outlook.com (2603:10b6:408:ec::21) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7611.14 via Frontend Transport; Tue, 4 Jun 2024 09:12:45 +0000',
    { claimed: 'NAM10-DM6-obe.outbound.protection.outlook.com', ip: '2603:10b6:5:3a0::15', ipVersion: 6, rdns: null, by: 'BN8NAM12FT012.mail.protection.outlook.com', with: 'Microsoft SMTP Server',
      id: '15.20.7611.14', via: 'Frontend Transport', tls: { used: true, version: 'TLS1_2', cipher: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384' }, iso: '2024-06-04T09:12:45.000Z' }],
  ['Postfix', 'from host.example.org (host.example.org [192.0.2.10]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) (No client certificate requested) by mx.example.net (Postfix) with ESMTPS id 4Vabc1234 for <x@example.net>; Wed, 14 Oct 2020 12:52:03 +0300 (EEST)',
    { claimed: 'host.example.org', rdns: 'host.example.org', ip: '192.0.2.10', by: 'mx.example.net', with: 'ESMTPS', id: '4Vabc1234', for: 'x@example.net',
      tls: { used: true, version: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384', bits: '256/256' }, iso: '2020-10-14T09:52:03.000Z', zone: '+0300' }],
  ['Postfix, no reverse DNS', 'from helo.example (unknown [198.51.100.7]) by mx.example.net (Postfix) with ESMTP id 4Vx; Mon, 2 Nov 2020 01:57:25 -0800',
    { claimed: 'helo.example', rdns: null, ip: '198.51.100.7', tls: { used: false } }],
  ['Exim 4.96', 'from [192.0.2.1] (helo=host.example) by mx.example.net with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <bounce@example.org>) id 1sXyz-000abc-DE for x@example.net; Thu, 20 Aug 2020 10:08:28 +0000',
    { claimed: 'host.example', helo: 'host.example', rdns: null, ip: '192.0.2.1', by: 'mx.example.net', with: 'esmtps', id: '1sXyz-000abc-DE', for: 'x@example.net', envelopeFrom: 'bounce@example.org',
      tls: { used: true, version: 'TLS1.3', cipher: 'TLS_AES_256_GCM_SHA384' } }],
  ['Exim with reverse DNS', 'from mail.example.org ([192.0.2.2] helo=claimed.example) by mx.example.net with esmtp (Exim 4.94) id 1abc; Thu, 20 Aug 2020 10:08:28 +0000',
    { claimed: 'claimed.example', helo: 'claimed.example', rdns: 'mail.example.org', ip: '192.0.2.2', tls: { used: false } }],
  ['Sendmail', 'from host.example.org (host.example.org [192.0.2.3]) by mx.example.net (8.15.2/8.15.2) with ESMTPS id 44I5Mv7q012345 (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT) for <x@example.net>; Fri, 6 Nov 2020 04:54:06 -0800 (PST)',
    { claimed: 'host.example.org', ip: '192.0.2.3', by: 'mx.example.net', id: '44I5Mv7q012345', for: 'x@example.net',
      tls: { used: true, version: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384', bits: '256' }, iso: '2020-11-06T12:54:06.000Z' }],
  ['Sendmail IPv6 literal and ident', 'from h.example (user@h.example [IPv6:2001:db8::5]) by mx.example.net (8.15.2/8.15.2) with ESMTP id 1; Fri, 6 Nov 2020 04:54:06 -0800',
    { claimed: 'h.example', rdns: 'h.example', ip: '2001:db8::5', ipVersion: 6 }],
  ['qmail, local', '(qmail 12345 invoked from network); 14 Oct 2020 09:52:03 -0000',
    { claimed: undefined, by: null, comments: ['qmail 12345 invoked from network'], iso: '2020-10-14T09:52:03.000Z', zone: '-0000', codes: ['received-no-by'] }],
  ['qmail, network', 'from unknown (HELO host.example) (192.0.2.4) by mx.example.net with SMTP; 14 Oct 2020 09:52:03 -0000',
    { claimed: 'host.example', helo: 'host.example', rdns: null, ip: '192.0.2.4', by: 'mx.example.net', with: 'SMTP' }],
  ['Mailgun: HELO literal, real IP in the comment', 'from [127.0.0.1] (134-247-159-217.sta.estpak.ee [217.159.247.134]) by smtp-out-n04.prod.eu-central-1.postgun.com with SMTP id 5fa547684432cd880f339347 (version=TLS1.3, cipher=TLS_AES_128_GCM_SHA256); Fri, 06 Nov 2020 12:54:00 GMT',
    { claimed: '[127.0.0.1]', rdns: '134-247-159-217.sta.estpak.ee', ip: '217.159.247.134', tls: { used: true, version: 'TLS1.3', cipher: 'TLS_AES_128_GCM_SHA256' }, zone: '+0000' }],
  ['ZoneMTA: literal after the name', 'from foo [127.0.0.1] by srs3.zonevs.eu (ZoneMTA Forwarder) with ESMTP id 175886347950003d56.001 for <andris@tr.ee>; Mon, 02 Nov 2020 09:56:57 +0000',
    { claimed: 'foo', ip: '127.0.0.1', by: 'srs3.zonevs.eu', for: 'andris@tr.ee' }],
  ['Haraka', 'from m32-12.eu.mailgun.net (m32-12.eu.mailgun.net [141.193.32.12]) by mx.ethereal.email (Haraka/2.8.25) with ESMTPS id 2574DCE9 envelope-from <bounce@mail.example.com> (cipher=TLS_AES_256_GCM_SHA384); Thu, 20 Aug 2020 10:08:28 +0000',
    { ip: '141.193.32.12', envelopeFrom: 'bounce@mail.example.com', tls: { used: true, cipher: 'TLS_AES_256_GCM_SHA384' } }],
  ['Gmail internal TLS', 'from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id e21sor2892698lfq.1 for <a@gmail.com> (Google Transport Security); Mon, 02 Nov 2020 01:57:24 -0800 (PST)',
    { ip: '209.85.220.41', rdns: 'mail-sor-f41.google.com', tls: { used: true } }],
  ['Mailgun HTTP', 'by luna.mailgun.net with HTTP; Sun, 23 Aug 2020 06:10:00 +0000', { by: 'luna.mailgun.net', with: 'HTTP', tls: null }],
  ['old Exim cipher triple', 'from [192.0.2.9] (helo=x.example) by mx.example with esmtps (TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256) (Exim 4.80) id 1; Mon, 02 Nov 2020 09:56:57 +0000',
    { tls: { used: true, version: 'TLS1.2', cipher: 'ECDHE_RSA_AES_256_GCM_SHA384', bits: '256' } }],
  ['no date', 'from a.example by b.example with SMTP', { iso: null, codes: ['received-no-date'] }],
  ['bad date', 'from a.example by b.example; 31 Feb 2020 10:00:00 +0000', { iso: null, codes: ['received-bad-date'] }],
  ['two-digit year, named zone', 'by b.example; Mon, 2 Nov 20 01:57:25 EST', { iso: '2020-11-02T06:57:25.000Z', zone: '-0500' }],
];

describe('parseReceived', () => {
  it.each(LINES)('%s', (_name, value, w) => {
    const r = parseReceived(value);
    const f = r.from;
    if ('claimed' in w) expect(f?.claimed).toBe(w.claimed);
    if ('rdns' in w) expect(f?.rdns ?? null).toBe(w.rdns);
    if ('ip' in w) expect(f?.ip ?? null).toBe(w.ip);
    if ('ipVersion' in w) expect(f?.ipVersion ?? null).toBe(w.ipVersion);
    if ('helo' in w) expect(f?.helo ?? null).toBe(w.helo);
    for (const k of ['by', 'with', 'id', 'for', 'via', 'envelopeFrom'] as const) if (k in w) expect(r[k]).toBe(w[k]);
    if ('tls' in w) {
      if (w.tls === null) expect(r.tls).toBeNull();
      else expect(r.tls).toMatchObject(w.tls!);
    }
    if ('iso' in w) expect(r.date?.iso ?? null).toBe(w.iso);
    if (w.zone) expect(r.date?.zone).toBe(w.zone);
    if (w.comments) expect(r.comments).toEqual(w.comments);
    for (const c of w.codes ?? []) expect(r.problems.map((p) => p.code)).toContain(c);
    expect(r.raw).toBe(value);
  });

  it.each([
    ['Mon, 2 Nov 2020 01:57:25 -0800 (PST)', '2020-11-02T09:57:25.000Z'],
    ['2 Nov 2020 01:57 +0130', '2020-11-02T00:27:00.000Z'],
    ['Sat, 29 Feb 2020 23:59:60 +0000', '2020-02-29T23:59:59.000Z'],
    ['Mon, 2 Nov 2020 24:00:00 +0000', null],
    ['Mon, 2 Foo 2020 01:00:00 +0000', null],
    ['yesterday', null],
  ])('date %s', (text, iso) => expect(parseDate(text)?.iso ?? null).toBe(iso));

  it('fuzz: never throws, dates are finite', () => {
    fc.assert(fc.property(headerText, receivedProperty), { numRuns: 3000 });
  });

  it('bounded time on long hostile input', () => {
    const t0 = Date.now();
    parseReceived('from ' + '(['.repeat(20000) + ' by x; ' + '1 '.repeat(20000));
    parseReceived('from ' + 'a '.repeat(50000));
    expectWithin(Date.now() - t0, 2000);
  });
});

describe('buildHops', () => {
  const top = (v: string, line: number) => ({ value: v, line });
  const chain = [
    top('by 2002:a05:6a10:b616::1 with SMTP id j22; Sat, 18 May 2024 05:22:59 +0000', 1),
    top('from e27-10.smtp-out.ap-northeast-1.amazonses.com (e27-10.smtp-out.ap-northeast-1.amazonses.com. [54.240.27.10]) by mx.google.com with ESMTPS id d9; Sat, 18 May 2024 05:22:57 +0000', 3),
    top('from app.internal (app.internal [10.0.0.5]) by e27-10.smtp-out.ap-northeast-1.amazonses.com with ESMTPA id x; Sat, 18 May 2024 05:23:30 +0000', 6),
  ];

  it('orders oldest first, times each hop, flags skew without wrapping', () => {
    const r = buildHops(chain);
    expect(r.hops.map((h) => h.line)).toEqual([6, 3, 1]);
    expect(r.hops.map((h) => h.delaySeconds)).toEqual([null, -33, 2]);
    expect(r.hops.map((h) => h.skew)).toEqual([false, true, false]);
    expect(r.totalDelaySeconds).toBe(-31);
    expect(r.problems.map((p) => p.code)).toEqual(['received-clock-skew']);
    expect(r.hops[0]).toMatchObject({ ip: '10.0.0.5', from: 'app.internal', by: 'e27-10.smtp-out.ap-northeast-1.amazonses.com', date: '2024-05-18T05:23:30.000Z' });
    expect(r.boundary).toBeNull();
    expect(r.hops.every((h) => h.side === 'unknown')).toBe(true);
  });

  it('finds the boundary from the authserv-id and marks the sides', () => {
    const r = buildHops(chain, { receiverAuthservIds: ['mx.google.com'] });
    expect(r.boundary).toMatchObject({ clientIp: '54.240.27.10', helo: 'e27-10.smtp-out.ap-northeast-1.amazonses.com' });
    expect(r.boundary!.hop.line).toBe(3);
    expect(r.boundary!.reason).toContain('mx.google.com');
    expect(r.hops.map((h) => h.side)).toEqual(['sender-claimed', 'receiver', 'receiver']);
  });

  it('walks down through the receiver\'s own relays (same organisation)', () => {
    const hops = buildHops([
      top('from mx1.example.net (mx1.example.net [10.1.1.1]) by store.example.net with LMTP id a; Mon, 2 Nov 2020 10:00:02 +0000', 1),
      top('from out.sender.example (out.sender.example [192.0.2.77]) by mx1.example.net with ESMTPS id b; Mon, 2 Nov 2020 10:00:01 +0000', 2),
      top('from laptop (unknown [10.9.9.9]) by out.sender.example with ESMTPSA id c; Mon, 2 Nov 2020 10:00:00 +0000', 3),
    ]).hops;
    const b = boundaryHop(hops, ['mx.example.net']);
    expect(b?.clientIp).toBe('192.0.2.77');
    expect(b?.hop.line).toBe(2);
    expect(b?.reason).toContain("receiver's own servers");
    expect(boundaryHop(hops, ['elsewhere.example'])).toBeNull();
    expect(boundaryHop(hops, [])).toBeNull();
  });

  it('writes its problems and the boundary reason in the catalogue\'s language', () => {
    const ja = loadedCatalogue('ja');
    const r = buildHops(chain, { receiverAuthservIds: ['mx.google.com'], cat: ja });
    const en = buildHops(chain, { receiverAuthservIds: ['mx.google.com'] });
    expect(r.problems.map((p) => [p.code, p.params])).toEqual(en.problems.map((p) => [p.code, p.params]));
    expect(r.problems[0]!.message).toMatch(/^\d+ 行目の Received フィールドの日時は、その下のもの \(\d+ 行目\) より 33 秒前です。/);
    expect(r.boundary!.reason).toContain('(mx.google.com)');
    expect(r.boundary!.reason).toContain('受信サーバーの検査した相手です');
    const hops = buildHops([
      top('from mx1.example.net (mx1.example.net [10.1.1.1]) by store.example.net with LMTP id a; Mon, 2 Nov 2020 10:00:02 +0000', 1),
      top('from out.sender.example (out.sender.example [192.0.2.77]) by mx1.example.net with ESMTPS id b; Mon, 2 Nov 2020 10:00:01 +0000', 2),
    ]).hops;
    expect(boundaryHop(hops, ['mx.example.net'], ja)!.reason).toContain('2 行目より上の中継は受信側のサーバー間の受け渡し');
    expect(parseReceived('from a by b', ja).problems.map((p) => p.message)).toEqual(['";" に続く日時がないため、この中継の時刻はわかりません']);
  });

  it('bounds the number of hops', () => {
    const many = Array.from({ length: 150 }, (_, i) => top(`by h${i}.example; Mon, 2 Nov 2020 10:00:00 +0000`, i + 1));
    const r = buildHops(many);
    expect(r.hops).toHaveLength(100);
    expect(r.problems.map((p) => p.code)).toContain('received-too-many');
  });

  // Messages shipped in ../shared: the boundary must name the client IP in Received-SPF (Gmail)
  // or the sample README (SES).
  const MSGS: [string, string][] = [
    ['samples/ses-before-custom-mail-from.eml', '54.240.27.10'],
    ['samples/ses-after-custom-mail-from.eml', '54.240.27.10'],
    ['conformance/mailauth/arc-pass.eml', '209.85.220.41'],
    ['conformance/mailauth/arc-fail.eml', '209.85.220.41'],
    ['conformance/mailauth/authtest.eml', '217.146.67.33'],
    ['conformance/mailauth/bimi.eml', '141.193.32.19'],
    ['conformance/mailauth/message3.eml', '161.38.206.141'],
  ];
  it.each(MSGS.filter(([p]) => haveShared(p)))('%s boundary names %s', (path, ip) => {
    const msg = splitMessage(binaryToBytes(readShared(path).replace(/\r?\n/g, '\r\n')));
    const received = headersNamed(msg, 'received').map((h) => ({ value: unfold(h.value), line: h.line }));
    const ar = headersNamed(msg, 'authentication-results')[0]!;
    const id = parseAuthResults(unfold(ar.value)).authservId!;
    const r = buildHops(received, { receiverAuthservIds: [id] });
    expect(r.boundary?.clientIp).toBe(ip);
    const spf = headersNamed(msg, 'received-spf')[0];
    if (spf) expect(unfold(spf.value)).toContain(`client-ip=${ip}`);
  });
});

// One row per server family, each checked on every clause it writes (names and addresses are
// documentation values or the public hosts these servers really use). `undefined` means "not
// written by this server": the parser must then give null.
type Row = {
  claimed: string | null; rdns: string | null; ip: string | null; helo?: string | null;
  by: string | null; with: string | null; id: string | null; for: string | null; via?: string | null; envelopeFrom?: string | null;
  tls: { used: boolean; version?: string; cipher?: string; bits?: string } | null; iso: string | null; zone: string | null;
};
const SERVERS: [string, string, Row][] = [
  ['Gmail MX from Amazon SES',
    'from e27-10.smtp-out.ap-northeast-1.amazonses.com (e27-10.smtp-out.ap-northeast-1.amazonses.com. [54.240.27.10])\r\n        by mx.google.com with ESMTPS id d9443c01a7336-1f0b2c3d4e5si1234567ad.123.2024.05.17.22.22.57\r\n        for <someone@gmail.com>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        Sat, 18 May 2024 05:22:57 +0000',
    { claimed: 'e27-10.smtp-out.ap-northeast-1.amazonses.com', rdns: 'e27-10.smtp-out.ap-northeast-1.amazonses.com', ip: '54.240.27.10', by: 'mx.google.com', with: 'ESMTPS',
      id: 'd9443c01a7336-1f0b2c3d4e5si1234567ad.123.2024.05.17.22.22.57', for: 'someone@gmail.com',
      tls: { used: true, version: 'TLS1_3', cipher: 'TLS_AES_128_GCM_SHA256', bits: '128/128' }, iso: '2024-05-18T05:22:57.000Z', zone: '+0000' }],
  ['Gmail submission (smtp.gmail.com, ESMTPSA)',
    'from [192.168.1.2] ([203.0.113.5]) by smtp.gmail.com with ESMTPSA id a1-20020a170902b58100b001e0c949124dsm1234567plr.123.2024.05.17.22.22.57 for <x@example.com> (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Fri, 17 May 2024 22:22:57 -0700 (PDT)',
    { claimed: '[192.168.1.2]', rdns: null, ip: '203.0.113.5', by: 'smtp.gmail.com', with: 'ESMTPSA', id: 'a1-20020a170902b58100b001e0c949124dsm1234567plr.123.2024.05.17.22.22.57', for: 'x@example.com',
      tls: { used: true, version: 'TLS1_3', cipher: 'TLS_AES_256_GCM_SHA384', bits: '256/256' }, iso: '2024-05-18T05:22:57.000Z', zone: '-0700' }],
  ['Microsoft 365 frontend (via Frontend Transport)',
    'from NAM10-DM6-obe.outbound.protection.outlook.com (2603:10b6:5:3a0::15) by BN8NAM12FT012.mail.protection.outlook.com (2603:10b6:408:ec::21) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7611.14 via Frontend Transport; Tue, 4 Jun 2024 09:12:45 +0000',
    { claimed: 'NAM10-DM6-obe.outbound.protection.outlook.com', rdns: null, ip: '2603:10b6:5:3a0::15', by: 'BN8NAM12FT012.mail.protection.outlook.com', with: 'Microsoft SMTP Server',
      id: '15.20.7611.14', for: null, via: 'Frontend Transport', tls: { used: true, version: 'TLS1_2', cipher: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384' }, iso: '2024-06-04T09:12:45.000Z', zone: '+0000' }],
  ['Microsoft 365 from Amazon SES, TLS 1.3',
    'from e27-10.smtp-out.ap-northeast-1.amazonses.com (54.240.27.10) by TY2PR01MB1234.jpnprd01.prod.outlook.com (2603:1096:404:1::5) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.7587.30 via Frontend Transport; Sat, 18 May 2024 05:22:58 +0000',
    { claimed: 'e27-10.smtp-out.ap-northeast-1.amazonses.com', rdns: null, ip: '54.240.27.10', by: 'TY2PR01MB1234.jpnprd01.prod.outlook.com', with: 'Microsoft SMTP Server', id: '15.20.7587.30', for: null,
      via: 'Frontend Transport', tls: { used: true, version: 'TLS1_3', cipher: 'TLS_AES_256_GCM_SHA384' }, iso: '2024-05-18T05:22:58.000Z', zone: '+0000' }],
  ['Microsoft 365 internal, no via',
    'from DM6PR02CA0071.namprd02.prod.outlook.com (2603:10b6:5:177::48) by SJ0PR11MB5678.namprd11.prod.outlook.com (2603:10b6:a03:3b8::12) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7633.31; Tue, 4 Jun 2024 09:12:46 +0000',
    { claimed: 'DM6PR02CA0071.namprd02.prod.outlook.com', rdns: null, ip: '2603:10b6:5:177::48', by: 'SJ0PR11MB5678.namprd11.prod.outlook.com', with: 'Microsoft SMTP Server', id: '15.20.7633.31', for: null,
      via: null, tls: { used: true, version: 'TLS1_2', cipher: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384' }, iso: '2024-06-04T09:12:46.000Z', zone: '+0000' }],
  ['Microsoft 365 mailbox (mapi, link-local)',
    'from BYAPR11MB3126.namprd11.prod.outlook.com ([fe80::1234:5678:9abc:def0]) by BYAPR11MB3126.namprd11.prod.outlook.com ([fe80::1234:5678:9abc:def0%5]) with mapi id 15.20.7611.013; Tue, 4 Jun 2024 09:12:47 +0000',
    { claimed: 'BYAPR11MB3126.namprd11.prod.outlook.com', rdns: null, ip: 'fe80::1234:5678:9abc:def0', by: 'BYAPR11MB3126.namprd11.prod.outlook.com', with: 'mapi', id: '15.20.7611.013', for: null,
      tls: null, iso: '2024-06-04T09:12:47.000Z', zone: '+0000' }],
  ['Microsoft 365 mailbox over HTTPS, via a name',
    'from BL2NAM02HT092.eop-nam02.prod.protection.outlook.com (2603:10a6:7:52::48) by HE1PR0401MB2411.eurprd04.prod.outlook.com with HTTPS via HE1P190CA0059.EURP190.PROD.OUTLOOK.COM; Fri, 12 Jan 2018 13:15:40 +0000',
    { claimed: 'BL2NAM02HT092.eop-nam02.prod.protection.outlook.com', rdns: null, ip: '2603:10a6:7:52::48', by: 'HE1PR0401MB2411.eurprd04.prod.outlook.com', with: 'HTTPS', id: null, for: null,
      via: 'HE1P190CA0059.EURP190.PROD.OUTLOOK.COM', tls: null, iso: '2018-01-12T13:15:40.000Z', zone: '+0000' }],
  ['Exchange 2010 "(TLS)"',
    'from CAS01.example.local (10.0.0.5) by MBX01.example.local (10.0.0.6) with Microsoft SMTP Server (TLS) id 14.3.487.0; Tue, 4 Jun 2024 09:12:45 +0200',
    { claimed: 'CAS01.example.local', rdns: null, ip: '10.0.0.5', by: 'MBX01.example.local', with: 'Microsoft SMTP Server', id: '14.3.487.0', for: null, tls: { used: true }, iso: '2024-06-04T07:12:45.000Z', zone: '+0200' }],
  ['Postfix from Amazon SES, TLS 1.3 with key-exchange details',
    'from e27-10.smtp-out.ap-northeast-1.amazonses.com (e27-10.smtp-out.ap-northeast-1.amazonses.com [54.240.27.10])\r\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby mx.example.jp (Postfix) with ESMTPS id 4VqXyZ1abc\r\n\tfor <u@example.jp>; Sat, 18 May 2024 14:22:58 +0900 (JST)',
    { claimed: 'e27-10.smtp-out.ap-northeast-1.amazonses.com', rdns: 'e27-10.smtp-out.ap-northeast-1.amazonses.com', ip: '54.240.27.10', by: 'mx.example.jp', with: 'ESMTPS', id: '4VqXyZ1abc', for: 'u@example.jp',
      tls: { used: true, version: 'TLSv1.3', cipher: 'TLS_AES_128_GCM_SHA256', bits: '128/128' }, iso: '2024-05-18T05:22:58.000Z', zone: '+0900' }],
  ['Postfix, local delivery after a content filter',
    'from localhost (localhost [127.0.0.1]) by mailwash7.pair.com (Postfix) with SMTP id 55353BC0C for <bcc@kitterman.com>; Mon,  7 Mar 2011 14:23:23 -0500 (EST)',
    { claimed: 'localhost', rdns: 'localhost', ip: '127.0.0.1', by: 'mailwash7.pair.com', with: 'SMTP', id: '55353BC0C', for: 'bcc@kitterman.com', tls: { used: false }, iso: '2011-03-07T19:23:23.000Z', zone: '-0500' }],
  ['Postfix pickup (no from, no with)',
    'by mail.example.com (Postfix, from userid 1000) id 4F2A1B2C3D; Tue, 4 Jun 2024 09:12:45 +0900 (JST)',
    { claimed: null, rdns: null, ip: null, by: 'mail.example.com', with: null, id: '4F2A1B2C3D', for: null, tls: null, iso: '2024-06-04T00:12:45.000Z', zone: '+0900' }],
  ['Exim 4.96, unresolved client',
    'from [192.0.2.1] (helo=host.example)\r\n\tby mx.example.net with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96)\r\n\t(envelope-from <bounce@example.org>)\r\n\tid 1sXyz-000abc-DE\r\n\tfor x@example.net; Thu, 20 Aug 2020 10:08:28 +0000',
    { claimed: 'host.example', rdns: null, ip: '192.0.2.1', helo: 'host.example', by: 'mx.example.net', with: 'esmtps', id: '1sXyz-000abc-DE', for: 'x@example.net', envelopeFrom: 'bounce@example.org',
      tls: { used: true, version: 'TLS1.3', cipher: 'TLS_AES_256_GCM_SHA384' }, iso: '2020-08-20T10:08:28.000Z', zone: '+0000' }],
  ['Exim 4.96, reverse DNS matched HELO, port logged',
    'from mail-ej1-f42.google.com ([209.85.218.42]:44567) by mx.example.net with esmtps (TLS1.3) tls TLS_AES_128_GCM_SHA256 (Exim 4.96) (envelope-from <a@gmail.com>) id 1sXyz-000abc-DE for x@example.net; Thu, 20 Aug 2020 10:08:28 +0000',
    { claimed: 'mail-ej1-f42.google.com', rdns: 'mail-ej1-f42.google.com', ip: '209.85.218.42', helo: null, by: 'mx.example.net', with: 'esmtps', id: '1sXyz-000abc-DE', for: 'x@example.net', envelopeFrom: 'a@gmail.com',
      tls: { used: true, version: 'TLS1.3', cipher: 'TLS_AES_128_GCM_SHA256' }, iso: '2020-08-20T10:08:28.000Z', zone: '+0000' }],
  ['Exim 4.89, reverse DNS differs from HELO',
    'from mail-sg2apc01on0097.outbound.protection.outlook.com ([104.47.125.97] helo=APC01-SG2-obe.outbound.protection.outlook.com) by mx64.antispamcloud.com with esmtps (TLSv1.2:ECDHE-RSA-AES256-SHA384:256) (Exim 4.89) id 1eZG4x-000CYm-3V for d@example.net; Wed, 10 Jan 2018 14:06:15 +0100',
    { claimed: 'APC01-SG2-obe.outbound.protection.outlook.com', rdns: 'mail-sg2apc01on0097.outbound.protection.outlook.com', ip: '104.47.125.97', helo: 'APC01-SG2-obe.outbound.protection.outlook.com',
      by: 'mx64.antispamcloud.com', with: 'esmtps', id: '1eZG4x-000CYm-3V', for: 'd@example.net', tls: { used: true, version: 'TLSv1.2', cipher: 'ECDHE-RSA-AES256-SHA384', bits: '256' }, iso: '2018-01-10T13:06:15.000Z', zone: '+0100' }],
  ['Sendmail 8.15.2, verify=NOT',
    'from host.example.org (host.example.org [192.0.2.3])\r\n\tby mx.example.net (8.15.2/8.15.2) with ESMTPS id 44I5Mv7q012345\r\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\r\n\tfor <x@example.net>; Fri, 6 Nov 2020 04:54:06 -0800 (PST)',
    { claimed: 'host.example.org', rdns: 'host.example.org', ip: '192.0.2.3', by: 'mx.example.net', with: 'ESMTPS', id: '44I5Mv7q012345', for: 'x@example.net',
      tls: { used: true, version: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384', bits: '256' }, iso: '2020-11-06T12:54:06.000Z', zone: '-0800' }],
  ['Sendmail, "may be forged", quoted local part in for',
    'from host.example.org (host.example.org [192.0.2.3] (may be forged)) by mx.example.net (8.15.2/8.15.2) with ESMTP id 44I5Mv7q012346 for <"odd user"@example.net>; Fri, 6 Nov 2020 04:54:06 -0800',
    { claimed: 'host.example.org', rdns: 'host.example.org', ip: '192.0.2.3', by: 'mx.example.net', with: 'ESMTP', id: '44I5Mv7q012346', for: '"odd user"@example.net', tls: { used: false }, iso: '2020-11-06T12:54:06.000Z', zone: '-0800' }],
  ['qmail, invoked from network',
    '(qmail 1234 invoked from network); 1 Dec 2026 10:00:00 -0000',
    { claimed: null, rdns: null, ip: null, by: null, with: null, id: null, for: null, tls: null, iso: '2026-12-01T10:00:00.000Z', zone: '-0000' }],
  ['qmail, unknown host with HELO',
    'from unknown (HELO x) (1.2.3.4) by mx.example.net with SMTP; 1 Dec 2026 10:00:01 -0000',
    { claimed: 'x', rdns: null, ip: '1.2.3.4', helo: 'x', by: 'mx.example.net', with: 'SMTP', id: null, for: null, tls: { used: false }, iso: '2026-12-01T10:00:01.000Z', zone: '-0000' }],
  ['qmail, remoteinfo@ip (authenticated)',
    'from unknown (HELO mail.example.org) (user@192.0.2.44) by mx.example.net with ESMTPA; 1 Dec 2026 10:00:02 -0000',
    { claimed: 'mail.example.org', rdns: null, ip: '192.0.2.44', helo: 'mail.example.org', by: 'mx.example.net', with: 'ESMTPA', id: null, for: null, tls: { used: false }, iso: '2026-12-01T10:00:02.000Z', zone: '-0000' }],
  ['Amazon SES inbound (inbound-smtp)',
    'from mail-ed1-f41.google.com (mail-ed1-f41.google.com [209.85.208.41]) by inbound-smtp.us-east-1.amazonaws.com with SMTP id 0rk5vqk0b6ms1u2fffvq1g8hfqfk0t0ih1um2v01 for x@example.com; Mon, 02 Nov 2020 09:56:57 +0000 (UTC)',
    { claimed: 'mail-ed1-f41.google.com', rdns: 'mail-ed1-f41.google.com', ip: '209.85.208.41', by: 'inbound-smtp.us-east-1.amazonaws.com', with: 'SMTP', id: '0rk5vqk0b6ms1u2fffvq1g8hfqfk0t0ih1um2v01', for: 'x@example.com',
      tls: { used: false }, iso: '2020-11-02T09:56:57.000Z', zone: '+0000' }],
  ['zone written +hh:mm (not RFC 5322) is still honoured',
    'from x.example (x.example [192.0.2.1]) by y.example with ESMTP id ABC; Tue, 4 Jun 2024 09:12:45 +05:30',
    { claimed: 'x.example', rdns: 'x.example', ip: '192.0.2.1', by: 'y.example', with: 'ESMTP', id: 'ABC', for: null, tls: { used: false }, iso: '2024-06-04T03:42:45.000Z', zone: '+0530' }],
];

describe('parseReceived: every clause, by server', () => {
  it.each(SERVERS)('%s', (_name, value, w) => {
    const r = parseReceived(value);
    expect({
      claimed: r.from?.claimed ?? null, rdns: r.from?.rdns ?? null, ip: r.from?.ip ?? null,
      by: r.by, with: r.with, id: r.id, for: r.for, iso: r.date?.iso ?? null, zone: r.date?.zone ?? null,
    }).toEqual({ claimed: w.claimed, rdns: w.rdns, ip: w.ip, by: w.by, with: w.with, id: w.id, for: w.for, iso: w.iso, zone: w.zone });
    if ('helo' in w) expect(r.from?.helo ?? null).toBe(w.helo);
    if ('via' in w) expect(r.via).toBe(w.via);
    if ('envelopeFrom' in w) expect(r.envelopeFrom).toBe(w.envelopeFrom);
    if (w.tls === null) expect(r.tls).toBeNull();
    else {
      // exactly the fields given: a version or cipher the line does not carry must not appear
      const { evidence, ...tls } = r.tls ?? { evidence: '' };
      expect(tls).toEqual(w.tls);
      expect(evidence).not.toBe('');
    }
  });
});

// The two SES samples in ../shared: hops oldest first and the delays between the dates they carry.
describe('buildHops on the SES samples', () => {
  const SAMPLES = ['samples/ses-before-custom-mail-from.eml', 'samples/ses-after-custom-mail-from.eml'];
  it.each(SAMPLES.filter((p) => haveShared(p)))('%s', (path) => {
    const msg = splitMessage(binaryToBytes(readShared(path).replace(/\r?\n/g, '\r\n')));
    const received = headersNamed(msg, 'received').map((h) => ({ value: unfold(h.value), line: h.line }));
    const r = buildHops(received, { receiverAuthservIds: ['mx.google.com'] });
    expect(r.hops.map((h) => h.line)).toEqual([12, 2]);
    expect(r.hops.map((h) => [h.from, h.ip, h.by, h.with])).toEqual([
      ['e27-10.smtp-out.ap-northeast-1.amazonses.com', '54.240.27.10', 'mx.google.com', 'ESMTPS'],
      [null, null, '2002:a05:6a10:b616:b0:5a1:2b3c:4d5e', 'SMTP'],
    ]);
    expect(r.hops.map((h) => h.date)).toEqual(['2024-05-18T05:22:57.000Z', '2024-05-18T05:22:57.000Z']);
    // both servers stamped the same second: the delay is exactly 0, not null and not skew
    expect(r.hops.map((h) => h.delaySeconds)).toEqual([null, 0]);
    expect(r.hops.map((h) => h.skew)).toEqual([false, false]);
    expect(r.totalDelaySeconds).toBe(0);
    expect(r.hops.map((h) => h.side)).toEqual(['receiver', 'receiver']);
    expect(r.problems).toEqual([]);
    // the delay is the difference of the two dates as written, computed independently here
    const dates = received.map((x) => Date.parse(x.value.slice(x.value.lastIndexOf(';') + 1).trim()));
    expect(r.hops[1]!.delaySeconds).toBe((dates[0]! - dates[1]!) / 1000);
  });

  it('a negative delay stays negative, across a year boundary and over years', () => {
    const hop = (date: string, line: number) => ({ value: `from a.example (a.example [192.0.2.1]) by b${line}.example with ESMTP id ${line}; ${date}`, line });
    const r = buildHops([
      hop('Thu, 1 Jan 2026 00:00:05 +0000', 1), // 10 s after the hop below: +10
      hop('Wed, 31 Dec 2025 23:59:55 +0000', 2), // 5 s before the hop below, back across the year: -5
      hop('Thu, 1 Jan 2026 09:00:00 +0900', 3), // the oldest: 2026-01-01T00:00:00Z
    ]);
    expect(r.hops.map((h) => h.delaySeconds)).toEqual([null, -5, 10]);
    expect(r.hops.map((h) => h.skew)).toEqual([false, true, false]);
    expect(r.totalDelaySeconds).toBe(5);
    const long = buildHops([hop('Mon, 1 Jan 2024 00:00:00 +0000', 1), hop('Tue, 1 Jan 2030 00:00:00 +0000', 2)]);
    expect(long.hops[1]!.delaySeconds).toBe(-189388800); // six years back, as a plain negative number
    expect(long.problems[0]!.params).toEqual({ line: 1, seconds: -189388800 });
  });
});
