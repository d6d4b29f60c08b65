import { describe, expect, it } from 'vitest';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { checkExternalReportAuth, discoverDmarc, evaluateDmarc, type DmarcInput } from '../../../src/lib/dmarc/index.ts';

const txt = (...records: string[]) => ({ TXT: records.map((r) => [r]) });
const pass = (d: string) => ({ result: 'pass', d });

interface Scenario {
  name: string;
  zone: Zone;
  input: DmarcInput;
  want: Record<string, unknown>;
  /** a step whose text must contain this */
  stepText?: [string, string];
  problem?: string;
}

const scenarios: Scenario[] = [
  {
    name: 'relaxed alignment, identifier at the parent of the From domain (reverse direction)',
    zone: { '_dmarc.example.com': txt('v=DMARC1; p=reject') },
    input: { fromDomains: ['news.example.com'], spf: { result: 'pass', domain: 'example.com' }, dkim: [] },
    want: { result: 'pass', policy: 'reject', policySource: 'p', spfAligned: true, orgDomain: 'example.com' },
    stepText: ['spf-alignment', 'holds in both directions'],
  },
  {
    name: 'authentication passes but nothing aligns',
    zone: { '_dmarc.shop.example': txt('v=DMARC1; p=quarantine') },
    input: { fromDomains: ['shop.example'], spf: { result: 'pass', domain: 'amazonses.com' }, dkim: [pass('sendgrid.net')] },
    want: { result: 'fail', policy: 'quarantine', spfAligned: false, spfDomainAligned: false, dkimAligned: false },
  },
  {
    name: 'aligned domain without an authentication pass',
    zone: { '_dmarc.shop.example': txt('v=DMARC1; p=reject') },
    input: { fromDomains: ['shop.example'], spf: { result: 'softfail', domain: 'shop.example' }, dkim: [{ result: 'fail', d: 'shop.example' }] },
    want: { result: 'fail', spfDomainAligned: true, spfAligned: false, dkimAligned: false },
  },
  {
    name: 'strict DKIM alignment refuses the parent domain',
    zone: { '_dmarc.example.com': txt('v=DMARC1; p=reject; adkim=s') },
    input: { fromDomains: ['mail.example.com'], spf: null, dkim: [pass('example.com')] },
    want: { result: 'fail', adkim: 's', policySource: 'p' },
  },
  {
    name: 't=y lowers reject to quarantine',
    zone: { '_dmarc.example.com': txt('v=DMARC1; p=reject; t=y') },
    input: { fromDomains: ['example.com'], spf: null, dkim: [] },
    want: { result: 'fail', policy: 'quarantine', requestedPolicy: 'reject', testing: true },
  },
  {
    name: 'np for a non-existent subdomain',
    zone: { '_dmarc.example.com': txt('v=DMARC1; p=none; sp=quarantine; np=reject') },
    input: { fromDomains: ['ghost.example.com'], spf: null, dkim: [] },
    want: { result: 'fail', policy: 'reject', policySource: 'np', authorExists: false },
  },
  {
    name: 'sp for an existing subdomain (NODATA means it exists)',
    zone: { '_dmarc.example.com': txt('v=DMARC1; p=none; sp=quarantine; np=reject'), 'real.example.com': { MX: [{ priority: 1, exchange: 'mx.example.com' }] } },
    input: { fromDomains: ['real.example.com'], spf: null, dkim: [] },
    want: { result: 'fail', policy: 'quarantine', policySource: 'sp', authorExists: true },
  },
  {
    name: 'no np tag: existence is not tested, sp applies',
    zone: { '_dmarc.example.com': txt('v=DMARC1; p=none; sp=reject') },
    input: { fromDomains: ['ghost.example.com'], spf: null, dkim: [] },
    want: { result: 'fail', policy: 'reject', policySource: 'sp', authorExists: null },
  },
  {
    name: 'existence test times out → temperror',
    zone: { '_dmarc.example.com': txt('v=DMARC1; p=none; np=reject'), 'slow.example.com': { TIMEOUT: true } },
    input: { fromDomains: ['slow.example.com'], spf: null, dkim: [] },
    want: { result: 'temperror' },
    problem: 'dmarc-dns-temperror',
  },
  {
    name: 'DNS failure during discovery → temperror',
    zone: { '_dmarc.example.com': { SERVFAIL: true } },
    input: { fromDomains: ['example.com'], spf: null, dkim: [pass('example.com')] },
    want: { result: 'temperror', policy: null },
    problem: 'dmarc-dns-temperror',
  },
  {
    name: 'identifier walk fails and nothing else passes → temperror',
    zone: { '_dmarc.example.com': txt('v=DMARC1; p=reject'), '_dmarc.mail.example.com': { TIMEOUT: true } },
    input: { fromDomains: ['example.com'], spf: null, dkim: [pass('mail.example.com')] },
    want: { result: 'temperror', policy: 'reject' },
  },
  {
    name: 'no record → none',
    zone: {},
    input: { fromDomains: ['example.com'], spf: null, dkim: [pass('example.com')] },
    want: { result: 'none', policy: null, recordDomain: null },
  },
  {
    name: 'no author domain → permerror',
    zone: {},
    input: { fromDomains: [], spf: null, dkim: [] },
    want: { result: 'permerror', policy: null },
    problem: 'dmarc-no-author-domain',
  },
  {
    name: 'invalid author domain → permerror',
    zone: {},
    input: { fromDomains: ['bad..example'], spf: null, dkim: [] },
    want: { result: 'permerror' },
    problem: 'dmarc-invalid-author-domain',
  },
  {
    name: 'several From domains: the strictest result wins (RFC 9989 11.5)',
    zone: { '_dmarc.example.com': txt('v=DMARC1; p=reject'), '_dmarc.example.org': txt('v=DMARC1; p=none') },
    input: { fromDomains: ['example.org', 'EXAMPLE.com', 'example.org'], spf: null, dkim: [pass('example.org')] },
    want: { result: 'fail', policy: 'reject', authorDomain: 'example.com' },
    problem: 'dmarc-multiple-from-domains',
  },
  {
    name: 'several From domains: an unprotected domain outranks a pass',
    zone: { '_dmarc.example.org': txt('v=DMARC1; p=reject') },
    input: { fromDomains: ['example.org', 'victim.example'], spf: null, dkim: [pass('example.org')] },
    want: { result: 'none', authorDomain: 'victim.example' },
  },
  {
    name: 'PSL and tree walk disagree: tenant sites under a PSD with psd=y',
    zone: { '_dmarc.bank.example': txt('v=DMARC1; p=reject; psd=y'), '_dmarc.giant.bank.example': txt('v=DMARC1; p=reject') },
    input: { fromDomains: ['giant.bank.example'], spf: null, dkim: [pass('mega.bank.example')] },
    want: { result: 'fail', orgDomain: 'giant.bank.example', decidedBy: 'rfc9989-tree-walk' },
    stepText: ['decided-by', 'would conclude pass'],
  },
  {
    name: 'IDN From domain compared as A-labels',
    zone: { '_dmarc.xn--bcher-kva.example': txt('v=DMARC1; p=reject') },
    input: { fromDomains: ['Bücher.example'], spf: null, dkim: [pass('news.xn--bcher-kva.example')] },
    want: { result: 'pass', authorDomain: 'xn--bcher-kva.example' },
  },
  {
    name: 'record without p but with rua acts as p=none',
    zone: { '_dmarc.example.com': txt('v=DMARC1; rua=mailto:d@example.com') },
    input: { fromDomains: ['example.com'], spf: null, dkim: [] },
    want: { result: 'fail', policy: 'none' },
    problem: 'dmarc-no-policy',
  },
];

describe('evaluateDmarc scenarios', () => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_n, s) => {
    const ev = await evaluateDmarc(s.input, new ZoneResolver(s.zone));
    expect(ev).toMatchObject(s.want);
    if (s.stepText) expect(ev.steps.find((x) => x.id === s.stepText![0])?.text).toContain(s.stepText[1]);
    if (s.problem) expect(ev.problems.map((p) => p.code)).toContain(s.problem);
    for (const st of ev.steps) expect(st.rule?.url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-/);
  });

  it('reports every query once, in order', async () => {
    const zone = { '_dmarc.example.com': txt('v=DMARC1; p=reject') };
    const ev = await evaluateDmarc({ fromDomains: ['a.example.com'], spf: { result: 'pass', domain: 'b.example.com' }, dkim: [pass('a.example.com')] }, new ZoneResolver(zone));
    expect(ev.queries.map((q) => `${q.name}/${q.status}`)).toEqual([
      '_dmarc.a.example.com/NXDOMAIN',
      '_dmarc.example.com/NOERROR',
      '_dmarc.com/NXDOMAIN',
      '_dmarc.b.example.com/NXDOMAIN',
    ]);
    expect(ev.dkimAlignment).toEqual([expect.objectContaining({ d: 'a.example.com', aligned: true, alignedDomain: 'a.example.com', authenticated: true })]);
    expect(ev.spfAlignment).toMatchObject({ aligned: true, alignedDomain: 'example.com', orgDomain: 'example.com', orgDomainPSL: 'example.com' });
  });

  it('survives hostile input', async () => {
    const ev = await evaluateDmarc({ fromDomains: [null as unknown as string, 'x'.repeat(10000)], spf: { result: 'pass', domain: 42 as unknown as string }, dkim: [null as never] }, new ZoneResolver({}));
    expect(['permerror', 'none']).toContain(ev.result);
  });
});

describe('discoverDmarc', () => {
  it('shows the RFC 7489 record when it differs (no extra query needed)', async () => {
    const zone = { '_dmarc.mail.example.com': txt('v=DMARC1; p=reject') };
    const d = await discoverDmarc('x.mail.example.com', new ZoneResolver(zone));
    expect(d).toMatchObject({ recordDomain: '_dmarc.mail.example.com', policyDomain: 'mail.example.com', orgDomain: 'mail.example.com', ownRecord: false });
    expect(d.rfc7489).toEqual({ orgDomain: 'example.com', recordDomain: null, record: null, differs: true, orgDomainDiffers: true, extraQueries: [] });
    expect(d.steps.map((s) => s.id)).toContain('rfc7489-discovery');
  });

  it('RFC 7489 queries the PSL organizational domain when the walk stopped early', async () => {
    const zone = { '_dmarc.b.example.com': txt('v=DMARC1; p=none; psd=n'), '_dmarc.example.com': txt('v=DMARC1; p=reject') };
    const d = await discoverDmarc('a.b.example.com', new ZoneResolver(zone));
    expect(d.queries.map((q) => q.name)).toEqual(['_dmarc.a.b.example.com', '_dmarc.b.example.com']);
    expect(d).toMatchObject({ recordDomain: '_dmarc.b.example.com', orgDomain: 'b.example.com' });
    expect(d.rfc7489).toEqual({
      orgDomain: 'example.com',
      recordDomain: '_dmarc.example.com',
      record: 'v=DMARC1; p=reject',
      differs: true,
      orgDomainDiffers: true,
      extraQueries: ['_dmarc.example.com'],
    });
  });

  it('flags several records and a wrong-case version', async () => {
    const zone = { '_dmarc.example.com': txt('v=DMARC1; p=reject', 'v=DMARC1; p=none'), '_dmarc.com': txt('v=Dmarc1; p=reject') };
    const d = await discoverDmarc('example.com', new ZoneResolver(zone));
    expect(d.status).toBe('none');
    expect(d.problems.map((p) => p.code)).toEqual(['dmarc-multiple-records', 'dmarc-version-case']);
  });
});

describe('checkExternalReportAuth (RFC 7489 7.1)', () => {
  const zone: Zone = {
    'example.com._report._dmarc.reports.example.net': txt('v=DMARC1'),
    'example.com._report._dmarc.twice.example': txt('v=DMARC1', 'v=DMARC1; '),
    'example.com._report._dmarc.slow.example': { TIMEOUT: true },
  };
  it.each([
    ['mailto:d@example.com', { external: false, authorized: true, queryName: null }],
    ['mailto:d@sub.example.com', { external: false, authorized: true }],
    ['mailto:d@reports.example.net', { external: true, authorized: true, queryName: 'example.com._report._dmarc.reports.example.net' }],
    ['mailto:d@other.example!10m', { external: true, authorized: false, status: 'NXDOMAIN' }],
    ['mailto:d@twice.example', { external: true, authorized: false }],
    ['mailto:d@slow.example', { external: true, authorized: null, status: 'TIMEOUT' }],
    ['https://example.net/', { authorized: null, destination: null }],
  ])('%s', async (uri, want) => {
    expect(await checkExternalReportAuth('example.com', uri, new ZoneResolver(zone))).toMatchObject(want);
  });
});
