// Provider detection: one header set per service, built from its documented fingerprints
// (../shared/reference/esp-fixes.md), plus the look-alike collisions.
import { describe, expect, it } from 'vitest';
import { binaryToText, splitMessage } from '../../../src/lib/message/raw.ts';
import { haveShared, readSharedBytes } from '../../support/shared.ts';
import { detectProvider, PROVIDER_IDS, type DetectInput, type HeaderField, type ProviderId } from '../../../src/lib/advice/index.ts';
import { expectWithin } from '../../support/timing.ts';

const h = (name: string, value: string): HeaderField => ({ name, value });
const dkimSig = (d: string, s: string) => h('DKIM-Signature', `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${d}; s=${s}; h=From:To:Subject; bh=AAAA; b=BBBB`);
const base = [h('From', 'Shop <info@example.com>'), h('To', 'someone@example.org'), h('Subject', 'hello')];

// Amazon SES (us-west-2), used on its own and under Resend / Zendesk
const ses = [
  h('Return-Path', '<0101018f8a2b3c4d-5e6f7a8b-1c2d-3e4f-5a6b-7c8d9e0f1a2b-000000@us-west-2.amazonses.com>'),
  h('Received', 'from a27-10.smtp-out.us-west-2.amazonses.com (a27-10.smtp-out.us-west-2.amazonses.com. [54.240.27.10]) by mx.google.com with ESMTPS id x1si2'),
  h('Message-ID', '<0101018f8a2b3c4d-5e6f7a8b-1c2d-3e4f-5a6b-7c8d9e0f1a2b-000000@us-west-2.amazonses.com>'),
  h('Feedback-ID', '::1.us-west-2.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd=:AmazonSES'),
  h('X-SES-Outgoing', '2024.05.18-54.240.27.10'),
  dkimSig('amazonses.com', 'gdwg2y3kokkkj5a55z2ilkup5wp5hhxx'),
];

interface Case {
  name: string;
  input: DetectInput;
  id: ProviderId | null;
  region?: string;
  via?: ProviderId;
  captures?: Record<string, string>;
  /** must not be detected as this */
  not?: ProviderId;
  note?: RegExp;
}

const cases: Case[] = [
  { name: 'Amazon SES', id: 'amazon-ses', region: 'us-west-2', input: { headers: [...base, ...ses] } },
  {
    name: 'Amazon SES without region labels (us-east-1)',
    id: 'amazon-ses',
    region: 'us-east-1',
    input: {
      headers: [
        ...base,
        h('Return-Path', '<0100018f8a2b3c4d-5e6f7a8b-1c2d-3e4f-5a6b-7c8d9e0f1a2b-000000@amazonses.com>'),
        h('Message-ID', '<0100018f8a2b3c4d-5e6f7a8b-1c2d-3e4f-5a6b-7c8d9e0f1a2b-000000@email.amazonses.com>'),
        h('X-SES-Outgoing', '2024.05.18-54.240.8.1'),
      ],
    },
  },
  {
    name: 'SendGrid',
    id: 'sendgrid',
    captures: { sendgridReturnPath: 'sendgrid.net' },
    input: {
      headers: [
        ...base,
        h('Return-Path', '<bounces+1234567-ab12-someone=example.org@sendgrid.net>'),
        h('Received', 'by filterdrecv-7bc86b958d-abcde with SMTP id filterdrecv-7bc86b958d-abcde-1-2 2024-05-18 05:22:57.1 +0000 UTC'),
        h('Received', 'from MTIzNDU2Nw (unknown) by geopod-ismtpd-3 (SG) with HTTP id aBcDeFgHiJkLmNoPqRsTuV Sat, 18 May 2024 05:22:57 +0000 (UTC)'),
        h('Message-ID', '<aBcDeFgHiJkLmNoPqRsTuV@geopod-ismtpd-3>'),
        h('X-SG-EID', 'u001.AbCdEf'),
        h('X-Entity-ID', 'u001.AbCdEf=='),
        dkimSig('sendgrid.net', 'smtpapi'),
      ],
    },
  },
  {
    name: 'Mailgun',
    id: 'mailgun',
    region: 'us-east-1',
    captures: { mailgunSendingDomain: 'mg.example.com' },
    input: {
      headers: [
        ...base,
        h('Return-Path', '<bounce+a1b2c3.d4e5f6-someone=example.org@mg.example.com>'),
        h('Received', 'by smtp-out-n01.prod.us-east-1.postgun.com with SMTP id 6650a1b2c3d4e5f6a7b8c9d0'),
        h('X-Mailgun-Sending-Ip', '198.61.254.1'),
        h('X-Mailgun-Sid', 'WyIxMjM0NSIsICJzb21lb25lQGV4YW1wbGUub3JnIiwgIjEyMyJd'),
        h('Sender', 'info=example.com@mg.example.com'),
        dkimSig('mg.example.com', 'smtp'),
      ],
    },
  },
  {
    name: 'Postmark',
    id: 'postmark',
    input: {
      headers: [
        ...base,
        h('Return-Path', '<pm_bounces@pm.mtasv.net>'),
        h('Received', 'from sc-ord-mta120.mtasv.net (sc-ord-mta120.mtasv.net. [50.31.156.120]) by mx.google.com with ESMTPS id x2'),
        h('Message-Id', '<0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b@mtasv.net>'),
        h('X-PM-Message-Id', '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b'),
        h('Feedback-ID', 's1234-_:s1234:a5678:postmark'),
        h('X-Complaints-To', 'abuse@postmarkapp.com'),
        dkimSig('pm.mtasv.net', 'pm20240101'),
      ],
    },
  },
  {
    name: 'SparkPost',
    id: 'sparkpost',
    input: {
      headers: [
        ...base,
        h('Return-Path', '<msprvs1=19876abcdEfGhI=bounces-12345@sparkpostmail.com>'),
        h('Received', 'from mta-10-20-30.sparkpostmail.com (mta-10-20-30.sparkpostmail.com. [192.174.80.1]) by mx.google.com'),
        h('Message-ID', '<A1.B2.12345.ABCDEF12@ab.mta1vrest.cc.prd.sparkpost>'),
        h('X-MSFBL', 'AbCdEf==|eyJjdXN0b21lcl9pZCI6IjEyMyJ9'),
        dkimSig('example.com', 'scph0424'),
      ],
    },
  },
  {
    name: 'Mailchimp Transactional (Mandrill)',
    id: 'mandrill',
    input: {
      headers: [
        ...base,
        h('Return-Path', '<bounce-md_30000000.6630a1b2.v1-0123456789abcdef0123456789abcdef@mandrillapp.com>'),
        h('Received', 'from mail187-10.suw11.mandrillapp.com (mail187-10.suw11.mandrillapp.com. [198.2.187.10]) by mx.google.com'),
        h('X-Mandrill-User', 'md_30000000'),
        h('X-Report-Abuse', 'Please forward a copy of this message, including all headers, to abuse@mandrill.com'),
        h('Feedback-ID', '30000000:30000000.20240518:md'),
        dkimSig('mandrillapp.com', 'mte1'),
      ],
    },
  },
  {
    name: 'Mailchimp (marketing)',
    id: 'mailchimp',
    input: {
      headers: [
        ...base,
        h('Return-Path', '<bounce-mc.us5_12345.678-someone=example.org@mail208.atl82.rsgsv.net>'),
        h('Received', 'from mail208.atl82.rsgsv.net (mail208.atl82.rsgsv.net. [205.201.131.208]) by mx.google.com'),
        h('X-MC-User', 'abcdef0123456789abcdef012'),
        h('List-Unsubscribe', '<https://example.us5.list-manage.com/unsubscribe?u=abc&id=def>'),
      ],
    },
  },
  {
    name: 'Brevo (Sendinblue)',
    id: 'brevo',
    input: {
      headers: [
        ...base,
        h('Return-Path', '<abcdef@a1b2c3d4.d.sender-sib.com>'),
        h('Received', 'by smtp-relay.sendinblue.com with ESMTP id 8b8e1f2a-0000-0000-0000-000000000000'),
        h('Message-Id', '<8b8e1f2a-0000-0000-0000-000000000000@smtp-relay.mailin.fr>'),
        h('X-Mailin-EID', 'MTIzNDU2Nzg5MA~~'),
        h('X-sib-id', 'AbCdEfGh'),
        h('Feedback-ID', '1.2.3.4:1234567_-1:1234567:Sendinblue'),
        dkimSig('sendinblue.com', 'mail'),
      ],
    },
  },
  {
    name: 'Google Workspace (default gappssmtp signature)',
    id: 'google-workspace',
    input: {
      headers: [
        ...base,
        h('Received', 'by mail-pl1-f169.google.com with SMTP id d9443c01a7336-1f0b2c3d4e5so1234567ad.1 for <someone@example.org>'),
        h('X-Google-Smtp-Source', 'AGHT+IEabcdef'),
        h('X-Gm-Message-State', 'AOJu0YwAbCdEf'),
        h('Message-ID', '<CAAbCdEf0123=xyz@mail.gmail.com>'),
        dkimSig('example-com.20230601.gappssmtp.com', '20230601'),
      ],
    },
  },
  {
    name: 'Microsoft 365',
    id: 'microsoft-365',
    captures: { m365Tenant: 'contoso' },
    input: {
      headers: [
        ...base,
        // the HELO is NAM…-obe; the reverse name (in parentheses) is mail-…outbound.protection.outlook.com
        h('Received', 'from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2101.outbound.protection.outlook.com. [40.107.237.101]) by mx.google.com with ESMTPS id x3'),
        h('Received', 'from BN8PR12MB1234.namprd12.prod.outlook.com ([fe80::1]) by BN8PR12MB1234.namprd12.prod.outlook.com with mapi id 15.20.7587.030'),
        h('X-MS-Exchange-CrossTenant-Id', '01234567-89ab-cdef-0123-456789abcdef'),
        dkimSig('contoso.onmicrosoft.com', 'selector1-contoso-com'),
      ],
    },
  },
  {
    name: 'Microsoft 365 with its own DKIM: recognised from the outbound hop alone',
    id: 'microsoft-365',
    input: {
      headers: [
        ...base,
        h('Received', 'from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2101.outbound.protection.outlook.com. [40.107.237.101]) by mx.google.com with ESMTPS id x3'),
        dkimSig('example.com', 'selector1'),
      ],
    },
  },
  {
    name: 'Zoho Mail',
    id: 'zoho',
    input: {
      headers: [
        ...base,
        h('Received', 'from sender4-of-o51.zoho.com (sender4-of-o51.zoho.com. [136.143.188.51]) by mx.google.com with ESMTPS id x4'),
        h('Received', 'by mx.zohomail.com with SMTPS id 1716009777123456.78901234567890'),
      ],
    },
  },
  {
    name: 'Salesforce',
    id: 'salesforce',
    input: { headers: [...base, h('Return-Path', '<jdoe=example.org__0-abcdef123456@abcdefg123.na123.bnc.salesforce.com>')] },
  },
  {
    name: 'Salesforce Marketing Cloud',
    id: 'salesforce-marketing-cloud',
    input: {
      headers: [
        ...base,
        h('Return-Path', '<bounce-123_HTML-456-789-100012345-1@bounce.email.example.com>'),
        h('X-SFMC-Stack', '7'),
        h('x-job', '100012345_12345678'),
        h('Feedback-ID', '12345678:100012345:10.1.2.3:sfmktgcld'),
        h('Message-ID', '<0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b@ind1s06mta1234.xt.local>'),
        h('X-CSA-Complaints', 'csa-complaints@eco.de'),
      ],
    },
  },
  {
    name: 'HubSpot',
    id: 'hubspot',
    input: { headers: [...base, h('Return-Path', '<1axbtqtbl1mrk2a@bf07x.hubspotemail.net>'), dkimSig('example.com', 'hs1-1234567')] },
  },
  {
    name: 'Zendesk (sending through SES)',
    id: 'zendesk',
    via: 'amazon-ses',
    region: 'us-west-2',
    input: { headers: [...base, ...ses.filter((x) => x.name !== 'Return-Path'), h('Return-Path', '<0101018f8a2b3c4d-5e6f7a8b-1c2d-3e4f-5a6b-7c8d9e0f1a2b-000000@zendesk1.example.com>'), dkimSig('example.com', 'zendesk1')] },
  },
  {
    name: 'Resend (sending through SES)',
    id: 'resend',
    via: 'amazon-ses',
    region: 'us-west-2',
    input: { headers: [...base, ...ses, dkimSig('example.com', 'resend')] },
  },
  {
    name: 'Mailjet',
    id: 'mailjet',
    input: { headers: [...base, h('Return-Path', '<abcdef.123@bnc3.mailjet.com>'), h('X-MJ-Mid', 'AbCdEfGh'), dkimSig('example.com', 'mailjet')] },
  },
  {
    name: 'Klaviyo (shared sending domain)',
    id: 'klaviyo',
    input: { headers: [...base, h('Return-Path', '<bounce-abc123@send.klaviyomail.com>'), dkimSig('klaviyomail.com', 'kl')] },
  },
  {
    name: 'Constant Contact',
    id: 'constant-contact',
    input: { headers: [...base, h('Return-Path', '<abc123@shared1.ccsend.com>'), dkimSig('example.com', 'ctct1')] },
  },
  {
    name: 'Freshdesk (sending through SendGrid)',
    id: 'freshdesk',
    via: 'sendgrid',
    input: {
      headers: [
        ...base,
        h('Return-Path', '<bounces+1234567-ab12-someone=example.org@fwdkim1.example.com>'),
        h('Received', 'from mail-usn12.freshemail.io (mail-usn12.freshemail.io. [167.89.1.2]) by mx.google.com'),
        h('X-SG-EID', 'u001.AbCdEf'),
      ],
    },
  },
  {
    name: 'Intercom (sending through SparkPost)',
    id: 'intercom',
    via: 'sparkpost',
    input: {
      headers: [
        ...base,
        h('Return-Path', '<msprvs1=19876abcdEfGhI=bounces-12345@outbound.intercom.example.com>'),
        h('Received', 'from mta-1-2-3.intercom.com.sparkpostmail.com (mta-1-2-3.intercom.com.sparkpostmail.com. [192.174.80.2]) by mx.google.com'),
        dkimSig('example.com', 'intercom'),
      ],
    },
  },

  // ---------------------------------------------------------------- collisions
  {
    name: 'Proton Mail: X-Pm-Message-Id of 40 hex digits is not Postmark',
    id: null,
    not: 'postmark',
    input: {
      headers: [
        ...base,
        h('Return-Path', '<alice@proton.me>'),
        h('X-Pm-Message-Id', '0123456789abcdef0123456789abcdef01234567'),
        h('Feedback-ID', '12345678:user:proton'),
        h('X-Pm-Origin', 'internal'),
        dkimSig('proton.me', 'protonmail3'),
      ],
    },
  },
  {
    name: 'Proton Mail: its Feedback-ID rules Postmark out even beside a UUID-like X-Pm-Message-Id',
    id: null,
    not: 'postmark',
    input: { headers: [...base, h('X-Pm-Message-Id', '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b'), h('Feedback-ID', '12345678:user:proton')] },
  },
  {
    name: 'Postmark: X-Pm-Message-Id holding a UUID',
    id: 'postmark',
    input: { headers: [...base, h('X-Pm-Message-Id', '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b'), h('Return-Path', '<pm_bounces@pm.mtasv.net>')] },
  },
  {
    name: 'Marketo: X-MSFBL from Momentum MTA is not SparkPost',
    id: null,
    not: 'sparkpost',
    input: {
      headers: [
        ...base,
        h('Return-Path', '<123-ABC-456.0.12345.0.0.1234.9.1234567@em-sj-77.mktomail.com>'),
        h('Received', 'from abmta12.marketo.org (abmta12.marketo.org. [199.15.212.12]) by mx.google.com'),
        h('X-MSFBL', 'AbCdEf==|eyJyIjoic29tZW9uZUBleGFtcGxlLm9yZyJ9'),
        dkimSig('mktdns.com', 'm1'),
      ],
    },
  },
  {
    name: 'SparkPost: X-MSFBL with a SparkPost bounce address',
    id: 'sparkpost',
    input: { headers: [...base, h('X-MSFBL', 'AbCdEf==|eyJjdXN0b21lcl9pZCI6IjEyMyJ9'), h('Return-Path', '<msprvs1=19876abcdEfGhI=bounces-12345@sparkpostmail.com>')] },
  },
  {
    name: 'plain SES (no Resend or Zendesk clue) stays Amazon SES',
    id: 'amazon-ses',
    not: 'resend',
    input: { headers: [...base, ...ses, dkimSig('example.com', 'abcdefghijklmnopqrstuvwxyz234567')] },
  },
  {
    name: 'no fingerprint at all',
    id: null,
    input: { headers: [...base, h('Return-Path', '<info@example.com>'), h('Received', 'from mail.example.com by mx.example.org with ESMTPS'), dkimSig('example.com', 'sel1')] },
  },
];

describe('detectProvider: one documented header set per service', () => {
  it('the table covers every provider id', () => {
    const covered = new Set(cases.map((c) => c.id).filter((id): id is ProviderId => id !== null));
    expect([...PROVIDER_IDS].filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const d = detectProvider(c.input);
    expect(d?.id ?? null).toBe(c.id);
    if (c.not) {
      expect(d?.id).not.toBe(c.not);
      expect(d?.candidates.map((x) => x.id) ?? []).not.toContain(c.not);
    }
    if (c.region) expect(d?.region).toBe(c.region);
    if (c.via) expect(d?.via).toBe(c.via);
    else if (d) expect(d.via).toBeUndefined();
    if (c.captures) expect(d?.captures).toMatchObject(c.captures);
    if (c.note) expect(d?.notes.join(' ') ?? '').toMatch(c.note);
    if (d) {
      // every piece of evidence names a rule and a source
      for (const e of d.evidence) {
        expect(e.rule).not.toBe('');
        expect(e.source).not.toBe('');
      }
    }
  });
});

describe('detectProvider: details', () => {
  it('takes the SES region from Feedback-ID before the envelope, Message-ID and Received', () => {
    const d = detectProvider({
      headers: [
        h('Return-Path', '<0100018f8a2b3c4d-5e6f7a8b-1c2d-3e4f-5a6b-7c8d9e0f1a2b-000000@amazonses.com>'),
        h('Feedback-ID', '1.eu-west-1.AbCdEf=:AmazonSES'),
      ],
    });
    expect(d).toMatchObject({ id: 'amazon-ses', region: 'eu-west-1', regionFrom: { header: 'Feedback-ID', defaulted: false } });
  });

  it('says when the region was defaulted (no region label = us-east-1)', () => {
    const d = detectProvider({ headers: [h('X-SES-Outgoing', '2024.05.18-54.240.8.1')], mailFromDomain: 'amazonses.com' });
    expect(d).toMatchObject({ id: 'amazon-ses', region: 'us-east-1', regionFrom: { defaulted: true } });
  });

  it('uses the caller\'s MAIL FROM and DKIM list instead of the headers when given', () => {
    const d = detectProvider({ headers: [h('Return-Path', '<x@example.com>')], mailFromDomain: 'bf12x.hubspotemail.net', dkimDomains: [{ d: 'example.com', s: 'hs2-999' }] });
    expect(d?.id).toBe('hubspot');
  });

  it('a single weak clue names nobody', () => {
    expect(detectProvider({ headers: [h('X-Gm-Message-State', 'AOJu0Yw')] })).toBeNull();
    expect(detectProvider({ headers: [h('X-Entity-ID', 'u001.abc')] })).toBeNull();
  });

  it('survives hostile input', () => {
    const long = 'a'.repeat(100_000);
    const headers = Array.from({ length: 1000 }, (_, i) => h(i % 2 ? 'Received' : 'Feedback-ID', `${long}:AmazonSES`));
    const t0 = Date.now();
    expect(() => detectProvider({ headers, dkimDomains: [{ d: long, s: long }] })).not.toThrow();
    expectWithin(Date.now() - t0, 2000);
    expect(detectProvider({ headers: [{ name: 1, value: null } as unknown as HeaderField] })).toBeNull();
  });
});

describe('detectProvider on the shared SES sample', () => {
  const have = haveShared('samples/ses-before-custom-mail-from.eml');
  it.skipIf(!have)('recognises SES in ap-northeast-1 from raw (folded, untrimmed) header values', () => {
    const msg = splitMessage(readSharedBytes('samples/ses-before-custom-mail-from.eml'));
    // values exactly as split: leading space and folding kept
    const d = detectProvider({ headers: msg.headers.map((x) => ({ name: x.name, value: binaryToText(x.value) })) });
    expect(d).toMatchObject({ id: 'amazon-ses', region: 'ap-northeast-1', confidence: 'high', regionFrom: { header: 'Feedback-ID', defaulted: false } });
    expect(d?.evidence.map((e) => e.header)).toEqual(expect.arrayContaining(['Feedback-ID', 'X-SES-Outgoing', 'Message-ID', 'DKIM-Signature']));
  });
});
