// The diagnosis scenario table: one signed message + zone per root cause (tests/fixtures/diagnosis,
// written by generate.ts with the test keys there), run through analyzeMessage with an in-process
// zone resolver. For each: the root cause, who must act, the exact records proposed, and the
// "never" rules (one checker over every scenario). No test reaches the internet.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import { DIAGNOSIS_CODES } from '../../../src/lib/diagnosis/index.ts';
import type { Report } from '../../../src/lib/report/types.ts';
import type { Resolver } from '../../../src/lib/dns/types.ts';
import { orgDomainOf } from '../../../src/lib/advice/names.ts';
import { withSpfRecord } from '../../../src/lib/advice/spf-limit.ts';
import { checkSpf } from '../../../src/lib/spf/check.ts';
import { lintSpf } from '../../../src/lib/spf/lint.ts';
import { repoRoot } from '../../support/shared.ts';

const DIR = join(repoRoot, 'tests/fixtures/diagnosis');
const NOW = 1748855700; // 2025-06-02, the fixtures' Date

interface Case {
  name: string;
  root: string;
  actor: string;
  /** every record proposed, as "TYPE name value" */
  records: string[];
  /** other diagnoses that must be present */
  also?: string[];
  /** values (the attacker's or intermediary's IP, domains, mechanisms) no record may contain */
  hostile?: string[];
}

const CASES: Case[] = [
  { name: 'forwarded-dkim-survives', root: 'forwarded-survived', actor: 'none', records: [], hostile: ['198.51.100.7', 'fwd.example'] },
  { name: 'forwarded-spf-only', root: 'forwarded-broken', actor: 'forwarder', records: [], hostile: ['198.51.100.7', 'fwd.example'] },
  { name: 'forwarded-subject-tagged', root: 'forwarded-broken', actor: 'forwarder', records: [], hostile: ['198.51.100.7', 'fwd.example'] },
  { name: 'list-footer', root: 'mailing-list-modified', actor: 'list', records: [], hostile: ['203.0.113.25', 'lists.community.example'] },
  { name: 'list-from-rewritten', root: 'mailing-list-from-rewritten', actor: 'none', records: [] },
  // a bounce keeps its empty MAIL FROM: SPF "a" for the HELO name mx.shop.example (its A record is the client
  // 192.0.2.10 in the zone; check_host over the proposal is checked below), or DKIM at the From domain (here the
  // bounce's From is MAILER-DAEMON@mx.shop.example, so d=mx.shop.example is the From domain itself)
  { name: 'bounce-null-sender', root: 'bounce', actor: 'owner', records: ['TXT mx.shop.example v=spf1 a -all', 'TXT <selector>._domainkey.mx.shop.example v=DKIM1; k=rsa; p=<public key>'] },
  // an auto-reply from carol@shop.example through mx.shop.example: the same HELO record, DKIM at shop.example (never at the HELO name)
  { name: 'auto-reply', root: 'auto-reply', actor: 'owner', records: ['TXT mx.shop.example v=spf1 a -all', 'TXT <selector>._domainkey.shop.example v=DKIM1; k=rsa; p=<public key>'] },
  { name: 'gateway-proofpoint-m365', root: 'receiver-gateway', actor: 'receiver', records: [], also: ['gateway-modified'], hostile: ['148.163.0.10', 'pphosted.com'] },
  { name: 'gateway-mimecast-google', root: 'receiver-gateway', actor: 'receiver', records: [], hostile: ['207.211.30.40', 'mimecast.com'] },
  { name: 'spoof-nonexistent-subdomain', root: 'spoof-nonexistent-domain', actor: 'none', records: [], also: ['policy-from-np'], hostile: ['203.0.113.66', 'attacker.example'] },
  { name: 'spoof-nonexistent-domain', root: 'spoof-nonexistent-domain', actor: 'none', records: [], hostile: ['203.0.113.66', 'attacker.example'] },
  { name: 'spoof-unknown-ip', root: 'spoof-unrecognised-sender', actor: 'none', records: [], hostile: ['203.0.113.66', 'attacker.example'] },
  { name: 'spoof-attacker-authenticated', root: 'spoof-unrecognised-sender', actor: 'none', records: [], hostile: ['203.0.113.66', 'attacker.example'] },
  { name: 'spoof-encoded-display', root: 'spoof-display-address', actor: 'none', records: [], hostile: ['203.0.113.90'] },
  { name: 'dkim-key-missing', root: 'dkim-key-missing', actor: 'owner', records: ['TXT s2025._domainkey.shop.example v=DKIM1; k=rsa; p=<public key>'], hostile: ['198.18.0.5', 'bulkmail.example'] },
  {
    name: 'dkim-key-revoked',
    root: 'dkim-key-revoked',
    actor: 'owner',
    records: ['TXT bounces.shop.example v=spf1 <sender mechanism> ~all', 'TXT s1._domainkey.shop.example v=DKIM1; k=rsa; p=<public key>'],
    also: ['spf-not-aligned'],
  },
  { name: 'dkim-key-mismatch', root: 'dkim-key-mismatch', actor: 'owner', records: ['TXT s1._domainkey.shop.example v=DKIM1; k=rsa; p=<public key>'], hostile: ['198.18.0.5', 'bulkmail.example'] },
  {
    name: 'dkim-key-too-small',
    root: 'dkim-key-too-small',
    actor: 'owner',
    records: ['TXT bounces.shop.example v=spf1 <sender mechanism> ~all', 'TXT old._domainkey.shop.example v=DKIM1; k=rsa; p=<public key>'],
  },
  { name: 'message-modified', root: 'message-modified', actor: 'service', records: ['TXT bounces.shop.example v=spf1 <sender mechanism> ~all'], also: ['spf-not-aligned'] },
  // the record to keep among the two (p=reject with rua beats p=none): the other is deleted, no third one added
  { name: 'dmarc-duplicate', root: 'dmarc-duplicate-records', actor: 'owner', records: ['TXT _dmarc.shop.example v=DMARC1; p=reject; rua=mailto:dmarc@shop.example'] },
  { name: 'spf-duplicate', root: 'spf-duplicate-records', actor: 'owner', records: ['TXT shop.example v=spf1 ip4:192.0.2.0/24 include:_spf.mailhost.example -all', 'TXT <selector>._domainkey.shop.example v=DKIM1; k=rsa; p=<public key>'] },
  // SPF broken on the owner's own record: the repaired record passes this client (checked below), so the sender
  // is the owner's: the repair, or (alternative) DKIM signing at the From domain; no "may be spoofing" note
  // "ipv4:192.0.2.0/24" corrected to "ip4:192.0.2.0/24"
  { name: 'spf-syntax-error', root: 'spf-syntax-error', actor: 'owner', records: ['TXT shop.example v=spf1 ip4:192.0.2.0/24 -all', 'TXT <selector>._domainkey.shop.example v=DKIM1; k=rsa; p=<public key>'] },
  // 11 includes: the first flattened to the range it publishes, 10 lookups left (the sender, in spf11, still passes)
  { name: 'spf-too-many-lookups', root: 'spf-too-many-lookups', actor: 'owner', records: ['TXT shop.example v=spf1 ip4:198.19.1.0/24 include:spf2.esp2.example include:spf3.esp3.example include:spf4.esp4.example include:spf5.esp5.example include:spf6.esp6.example include:spf7.esp7.example include:spf8.esp8.example include:spf9.esp9.example include:spf10.esp10.example include:spf11.esp11.example -all', 'TXT <selector>._domainkey.shop.example v=DKIM1; k=rsa; p=<public key>'] },
  { name: 'spf-lookups-latent', root: 'spf-lookups-latent', actor: 'owner', records: ['TXT shop.example v=spf1 ip4:198.19.1.0/24 include:spf2.esp2.example include:spf3.esp3.example include:spf4.esp4.example include:spf5.esp5.example include:spf6.esp6.example include:spf7.esp7.example include:spf8.esp8.example include:spf9.esp9.example include:spf10.esp10.example include:spf11.esp11.example -all'] },
  { name: 'policy-from-sp', root: 'dkim-key-missing', actor: 'owner', records: ['TXT n1._domainkey.news.shop.example v=DKIM1; k=rsa; p=<public key>'], also: ['policy-from-sp'], hostile: ['198.18.0.5'] },
  {
    name: 'strict-aspf',
    root: 'strict-alignment',
    actor: 'owner',
    records: ['TXT shop.example v=spf1 ip4:192.0.2.0/24 <sender mechanism> -all', 'TXT <selector>._domainkey.shop.example v=DKIM1; k=rsa; p=<public key>'],
  },
  {
    name: 'ses-not-aligned',
    root: 'service-mail-from-not-aligned',
    actor: 'owner',
    also: ['dkim-not-aligned'],
    records: [
      'MX mail.shop.example feedback-smtp.us-east-1.amazonses.com',
      'TXT mail.shop.example v=spf1 include:amazonses.com ~all',
      'CNAME <token1>._domainkey.shop.example <token1>.dkim.amazonses.com',
      'CNAME <token2>._domainkey.shop.example <token2>.dkim.amazonses.com',
      'CNAME <token3>._domainkey.shop.example <token3>.dkim.amazonses.com',
    ],
  },
  // Mailchimp has no custom MAIL FROM: DKIM is the cause and the route, the SPF side a note with no record
  {
    name: 'mailchimp-not-aligned',
    root: 'dkim-not-aligned',
    actor: 'owner',
    also: ['service-spf-cannot-align'],
    records: ['CNAME k2._domainkey.shop.example dkim2.mcsv.net', 'CNAME k3._domainkey.shop.example dkim3.mcsv.net'],
  },
  // +all: an unknown server passes SPF aligned and DMARC passes; the record is the cause, and no record carries the sender
  { name: 'spf-pass-all', root: 'spf-pass-all', actor: 'owner', records: ['TXT <selector>._domainkey.shop.example v=DKIM1; k=rsa; p=<public key>'], hostile: ['203.0.113.66', 'attacker.example'] },
  // a relay rewrote the signed Date: the body hash matches, the key is the service's (a CNAME): no key repair
  { name: 'dkim-header-rewritten', root: 'dkim-signed-header-changed', actor: 'none', records: [] },
  // l= left the appended line unsigned: the pass recognises nobody, so no SPF record for the replaying server
  { name: 'dkim-l-appended', root: 'dkim-body-length-limit', actor: 'owner', records: [], hostile: ['203.0.113.66', 'attacker.example'] },
  { name: 'dns-temperror', root: 'dns-unavailable', actor: 'owner', records: [] },
  { name: 'nothing-to-fix', root: 'nothing-to-fix', actor: 'none', records: [] },
];

const zoneOf = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.zone.json`), 'utf8')) as Zone;

async function run(name: string, lang: 'en' | 'ja' = 'en'): Promise<Report> {
  return analyzeMessage(readFileSync(join(DIR, `${name}.eml`)), new ZoneResolver(zoneOf(name)), { now: NOW, lang });
}

const recs = (r: Report) => r.fixes.flatMap((f) => f.records.map((x) => `${x.type} ${x.name} ${x.value}`));
const RANK: Record<string, number> = { none: 1, quarantine: 2, reject: 3 };
const pOf = (v: string) => /(?:^|;)\s*p\s*=\s*(none|quarantine|reject)/i.exec(v)?.[1]?.toLowerCase() ?? null;

/** Fixes that repair the owner's own published record (only from terms it already publishes). */
const OWN_REPAIRS = new Set(['spf-permerror', 'spf-lookup-limit', 'dmarc-duplicates']);
const OWNER_DNS = new Set(['spf-syntax-error', 'spf-duplicate-records', 'spf-too-many-lookups', 'spf-lookups-latent', 'dmarc-duplicate-records']);

/**
 * The SPF rules that need DNS: every proposed SPF record without placeholders, served in place of what is
 * there, needs at most 10 lookups; one that answers this message (HELO SPF, a repair, an authorisation) gives
 * pass for this message's client IP; a repair of the owner's record adds no value it did not publish.
 */
export async function spfProposalRules(r: Report, resolver: Resolver, zone: Zone): Promise<string[]> {
  const broken: string[] = [];
  const published = Object.values(zone).flatMap((e) => ((e as { TXT?: string[][] }).TXT ?? []).map((t) => t.join(''))).filter((t) => /^v=spf1/i.test(t)).join(' ').toLowerCase();
  for (const f of r.fixes) {
    for (const x of f.records) {
      if (x.type !== 'TXT' || !/^v=spf1/i.test(x.value) || x.value.includes('<')) continue;
      const served = withSpfRecord(resolver, x.name, x.value);
      const lookups = (await lintSpf(x.name, served)).worstCaseLookups;
      if (lookups > 10) broken.push(`proposed SPF record needs ${lookups} lookups: ${x.value}`);
      if (['spf-helo', 'spf-permerror', 'spf-authorization'].includes(f.problem) && r.spf?.clientIp) {
        const nullSender = r.mailFrom.nullSender;
        const res = await checkSpf({ ip: r.spf?.clientIp, mailFrom: nullSender ? '' : (r.mailFrom.address ?? ''), helo: r.spf?.helo ?? '' }, served);
        if (res.result !== 'pass') broken.push(`proposed SPF record gives ${res.result} for ${r.spf?.clientIp}: ${x.name} ${x.value}`);
      }
      if (OWN_REPAIRS.has(f.problem))
        for (const term of x.value.split(/\s+/).slice(1)) {
          const v = term.replace(/^[-+~?]/, '').replace(/^[a-z0-9]+[:=]/i, '').toLowerCase();
          if (!/^(all|a|mx|ptr)$/.test(v) && !published.includes(v)) broken.push(`repair adds ${term}, which the owner does not publish`);
        }
    }
  }
  return broken;
}

/** The "never" rules, checked over every scenario. Returns the broken ones. */
export function neverRules(r: Report, hostile: string[] = []): string[] {
  const broken: string[] = [];
  const all = recs(r);
  // 1. never a record that authorises the attacker, forwarder, list or gateway of this message
  for (const h of hostile) for (const x of all) if (x.toLowerCase().includes(h.toLowerCase())) broken.push(`record authorises ${h}: ${x}`);
  // ... nor a sender placeholder when someone else must act
  // (a repair of the owner's own broken record, answering an owner-DNS diagnosis, is the owner's whoever sent this copy)
  const primary = r.diagnoses?.[0];
  const ownRepair = (f: Report['fixes'][number]) => f.actor === 'owner' && OWN_REPAIRS.has(f.problem) && OWNER_DNS.has(f.diagnosis ?? '');
  const others = r.fixes.filter((f) => !ownRepair(f)).flatMap((f) => f.records.map((x) => `${x.type} ${x.name} ${x.value}`));
  if (primary && primary.actor !== 'owner' && primary.actor !== 'service' && others.length && primary.code !== 'nothing-to-fix') broken.push(`records proposed although ${primary.actor} must act: ${others.join(' | ')}`);
  // 2. never "repair the DKIM key" when the header signature verified or only the body hash failed
  for (const k of r.dkim) {
    const d = k.detail as { signature?: string; bodyHash?: string } | undefined;
    const name = `${k.s}._domainkey.${k.d}`.toLowerCase();
    if (d?.signature === 'pass' || k.bodyHash === 'fail') {
      if (r.fixes.some((f) => f.problem === 'dkim-failure' && f.records.some((x) => x.name.toLowerCase() === name))) broken.push(`DKIM key repair for ${name}, whose header signature verified or whose body changed`);
    }
  }
  // 3. never a custom MAIL FROM for a null sender: no MAIL FROM fix, no MX, SPF only at the HELO name
  if (r.mailFrom.nullSender && r.fixes.some((f) => f.problem === 'spf-alignment' || f.problem === 'spf-authorization' || f.records.some((x) => x.type === 'MX'))) broken.push('custom MAIL FROM proposed for a null sender');
  if (r.mailFrom.nullSender)
    for (const f of r.fixes) for (const x of f.records) if (x.type === 'TXT' && /^v=spf1/i.test(x.value) && x.name.toLowerCase() !== (r.spf?.helo ?? '').toLowerCase()) broken.push(`SPF for a null sender at ${x.name}, not at the HELO name ${r.spf?.helo}`);
  // 3b. a DKIM key only where it aligns with the From domain (never at a foreign name, e.g. a HELO elsewhere)
  const fromDom = (r.from.domain ?? '').toLowerCase();
  for (const x of all.filter((a) => /\._domainkey\./i.test(a))) {
    const d = x.split(' ')[1]!.toLowerCase().replace(/^.*?\._domainkey\./, '');
    if (!fromDom || orgDomainOf(d) !== orgDomainOf(fromDom)) broken.push(`DKIM key outside the From domain ${fromDom}: ${x}`);
  }
  // 4. never a third DMARC record, never a downgrade
  const dropped = ((r.dmarc.detail as { discovery?: { queries?: { name: string; dropped: { reason: string; text: string }[] }[] } } | undefined)?.discovery?.queries ?? []).flatMap((q) => q.dropped.filter((x) => x.reason === 'multiple').map((x) => x.text));
  const current = [r.dmarc.record ?? '', ...dropped].map(pOf).reduce((a, p) => Math.max(a, RANK[p ?? ''] ?? 0), 0);
  for (const f of r.fixes) {
    for (const x of f.records) {
      if (x.type !== 'TXT' || !/^_dmarc\./i.test(x.name)) continue;
      if (dropped.length && f.problem === 'no-dmarc') broken.push('a DMARC record added beside duplicates');
      if ((RANK[pOf(x.value) ?? ''] ?? 0) < current) broken.push(`DMARC policy downgrade: ${x.value}`);
    }
  }
  // 5. DMARC passes: nothing is required
  if (r.dmarc.result === 'pass' && r.fixes.some((f) => f.importance === 'required')) broken.push('a fix marked required although DMARC passes');
  // 6. every fix says who acts and which diagnosis it answers; every diagnosis is a known code with words
  for (const f of r.fixes) if (!f.actor || !f.diagnosis || !(DIAGNOSIS_CODES as readonly string[]).includes(f.diagnosis)) broken.push(`fix ${f.problem} without actor/diagnosis`);
  for (const d of r.diagnoses ?? []) if (!(DIAGNOSIS_CODES as readonly string[]).includes(d.code) || !d.summary || d.summary.startsWith('diag.')) broken.push(`diagnosis ${d.code} unknown or without words`);
  return broken;
}

describe('diagnosis scenarios', () => {
  it('has one fixture pair per case and at least 20 cases', () => {
    const emls = readdirSync(DIR).filter((f) => f.endsWith('.eml')).map((f) => f.slice(0, -4)).sort();
    expect(emls).toEqual(CASES.map((c) => c.name).sort());
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('$name → $root ($actor)', async (c) => {
    const r = await run(c.name);
    const d = r.diagnoses ?? [];
    expect(d[0]?.code, JSON.stringify(d.map((x) => x.code))).toBe(c.root);
    expect(d[0]?.actor).toBe(c.actor);
    for (const a of c.also ?? []) expect(d.map((x) => x.code)).toContain(a);
    expect(recs(r).sort()).toEqual([...c.records].sort());
    expect(neverRules(r, c.hostile)).toEqual([]);
    expect(await spfProposalRules(r, new ZoneResolver(zoneOf(c.name)), zoneOf(c.name))).toEqual([]);
    // the owner's mail is never called spoofing next to a repair of the owner's own record that makes it pass
    if (r.fixes.some((f) => f.problem === 'spf-permerror' && f.records.length)) expect(r.fixes.filter((f) => f.problem === 'withheld').map((f) => f.title)).toEqual([]);
  });

  it('renders the diagnoses in Japanese with the same codes and parameters', async () => {
    const [en, ja] = await Promise.all([run('list-footer', 'en'), run('list-footer', 'ja')]);
    expect(ja.diagnoses!.map((d) => [d.code, d.actor, d.params])).toEqual(en.diagnoses!.map((d) => [d.code, d.actor, d.params]));
    expect(ja.diagnoses![0]!.summary).toMatch(/メーリングリスト/);
    expect(en.diagnoses![0]!.summary).toMatch(/mailing list shop-users\.lists\.community\.example/);
  });

  it('the checker catches what it is meant to catch', async () => {
    const r = await run('forwarded-spf-only');
    const bad: Report = {
      ...r,
      mailFrom: { ...r.mailFrom, nullSender: true },
      fixes: [
        { problem: 'spf-alignment', provider: null, importance: 'required', actor: 'owner', diagnosis: 'spf-not-aligned', records: [{ type: 'TXT', name: 'shop.example', value: 'v=spf1 ip4:198.51.100.7 -all' }] },
        { problem: 'no-dmarc', provider: null, importance: 'recommended', records: [{ type: 'TXT', name: '_dmarc.shop.example', value: 'v=DMARC1; p=none' }] },
      ],
    };
    const broken = neverRules(bad, ['198.51.100.7']);
    expect(broken.some((b) => b.includes('authorises 198.51.100.7'))).toBe(true);
    expect(broken.some((b) => b.includes('forwarder must act'))).toBe(true);
    expect(broken.some((b) => b.includes('null sender'))).toBe(true);
    expect(broken.some((b) => b.includes('downgrade'))).toBe(true);
    expect(broken.some((b) => b.includes('without actor'))).toBe(true);
    const bad2: Report = {
      ...r,
      mailFrom: { ...r.mailFrom, nullSender: true },
      fixes: [
        { problem: 'dkim-alignment', provider: null, importance: 'required', actor: 'owner', diagnosis: 'dkim-not-aligned', records: [{ type: 'TXT', name: 's1._domainkey.fwd.example', value: 'v=DKIM1; k=rsa; p=<public key>' }] },
        { problem: 'spf-helo', provider: null, importance: 'required', actor: 'owner', diagnosis: 'bounce', records: [{ type: 'TXT', name: 'shop.example', value: 'v=spf1 a -all' }] },
      ],
    };
    const broken2 = neverRules(bad2);
    expect(broken2.some((b) => b.includes('DKIM key outside'))).toBe(true);
    expect(broken2.some((b) => b.includes('not at the HELO name'))).toBe(true);
  });

  it('the SPF checker catches a repair that adds a term, fails the sender, or exceeds 10 lookups', async () => {
    const name = 'spf-too-many-lookups';
    const r = await run(name);
    const zone = zoneOf(name);
    const fix = (value: string): Report => ({ ...r, fixes: [{ problem: 'spf-permerror', provider: null, importance: 'required', actor: 'owner', diagnosis: 'spf-too-many-lookups', records: [{ type: 'TXT', name: 'shop.example', value }] }] });
    const all = zone['shop.example']!.TXT![0]!.join('');
    expect((await spfProposalRules(fix(all), new ZoneResolver(zone), zone)).some((b) => b.includes('11 lookups'))).toBe(true);
    expect((await spfProposalRules(fix('v=spf1 ip4:198.19.1.0/24 -all'), new ZoneResolver(zone), zone)).some((b) => b.includes('gives fail'))).toBe(true);
    expect((await spfProposalRules(fix('v=spf1 ip4:198.19.11.5 ip4:203.0.113.66 -all'), new ZoneResolver(zone), zone)).some((b) => b.includes('adds ip4:203.0.113.66'))).toBe(true);
  });
});

describe('diagnosis codes are documented', () => {
  it('docs/diagnosis-codes.md names every code once, with its actor', () => {
    const doc = readFileSync(join(repoRoot, 'docs/diagnosis-codes.md'), 'utf8');
    for (const code of DIAGNOSIS_CODES) expect(doc.match(new RegExp(`^\\| \`${code}\` \\| (owner|service|forwarder|list|receiver|none)`, 'gm'))?.length, code).toBe(1);
  });
});

describe('the "What to fix" step', () => {
  // a failure left to someone else is not a pass; a pass with nothing to publish is
  it.each([
    ['forwarded-spf-only', 'info'],
    ['list-footer', 'info'],
    ['spoof-attacker-authenticated', 'info'],
    ['nothing-to-fix', 'pass'],
  ])('%s: %s', async (name, status) => {
    const r = await run(name);
    expect(r.steps.find((s) => s.id === 'fix')?.status).toBe(status);
  });
});
