// Records only where they are right: message + zone → the exact records proposed (or none), run
// through the whole analysis (our SPF, DKIM and DMARC engines over an in-memory zone), with the
// "never" rules checked on every case; then the key type of DKIM placeholders, and records DNS
// already has.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import { markPublished, planFixes, type Fix, type PlanInput } from '../../../src/lib/advice/index.ts';
import { withSpfRecord } from '../../../src/lib/advice/spf-limit.ts';
import { checkSpf } from '../../../src/lib/spf/check.ts';
import { lintSpf } from '../../../src/lib/spf/lint.ts';
import { readShared } from '../../support/shared.ts';

const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;
const fixture = (name: string): Zone => JSON.parse(readFileSync(new URL(`../../fixtures/advice/${name}`, import.meta.url), 'utf8'));

function message(o: { rp: string; helo: string; ip: string; from: string; extra?: string }): string {
  return [
    'Authentication-Results: mx.receiver.test; spf=none',
    `Return-Path: ${o.rp}`,
    `Received: from ${o.helo} (${o.helo} [${o.ip}])`,
    '        by mx.receiver.test with ESMTPS id abc123',
    '        for <someone@receiver.test>; Mon, 7 Dec 2026 04:00:00 +0000',
    `From: Sender <${o.from}>`,
    'To: someone@receiver.test',
    'Subject: test',
    'Date: Mon, 7 Dec 2026 03:59:58 +0000',
    `Message-ID: <1.${o.ip}@receiver.test>`,
    ...(o.extra ? [o.extra] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain',
    '',
    'hello',
    '',
  ].join('\r\n');
}

const txt = (...records: string[]) => ({ TXT: records.map((r) => [r]) });
const lines = (f: Fix) => f.records.map((r) => `${r.type} ${r.name} ${r.value}`);

interface Scenario {
  name: string;
  msg: Parameters<typeof message>[0];
  zone: Zone;
  /** problem → exact record lines of that fix (an empty list: the fix is there, with nothing to publish) */
  expect: Record<string, string[]>;
  /** problems that must not be there */
  absent?: string[];
  /** after publishing the proposed SPF record at this name, check_host gives pass for the message's IP */
  spfProposalPasses?: string;
  /** texts (title, explanation, caveats) of the fixes must include each of these */
  says?: RegExp[];
}

const SCENARIOS: Scenario[] = [
  {
    name: 'two DMARC records (p=reject and p=none): merged, never a third, never p=none',
    msg: { rp: '<bounce@dup.example>', helo: 'mta1.dup.example', ip: '192.0.2.10', from: 'news@dup.example' },
    zone: { 'dup.example': txt('v=spf1 ip4:192.0.2.10 -all'), '_dmarc.dup.example': txt('v=DMARC1; p=reject; rua=mailto:a@dup.example', 'v=DMARC1; p=none; rua=mailto:b@dup.example') },
    expect: { 'dmarc-duplicates': ['TXT _dmarc.dup.example v=DMARC1; p=reject; rua=mailto:a@dup.example,mailto:b@dup.example'] },
    absent: ['no-dmarc', 'dmarc-policy'],
    says: [/"v=DMARC1; p=reject; rua=mailto:a@dup\.example", "v=DMARC1; p=none; rua=mailto:b@dup\.example"/, /delete the 2 current ones/],
  },
  {
    name: 'two DMARC records, one already the strictest with every address: keep it',
    msg: { rp: '<bounce@keep.example>', helo: 'mta1.keep.example', ip: '192.0.2.11', from: 'news@keep.example' },
    zone: { 'keep.example': txt('v=spf1 ip4:192.0.2.11 -all'), '_dmarc.keep.example': txt('v=DMARC1; p=none', 'v=DMARC1; p=quarantine; rua=mailto:r@keep.example') },
    expect: { 'dmarc-duplicates': ['TXT _dmarc.keep.example v=DMARC1; p=quarantine; rua=mailto:r@keep.example'] },
    absent: ['no-dmarc'],
    says: [/Keep "v=DMARC1; p=quarantine; rua=mailto:r@keep\.example"/, /Delete the other record at/],
  },
  {
    name: 'two SPF records at the MAIL FROM domain: one merged record, strictest all',
    msg: { rp: '<bounce@twospf.example>', helo: 'mta.twospf.example', ip: '198.51.100.5', from: 'news@twospf.example' },
    zone: { 'twospf.example': txt('v=spf1 ip4:198.51.100.0/24 ~all', 'v=spf1 include:sendgrid.net -all'), 'sendgrid.net': txt('v=spf1 ip4:167.89.0.0/17 ~all'), '_dmarc.twospf.example': txt('v=DMARC1; p=quarantine') },
    expect: { 'spf-permerror': ['TXT twospf.example v=spf1 ip4:198.51.100.0/24 include:sendgrid.net -all'] },
    spfProposalPasses: 'twospf.example',
    says: [/Delete the 2 current v=spf1 records/, /keeps the strictest, "-all"/],
  },
  {
    name: 'SPF syntax error (ipv4:): the corrected record',
    msg: { rp: '<bounce@typo.example>', helo: 'mta.typo.example', ip: '192.0.2.40', from: 'news@typo.example' },
    zone: { 'typo.example': txt('v=spf1 ipv4:192.0.2.40 include=sendgrid.net ~all'), 'sendgrid.net': txt('v=spf1 ip4:167.89.0.0/17 ~all'), '_dmarc.typo.example': txt('v=DMARC1; p=reject') },
    expect: { 'spf-permerror': ['TXT typo.example v=spf1 ip4:192.0.2.40 include:sendgrid.net ~all'] },
    spfProposalPasses: 'typo.example',
    says: [/"ipv4:192\.0\.2\.40" → "ip4:192\.0\.2\.40"/, /"include=sendgrid\.net" → "include:sendgrid\.net"/],
  },
  {
    name: 'SPF syntax error with no safe correction (/33): the term named, no record',
    msg: { rp: '<bounce@cidr.example>', helo: 'mta.cidr.example', ip: '192.0.2.41', from: 'news@cidr.example' },
    zone: { 'cidr.example': txt('v=spf1 ip4:192.0.2.41/33 -all'), '_dmarc.cidr.example': txt('v=DMARC1; p=reject') },
    expect: { 'spf-permerror': [] },
    says: [/No safe correction/, /ip4:192\.0\.2\.41\/33/],
  },
  {
    name: 'SPF over 10 lookups, permerror now: a record within 10 from the resolved includes',
    msg: { rp: '<bounce@example.com>', helo: 'mta.example.com', ip: '54.240.0.9', from: 'news@example.com' },
    zone: { ...fixture('spf-17-lookups-own-hosts.zone.json'), '_dmarc.example.com': txt('v=DMARC1; p=reject') },
    expect: {
      'spf-permerror': [
        'TXT example.com v=spf1 ip4:192.0.2.10 ip4:192.0.2.21 ip4:192.0.2.22 ip6:2001:db8::22 ip4:198.51.100.0/24 ip4:203.0.113.0/25 ip4:35.190.247.0/24 ip4:64.233.160.0/19 ip6:2001:4860:4000::/36 ip4:172.217.0.0/19 include:spf.protection.outlook.com include:sendgrid.net include:mailgun.org include:amazonses.com include:_spf.salesforce.com ~all',
      ],
    },
    absent: ['spf-lookup-limit'],
    spfProposalPasses: 'example.com',
    says: [/at most 7 DNS lookups \(was 17\)/, /flattened addresses go stale/, /_spf\.google\.com/],
  },
  {
    name: 'SPF over 10 lookups, only latent (this message matched early): recommended, within 10',
    msg: { rp: '<bounce@example.com>', helo: 'mta.example.com', ip: '192.0.2.10', from: 'news@example.com' },
    zone: { ...fixture('spf-17-lookups-own-hosts.zone.json'), '_dmarc.example.com': txt('v=DMARC1; p=reject') },
    expect: {
      'spf-lookup-limit': [
        'TXT example.com v=spf1 ip4:192.0.2.10 ip4:192.0.2.21 ip4:192.0.2.22 ip6:2001:db8::22 ip4:198.51.100.0/24 ip4:203.0.113.0/25 ip4:35.190.247.0/24 ip4:64.233.160.0/19 ip6:2001:4860:4000::/36 ip4:172.217.0.0/19 include:spf.protection.outlook.com include:sendgrid.net include:mailgun.org include:amazonses.com include:_spf.salesforce.com ~all',
      ],
    },
    absent: ['spf-permerror'],
    says: [/needs up to 17 DNS lookups/],
  },
  {
    name: 'a bounce (Return-Path: <>) from a HELO under the domain: SPF for the HELO name',
    msg: { rp: '<>', helo: 'mta.bounce.example', ip: '192.0.2.30', from: 'MAILER-DAEMON@bounce.example' },
    zone: { 'bounce.example': txt('v=spf1 mx -all'), 'mta.bounce.example': { A: ['192.0.2.30'] }, '_dmarc.bounce.example': txt('v=DMARC1; p=quarantine') },
    expect: { 'spf-helo': ['TXT mta.bounce.example v=spf1 a -all'] },
    spfProposalPasses: 'mta.bounce.example',
    says: [/must stay empty/],
  },
  {
    name: 'a bounce whose HELO name has an SPF record without it: "a" added to that record',
    msg: { rp: '<>', helo: 'mta.b2.example', ip: '192.0.2.33', from: 'MAILER-DAEMON@b2.example' },
    zone: { 'b2.example': txt('v=spf1 mx -all'), 'mta.b2.example': { A: ['192.0.2.33'], TXT: [['v=spf1 ip4:198.51.100.1 -all']] }, '_dmarc.b2.example': txt('v=DMARC1; p=reject') },
    expect: { 'spf-helo': ['TXT mta.b2.example v=spf1 ip4:198.51.100.1 a -all'] },
    spfProposalPasses: 'mta.b2.example',
    says: [/Replace the current record "v=spf1 ip4:198\.51\.100\.1 -all" at mta\.b2\.example/],
  },
  {
    name: 'a bounce whose HELO name has "a" but resolves elsewhere: no record, the name named',
    msg: { rp: '<>', helo: 'mta.b3.example', ip: '192.0.2.34', from: 'MAILER-DAEMON@b3.example' },
    zone: { 'b3.example': txt('v=spf1 mx -all'), 'mta.b3.example': { A: ['198.51.100.9'], TXT: [['v=spf1 a -all']] }, '_dmarc.b3.example': txt('v=DMARC1; p=reject') },
    expect: { 'spf-helo': [] },
    says: [/does not resolve to the server that sent this message/],
  },
  {
    name: "a bounce from someone else's HELO: nothing to publish, who must act said",
    msg: { rp: '<>', helo: 'relay.isp.example', ip: '192.0.2.31', from: 'MAILER-DAEMON@owner.example' },
    zone: { 'owner.example': txt('v=spf1 mx -all'), 'relay.isp.example': { A: ['192.0.2.31'] }, '_dmarc.owner.example': txt('v=DMARC1; p=reject') },
    expect: { 'spf-helo': [] },
    says: [/not under owner\.example/, /DKIM d=owner\.example/],
  },
  {
    name: 'a bounce under aspf=s: the HELO subdomain cannot align, nothing to publish',
    msg: { rp: '<>', helo: 'mta.strict.example', ip: '192.0.2.32', from: 'MAILER-DAEMON@strict.example' },
    zone: { 'strict.example': txt('v=spf1 mx -all'), '_dmarc.strict.example': txt('v=DMARC1; p=reject; aspf=s') },
    expect: { 'spf-helo': [] },
    says: [/aspf=s/],
  },
];

/** Every rule that must hold whatever the case. */
function neverRules(fixes: Fix[], s: Scenario, nullSender: boolean): void {
  const all = fixes.flatMap((f) => f.records);
  for (const r of all) {
    // never a policy weaker than one published
    if (r.type === 'TXT' && /^v=DMARC1/i.test(r.value)) {
      const published = Object.entries(s.zone).filter(([n]) => n === r.name).flatMap(([, e]) => (e.TXT ?? []).map((t) => t.join('')));
      const rank = (v: string) => ({ none: 1, quarantine: 2, reject: 3 })[(/\bp=(\w+)/i.exec(v)?.[1] ?? 'none').toLowerCase()] ?? 0;
      for (const p of published) expect(rank(r.value), `${r.value} vs ${p}`).toBeGreaterThanOrEqual(rank(p));
    }
  }
  if (nullSender) {
    // never a custom MAIL FROM for a bounce (no MX for a MAIL FROM, no recipe MAIL FROM subdomain)
    expect(all.filter((r) => r.type === 'MX')).toEqual([]);
    expect(fixes.some((f) => /Use a MAIL FROM|custom MAIL FROM domain/i.test(f.title))).toBe(false);
    // nor any MAIL FROM fix at all: the bounce's SPF fix is the HELO one (spf-helo)
    expect(fixes.map((f) => f.problem).filter((p) => p === 'spf-alignment' || p === 'spf-authorization')).toEqual([]);
  }
  // no fix proposes a record the zone already has, exactly (the record to keep among duplicates is named, not added)
  for (const r of fixes.filter((f) => f.problem !== 'dmarc-duplicates').flatMap((f) => f.records)) {
    const there = (s.zone[r.name]?.[r.type as 'TXT'] ?? []) as unknown[];
    expect(there.map((x) => (Array.isArray(x) ? x.join('') : x))).not.toContain(r.value);
  }
}

describe('records only where they are right (analysis over fixture zones)', () => {
  it.each(SCENARIOS)('$name', async (s) => {
    const resolver = new ZoneResolver(s.zone);
    const report = await analyzeMessage(message(s.msg), resolver, {});
    const fixes = report.fixes as Fix[];
    for (const [problem, records] of Object.entries(s.expect)) {
      const f = fixes.find((x) => x.problem === problem);
      expect(f, `${problem} in ${fixes.map((x) => x.problem).join(', ')}`).toBeDefined();
      expect(lines(f!)).toEqual(records);
      if (!records.length) expect(f!.importance).toBe('info');
    }
    for (const p of s.absent ?? []) expect(fixes.map((f) => f.problem)).not.toContain(p);
    const text = fixes.map((f) => [f.title, f.explanation, ...f.caveats].join('\n')).join('\n');
    for (const re of s.says ?? []) expect(text).toMatch(re);
    neverRules(fixes, s, s.msg.rp === '<>');
    if (s.spfProposalPasses) {
      const rec = fixes.flatMap((f) => f.records).find((r) => r.type === 'TXT' && r.name === s.spfProposalPasses && /^v=spf1/.test(r.value))!;
      const served = withSpfRecord(resolver, rec.name, rec.value);
      const nullSender = s.msg.rp === '<>';
      const res = await checkSpf({ ip: s.msg.ip, mailFrom: nullSender ? '' : s.msg.rp.slice(1, -1), helo: s.msg.helo }, served);
      expect(res.result).toBe('pass');
      expect((await lintSpf(rec.name, served)).worstCaseLookups).toBeLessThanOrEqual(10);
    }
  });

  it.each(SCENARIOS.filter((s) => s.says?.length))('in Japanese: $name', async (s) => {
    const report = await analyzeMessage(message(s.msg), new ZoneResolver(s.zone), { lang: 'ja' });
    for (const problem of Object.keys(s.expect)) {
      const f = (report.fixes as Fix[]).find((x) => x.problem === problem)!;
      for (const t of [f.title, f.explanation, ...f.caveats]) expect(t).toMatch(JA);
    }
  });
});

// ---------------------------------------------------------------- DKIM placeholders: the signature's key type

const base = (dkim: PlanInput['dkim']): PlanInput => ({
  fromDomain: 'example.org',
  mailFromDomain: 'bounce.esp.example',
  provider: null,
  spf: { result: 'pass', domain: 'bounce.esp.example', aligned: false },
  dkim,
  dmarc: { record: 'v=DMARC1; p=reject', recordDomain: '_dmarc.example.org', p: 'reject', policy: 'reject', result: 'fail', spfAligned: false, dkimAligned: false },
});

const KEY_TYPES: [string | undefined, string][] = [
  ['ed25519-sha256', 'v=DKIM1; k=ed25519; p=<public key>'],
  ['ED25519-SHA256', 'v=DKIM1; k=ed25519; p=<public key>'],
  ['rsa-sha256', 'v=DKIM1; k=rsa; p=<public key>'],
  ['rsa-sha1', 'v=DKIM1; k=rsa; p=<public key>'],
  [undefined, 'v=DKIM1; k=rsa; p=<public key>'],
];

describe('DKIM key placeholders use the signature key type', () => {
  it.each(KEY_TYPES)('%s → %s', (algorithm, value) => {
    const fixes = planFixes(base([{ d: 'example.org', s: 'sel1', result: 'fail', aligned: true, algorithm }]));
    const f = fixes.find((x) => x.problem === 'dkim-failure')!;
    expect(f.records.map((r) => `${r.name} ${r.value}`)).toEqual([`sel1._domainkey.example.org ${value}`]);
  });

  it('a recipe key record gets k=ed25519 for an ed25519 signature', () => {
    const fixes = planFixes({
      ...base([{ d: 'example.org', s: 'google', result: 'fail', aligned: true, algorithm: 'ed25519-sha256' }]),
      provider: { id: 'google-workspace', name: 'Google Workspace', confidence: 'high', score: 9, evidence: [], captures: {}, candidates: [], notes: [] },
    });
    const f = fixes.find((x) => x.problem === 'dkim-failure')!;
    expect(f.records[0]!.value).toMatch(/\bk=ed25519\b/);
    expect(f.records[0]!.value).not.toMatch(/k=rsa/);
  });
});

// ---------------------------------------------------------------- what DNS has now

const sesZone = (which: 'before' | 'after'): Zone => JSON.parse(readShared(`samples/ses-${which}-custom-mail-from.zone.json`));
const sesMsg = (which: 'before' | 'after') => readShared(`samples/ses-${which}-custom-mail-from.eml`);
const withDmarc = (z: Zone, rec: string): Zone => ({ ...z, '_dmarc.example.jp': { TXT: [[rec]] } });

interface PublishedCase {
  name: string;
  msg: 'before' | 'after';
  zone: Zone;
  /** the SES SPF fix: records still proposed, records shown as already published */
  proposed: string[];
  published: string[];
  importance: string;
  says: RegExp[];
  saysNot: RegExp[];
}

const PUBLISHED: PublishedCase[] = [
  {
    name: 'before: nothing published yet, both MAIL FROM records proposed',
    msg: 'before',
    zone: sesZone('before'),
    proposed: ['MX mail.example.jp feedback-smtp.ap-northeast-1.amazonses.com', 'TXT mail.example.jp v=spf1 include:amazonses.com ~all'],
    published: [],
    importance: 'recommended',
    says: [/SPF passes for Amazon's domain/],
    saysNot: [/Already published/],
  },
  {
    name: 'the records are in DNS but this message did not use them: not proposed again',
    msg: 'before',
    zone: sesZone('after'),
    proposed: [],
    published: ['MX mail.example.jp feedback-smtp.ap-northeast-1.amazonses.com', 'TXT mail.example.jp v=spf1 include:amazonses.com ~all'],
    importance: 'info',
    says: [/Already published: MX mail\.example\.jp/, /Already published: TXT mail\.example\.jp "v=spf1 include:amazonses\.com ~all"/, /did not use them/],
    saysNot: [],
  },
  {
    name: 'after, under aspf=s: the custom MAIL FROM cannot align; DKIM does; no false claim',
    msg: 'after',
    zone: withDmarc(sesZone('after'), 'v=DMARC1; p=none; aspf=s; rua=mailto:dmarc@example.jp'),
    proposed: [],
    published: [],
    importance: 'info',
    says: [/aspf=s/, /d=example\.jp/, /aspf=r/],
    saysNot: [/SPF passes for Amazon's domain/],
  },
];

describe('records DNS already has are not proposed again', () => {
  it.each(PUBLISHED)('$name', async (c) => {
    const report = await analyzeMessage(sesMsg(c.msg), new ZoneResolver(c.zone), { now: Date.parse('2024-05-18T05:23:00Z') });
    const f = (report.fixes as Fix[]).find((x) => x.problem === 'spf-alignment')!;
    expect(f).toBeDefined();
    expect(f.records.map((r) => `${r.type} ${r.name} ${r.value}`)).toEqual(c.proposed);
    expect((f.published ?? []).map((p) => `${p.record.type} ${p.record.name} ${p.record.value}`)).toEqual(c.published);
    expect(f.importance).toBe(c.importance);
    const text = [f.title, f.explanation, ...f.caveats].join('\n');
    for (const re of c.says) expect(text).toMatch(re);
    for (const re of c.saysNot) expect(text).not.toMatch(re);
  });

  it('a record that differs shows what is there and what differs', async () => {
    const fixes: Fix[] = [
      {
        problem: 'spf-authorization',
        provider: null,
        importance: 'required',
        title: 't',
        explanation: 'e',
        records: [{ type: 'TXT', name: 'x.example', value: 'v=spf1 include:sendgrid.net ~all' }],
        caveats: [],
        sources: [],
      },
    ];
    await markPublished(fixes, new ZoneResolver({ 'x.example': txt('v=spf1 mx -all') }));
    expect(fixes[0]!.records.length).toBe(1);
    expect(fixes[0]!.current![0]!.found).toEqual(['v=spf1 mx -all']);
    expect(fixes[0]!.caveats[0]).toMatch(/^Now at x\.example: "v=spf1 mx -all"\. The SPF record of x\.example lacks include:sendgrid\.net\./);
  });
});
