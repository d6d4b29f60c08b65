// SPF over 10 lookups → a record within 10, checked with our own engine over the fixture zones:
// the proposal's worst case (lintSpf) is ≤ 10, and check_host (checkSpf) passes it for every
// address the current record passes for (and for the addresses its includes authorise, which
// the current record only reaches past the limit), and not for an address outside.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { proposeSpfWithinLimit, spfFactsOf, withSpfRecord, worstCaseOf } from '../../../src/lib/advice/spf-limit.ts';
import { checkSpf } from '../../../src/lib/spf/check.ts';
import { lintSpf } from '../../../src/lib/spf/lint.ts';

const zone = (name: string): Zone => JSON.parse(readFileSync(new URL(`../../fixtures/advice/${name}`, import.meta.url), 'utf8'));

interface Case {
  zone: string;
  domain: string;
  before: number;
  /** a record within 10 is expected */
  within: boolean;
  steps: string[];
  /** include domains flattened (their addresses go stale) */
  flattened: string[];
  /** addresses the domain means to authorise (some past the limit today) */
  allowed: string[];
  /** addresses it does not authorise, and the result they get */
  outside: [string, string][];
}

const CASES: Case[] = [
  {
    zone: 'spf-17-lookups-own-hosts.zone.json',
    domain: 'example.com',
    before: 17,
    within: true,
    steps: ['advice.spf.limit.step.duplicate', 'advice.spf.limit.step.nested', 'advice.spf.limit.step.own-hosts', 'advice.spf.limit.step.own-hosts', 'advice.spf.limit.step.flattened', 'advice.spf.limit.step.flattened'],
    flattened: ['_spf.google.com'],
    allowed: ['192.0.2.10', '192.0.2.21', '192.0.2.22', '2001:db8::22', '198.51.100.7', '203.0.113.5', '35.190.247.1', '64.233.161.1', '172.217.1.1', '2001:4860:4000::1', '40.92.0.1', '167.89.0.1', '69.72.33.1', '54.240.0.9', '192.0.2.77'],
    outside: [['203.0.113.200', 'softfail'], ['192.0.2.78', 'softfail']],
  },
  {
    zone: 'spf-17-lookups-providers.zone.json',
    domain: 'big.example',
    before: 17,
    within: true,
    steps: ['advice.spf.limit.step.flattened', 'advice.spf.limit.step.flattened'],
    flattened: ['_spf.google.com', 'spf.brevo.com'],
    allowed: ['35.190.247.1', '172.217.1.1', '2001:4860:4000::1', '40.92.0.1', '167.89.0.1', '69.72.33.1', '205.201.128.1', '54.240.0.9', '192.0.2.77', '192.161.144.1', '148.105.8.1', '185.107.232.1', '1.179.112.1', '192.0.2.200'],
    outside: [['203.0.113.200', 'fail']],
  },
  {
    zone: 'spf-unflattenable.zone.json',
    domain: 'stuck.example',
    before: 24,
    within: false,
    steps: [],
    flattened: [],
    allowed: [],
    outside: [],
  },
];

const check = (ip: string, domain: string, r: ZoneResolver | ReturnType<typeof withSpfRecord>) => checkSpf({ ip, mailFrom: `bounce@${domain}`, helo: 'mta.test' }, r).then((x) => x.result);

describe('proposeSpfWithinLimit', () => {
  it.each(CASES)('$domain ($before lookups)', async (c) => {
    const resolver = new ZoneResolver(zone(c.zone));
    const lint = await lintSpf(c.domain, resolver);
    expect(lint.worstCaseLookups).toBe(c.before);
    const p = await proposeSpfWithinLimit(c.domain, lint.record!, resolver);
    expect(p.needed).toBe(true);
    expect(p.baseWorstCase).toBe(c.before);
    if (!c.within) {
      expect(p.record).toBeNull();
      return;
    }
    expect(p.record).not.toBeNull();
    expect(p.steps.map((s) => s.code)).toEqual(c.steps);
    expect([...p.flattened].sort()).toEqual(c.flattened);
    // our own lint, with the proposal served in place of the current record
    const served = withSpfRecord(resolver, c.domain, p.record!);
    const after = await lintSpf(c.domain, served);
    expect(after.worstCaseLookups).toBe(p.worstCase);
    expect(after.worstCaseLookups).toBeLessThanOrEqual(10);
    expect(after.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(await worstCaseOf(c.domain, p.record!, resolver)).toBe(p.worstCase);
    // check_host: everything the current record passes still passes; what it means to authorise passes
    for (const ip of c.allowed) {
      const now = await check(ip, c.domain, resolver);
      expect([ip, now === 'pass' || now === 'permerror']).toEqual([ip, true]);
      expect([ip, await check(ip, c.domain, served)]).toEqual([ip, 'pass']);
    }
    for (const [ip, result] of c.outside) {
      expect([ip, await check(ip, c.domain, served)]).toEqual([ip, result]);
    }
    // the unflattenable include (exists with a macro) is kept as written
    if (c.domain !== 'stuck.example' && /_spf\.salesforce\.com/.test(lint.record!)) expect(p.record).toContain('include:_spf.salesforce.com');
  });

  it('leaves a record within 10 alone', async () => {
    const resolver = new ZoneResolver(zone('spf-17-lookups-own-hosts.zone.json'));
    const p = await proposeSpfWithinLimit('example.com', 'v=spf1 include:_spf.google.com mx ~all', resolver);
    expect(p).toMatchObject({ needed: false, record: null, worstCase: 5 });
  });

  it('spfFactsOf: several records merged, then brought within 10', async () => {
    const z = zone('spf-17-lookups-own-hosts.zone.json');
    z['dup.example'] = { TXT: [['v=spf1 include:_spf.google.com include:spf.protection.outlook.com include:sendgrid.net ~all'], ['v=spf1 include:mailgun.org include:amazonses.com include:_spf.salesforce.com include:servers.mcsv.net -all']] };
    const resolver = new ZoneResolver(z);
    const facts = await spfFactsOf(await lintSpf('dup.example', resolver), resolver);
    expect(facts!.records.length).toBe(2);
    expect(facts!.merge!.merged).toBe('v=spf1 include:_spf.google.com include:spf.protection.outlook.com include:sendgrid.net include:mailgun.org include:amazonses.com include:_spf.salesforce.com include:servers.mcsv.net -all');
    expect(facts!.merge!.worstCase).toBe(12);
    expect(facts!.limit!.worstCase).toBeLessThanOrEqual(10);
    expect(facts!.limit!.flattened).toEqual(['_spf.google.com']);
  });

  it('spfFactsOf: a syntax error is corrected before the count', async () => {
    const z = zone('spf-17-lookups-own-hosts.zone.json');
    z['typo.example'] = { TXT: [['v=spf1 ipv4:192.0.2.1 include=sendgrid.net ~all']] };
    const resolver = new ZoneResolver(z);
    const facts = await spfFactsOf(await lintSpf('typo.example', resolver), resolver);
    expect(facts!.repair!.corrected).toBe('v=spf1 ip4:192.0.2.1 include:sendgrid.net ~all');
    expect(facts!.limit).toBeUndefined();
  });
});
