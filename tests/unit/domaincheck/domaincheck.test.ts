// The domain check over fixture zones (tests/fixtures/domaincheck/): one table per concern.
// Every verdict comes from the engines run against the zone; the zones are the only input.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { checkDomain, DomainInputError, normaliseDomain, serviceSelectors, type DomainCheckOptions, type DomainCheckResult } from '../../../src/lib/domaincheck/index.ts';
import { PROVIDER_IDS } from '../../../src/lib/advice/types.ts';
import { parseBimi, parseMtaSts, parseTlsRpt } from '../../../src/lib/domaincheck/records.ts';
import { repoRoot } from '../../support/shared.ts';

const zone = (f: string): Zone => JSON.parse(readFileSync(resolve(repoRoot, 'tests/fixtures/domaincheck', f), 'utf8')) as Zone;
const run = (f: string, domain: string, opts: DomainCheckOptions = {}) => checkDomain(domain, new ZoneResolver(zone(f)), opts);
const step = (r: DomainCheckResult, id: string) => r.steps.find((s) => s.id === id)!;
const codes = (r: DomainCheckResult, prefix: string) => r.findings.filter((f) => f.id.startsWith(prefix)).map((f) => f.code);

describe('SPF', () => {
  const CASES = [
    { domain: 'ok.example', status: 'ok', lookups: 1, records: 1, code: 'dc.spf.ok', outcome: 'pass' },
    { domain: 'none.example', status: 'none', lookups: 0, records: 0, code: 'dc.spf.none', outcome: 'warn' },
    { domain: 'two.example', status: 'invalid', lookups: null, records: 2, code: 'dc.spf.multiple', outcome: 'fail' },
    { domain: 'many.example', status: 'invalid', lookups: 11, records: 1, code: 'dc.spf.overLimit', outcome: 'fail' },
    { domain: 'loop.example', status: 'invalid', lookups: null, records: 1, code: 'dc.spf.loop', outcome: 'fail' },
  ] as const;
  it.each(CASES)('$domain: $status, $lookups lookups', async (c) => {
    const r = await run('spf.zone.json', c.domain);
    expect(r.spf.status).toBe(c.status);
    expect(r.spf.records).toHaveLength(c.records);
    if (c.lookups !== null || c.domain === 'loop.example') expect(r.spf.lookups).toBe(c.lookups);
    const f = r.findings.find((x) => x.id === 'domain.spf')!;
    expect(f.code).toBe(c.code);
    expect(f.outcome).toBe(c.outcome);
    expect(step(r, 'domain-spf').status).toBe(c.outcome);
  });

  it('a broken apex record (two v=spf1) gets the merged record as its fix, with no service chosen', async () => {
    const r = await run('spf.zone.json', 'two.example');
    const fix = r.fixes.find((f) => f.problem === 'spf-permerror')!;
    expect(fix.records).toEqual([{ type: 'TXT', name: 'two.example', value: 'v=spf1 ip4:192.0.2.0/24 include:_spf.google.com -all' }]);
    expect(fix.check?.status).toBe('different');
  });

  it('a sound record gets no SPF fix without a service', async () => {
    const r = await run('spf.zone.json', 'ok.example');
    expect(r.fixes.map((f) => f.problem)).toEqual(['no-dmarc']);
  });

  it('a service that sends with the domain itself: the include in the apex record decides', async () => {
    const missing = await run('spf.zone.json', 'ok.example', { service: 'google-workspace' });
    const auth = missing.fixes.find((f) => f.problem === 'spf-authorization')!;
    expect(auth.records).toEqual([{ type: 'TXT', name: 'ok.example', value: 'v=spf1 ip4:192.0.2.0/24 include:_spf.ok.example include:_spf.google.com -all' }]);
    const present = await run('spf.zone.json', 'google.example', { service: 'google-workspace' });
    expect(present.fixes.map((f) => f.problem)).not.toContain('spf-authorization');
    expect(present.fixes.map((f) => f.problem)).not.toContain('spf-alignment');
  });
});

describe('DMARC', () => {
  const CASES = [
    { domain: 'own.example', result: 'found', recordDomain: '_dmarc.own.example', policy: 'reject', source: 'p', code: 'dc.dmarc.own', outcome: 'pass', fix: false },
    { domain: 'sub.org.example', result: 'found', recordDomain: '_dmarc.org.example', policy: 'reject', source: 'sp', code: 'dc.dmarc.inherited', outcome: 'pass', fix: false },
    { domain: 'none.example', result: 'none', recordDomain: null, policy: null, source: null, code: 'dc.dmarc.none', outcome: 'fail', fix: true },
    { domain: 'dup.example', result: 'none', recordDomain: null, policy: null, source: null, code: 'dc.dmarc.none', outcome: 'fail', fix: true },
    { domain: 'pnone.example', result: 'found', recordDomain: '_dmarc.pnone.example', policy: 'none', source: 'p', code: 'dc.dmarc.own', outcome: 'warn', fix: false },
  ] as const;
  it.each(CASES)('$domain: $result, policy $policy', async (c) => {
    const r = await run('dmarc.zone.json', c.domain);
    expect(r.dmarc.result).toBe(c.result);
    expect(r.dmarc.recordDomain).toBe(c.recordDomain);
    expect(r.dmarc.policy).toBe(c.policy);
    expect(r.dmarc.policySource).toBe(c.source);
    const f = r.findings.find((x) => x.id === 'domain.dmarc')!;
    expect([f.code, f.outcome]).toEqual([c.code, c.outcome]);
    expect(r.fixes.some((x) => x.problem === 'no-dmarc')).toBe(c.fix);
  });

  it('duplicate records: the discovery problem is named', async () => {
    const r = await run('dmarc.zone.json', 'dup.example');
    expect(r.dmarc.problems.map((p) => p.code)).toContain('dmarc-multiple-records');
    expect(step(r, 'domain-dmarc').details!.join(' ')).toMatch(/several DMARC records/);
  });

  it('p=none and strict alignment are said; no policy fix is proposed from a domain check', async () => {
    const r = await run('dmarc.zone.json', 'pnone.example');
    expect(codes(r, 'domain.dmarc')).toEqual(expect.arrayContaining(['dc.dmarc.monitor', 'dc.dmarc.strict']));
    expect(r.fixes.map((f) => f.problem)).not.toContain('dmarc-policy');
    expect(codes(r, 'domain.dmarc')).toContain('dc.dmarc.noRua');
  });

  it('external report addresses: each is checked; only the unauthorised one gets a record', async () => {
    const r = await run('dmarc.zone.json', 'ext.example');
    expect(r.dmarc.reports).toEqual([
      { uri: 'mailto:a@reports.test', destination: 'reports.test', external: true, authorized: true, queryName: 'ext.example._report._dmarc.reports.test' },
      { uri: 'mailto:b@other.test', destination: 'other.test', external: true, authorized: false, queryName: 'ext.example._report._dmarc.other.test' },
    ]);
    const fix = r.fixes.find((f) => f.problem === 'dmarc-rua-auth')!;
    expect(fix.records).toEqual([{ type: 'TXT', name: 'ext.example._report._dmarc.other.test', value: 'v=DMARC1' }]);
    expect(fix.check?.status).toBe('missing');
    const kids = step(r, 'domain-dmarc').children!;
    expect(kids.map((k) => k.status)).toEqual(['pass', 'fail']);
  });

  it('a report address in the same organization needs no authorisation', async () => {
    const r = await run('dmarc.zone.json', 'own.example');
    expect(r.dmarc.reports).toEqual([{ uri: 'mailto:r@own.example', destination: 'own.example', external: false, authorized: true, queryName: null }]);
    expect(r.fixes).toEqual([]);
  });
});

describe('DKIM', () => {
  const CASES = [
    { selector: 'google', status: 'ok', keyType: 'rsa', bits: 2048 },
    { selector: 'selector1', status: 'short', keyType: 'rsa', bits: 1024 },
    { selector: 's1', status: 'weak', keyType: 'rsa', bits: 512 },
    { selector: 'k1', status: 'revoked', keyType: 'rsa', bits: null },
    { selector: 'default', status: 'invalid', keyType: 'rsa', bits: null },
    { selector: 'mte1', status: 'ok', keyType: 'ed25519', bits: 256 },
    { selector: 's2', status: 'none', keyType: null, bits: null },
  ] as const;
  it.each(CASES)('keys.example selector $selector: $status', async (c) => {
    const r = await run('dkim.zone.json', 'keys.example');
    const k = r.dkim.find((x) => x.selector === c.selector)!;
    expect(k).toMatchObject({ status: c.status, keyType: c.keyType, bits: c.bits, source: 'common' });
  });

  it('a CNAME to the key is followed and shown', async () => {
    const r = await run('dkim.zone.json', 'keys.example');
    expect(r.dkim.find((x) => x.selector === 'selector1')!.chain).toEqual(['selector1-keys-example._domainkey.tenant.onmicrosoft.example']);
  });

  it('every common selector is asked; a given selector is asked first', async () => {
    const r = await run('dkim.zone.json', 'keys.example', { selectors: ['mysel'] });
    expect(r.dkim.map((k) => k.selector)).toEqual(['mysel', 'google', 'selector1', 'selector2', 's1', 's2', 'k1', 'k2', 'mte1', 'mte2', 'default', 'dkim']);
    expect(r.dkim[0]).toMatchObject({ status: 'ok', source: 'given', testing: true });
    expect(r.findings.find((f) => f.id === 'domain.dkim')).toMatchObject({ outcome: 'pass', code: 'dc.dkim.found', params: { n: 7, total: 12 } });
  });

  it('no key at any selector', async () => {
    const r = await run('dkim.zone.json', 'nokeys.example');
    expect(r.dkim.every((k) => k.status === 'none')).toBe(true);
    expect(r.findings.find((f) => f.id === 'domain.dkim')).toMatchObject({ outcome: 'warn', code: 'dc.dkim.none' });
  });

  it("the service's selectors come from its recipe and are asked", () => {
    expect(serviceSelectors('sendgrid', 'x.example')).toEqual({ selectors: ['s1', 's2'], unknown: false });
    expect(serviceSelectors('mandrill', 'x.example').selectors).toEqual(['mte1', 'mte2']);
    expect(serviceSelectors('amazon-ses', 'x.example')).toEqual({ selectors: [], unknown: true });
    // scphMMYY is SparkPost's naming pattern (a placeholder), not a selector to look up
    expect(serviceSelectors('sparkpost', 'x.example')).toEqual({ selectors: [], unknown: true });
  });

  it('a service whose key is published gets no DKIM fix; one without gets it', async () => {
    const withKey = await run('dkim.zone.json', 'keys.example', { service: 'google-workspace' });
    expect(withKey.fixes.map((f) => f.problem)).not.toContain('dkim-alignment');
    const without = await run('dkim.zone.json', 'nokeys.example', { service: 'sendgrid' });
    expect(without.fixes.map((f) => f.problem)).toContain('spf-alignment');
    expect(codes(without, 'domain.dkim')).toContain('dc.dkim.serviceNone');
  });
});

describe("a service's DKIM: set up only when every selector it signs with has its key, published as the service gives it", () => {
  // tests/fixtures/domaincheck/dkim-service.zone.json; one key found used to count as set up
  const CASES = [
    { domain: 'mc-ok.example', service: 'mailchimp', selectors: [], fix: false, codes: [] },
    { domain: 'mc-swapped.example', service: 'mailchimp', selectors: [], fix: true, codes: ['dc.dkim.serviceDiffers'] },
    { domain: 'mandrill-half.example', service: 'mandrill', selectors: [], fix: true, codes: ['dc.dkim.serviceNoKey', 'dc.dkim.serviceDiffers'] },
    { domain: 'zd-revoked.example', service: 'zendesk', selectors: [], fix: true, codes: ['dc.dkim.serviceNoKey', 'dc.dkim.serviceDiffers'] },
    { domain: 'ses-two.example', service: 'amazon-ses', selectors: ['tok1', 'tok2', 'tok3'], fix: true, codes: ['dc.dkim.serviceNoKey'] },
    { domain: 'ses-three.example', service: 'amazon-ses', selectors: ['tok1', 'tok2', 'tok3'], fix: false, codes: [] },
    // a target with a per-account part may take another form (Microsoft's newer tenants): its keys decide
    { domain: 'm365-new.example', service: 'microsoft-365', selectors: [], fix: false, codes: [] },
  ] as const;
  it.each(CASES)('$service at $domain: DKIM fix $fix', async (c) => {
    const r = await run('dkim-service.zone.json', c.domain, { service: c.service, selectors: [...c.selectors] });
    expect(r.fixes.some((f) => f.problem === 'dkim-alignment')).toBe(c.fix);
    const svc = r.findings.filter((f) => f.id.startsWith('domain.dkim.service')).map((f) => f.code);
    expect(svc).toEqual(c.codes);
  });
  it('names what is missing or different', async () => {
    const r = await run('dkim-service.zone.json', 'mandrill-half.example', { service: 'mandrill' });
    expect(r.findings.find((f) => f.code === 'dc.dkim.serviceNoKey')?.params).toMatchObject({ selectors: 'mte2' });
    expect(r.findings.find((f) => f.code === 'dc.dkim.serviceDiffers')?.params).toMatchObject({ names: 'mte2._domainkey.mandrill-half.example' });
    const swapped = await run('dkim-service.zone.json', 'mc-swapped.example', { service: 'mailchimp' });
    expect(swapped.fixes.find((f) => f.problem === 'dkim-alignment')?.check?.status).toBe('different');
  });
});

describe('without a message, no fix speaks of one', () => {
  // every service, both languages, a domain with nothing published: the advisor's sentences about "this
  // message" (no signature passed, the server that sent it, the region the headers name) are replaced
  const ABOUT = /this message|No signature with|The headers do not name|the server that sent|このメッセージ|の署名で pass したものはありません|ヘッダーからは/;
  const cases = PROVIDER_IDS.flatMap((service) => (['en', 'ja'] as const).map((lang) => ({ service, lang })));
  it.each(cases)('$service ($lang)', async ({ service, lang }) => {
    const r = await checkDomain('quiet.example', new ZoneResolver({ 'quiet.example': { TXT: [['v=spf1 ~all']] } } as Zone), { service, lang });
    const texts = r.fixes.flatMap((f) => [f.explanation ?? '', ...f.caveats, ...(f.steps ?? [])]);
    expect(texts.filter((t) => ABOUT.test(t))).toEqual([]);
  });
  it.each([
    ['ap-northeast-9', true],
    ['ap-northeast-1', false],
    ['ap-southeast-5', false],
  ])('SES region %s: unlisted caution %s', async (region, unlisted) => {
    const r = await checkDomain('quiet.example', new ZoneResolver({} as Zone), { service: 'amazon-ses', region });
    const f = r.fixes.find((x) => x.problem === 'spf-alignment')!;
    expect(f.caveats.some((c) => /not a region SES is known to serve/.test(c))).toBe(unlisted);
    expect(!!f.unverified).toBe(unlisted || region === 'ap-southeast-5');
  });
  it('Mailgun: the check says its keys are at the sending domain (often mg.<domain>)', async () => {
    const r = await checkDomain('quiet.example', new ZoneResolver({} as Zone), { service: 'mailgun' });
    expect(r.findings.find((f) => f.code === 'dc.mailgun.sendingDomain')?.params).toMatchObject({ domain: 'quiet.example' });
  });
  it('Marketing Cloud: a subdomain delegated to it is its to publish; no sender record, and it says why', async () => {
    const zone = { 'mc.quiet.example': { NS: ['ns1.exacttarget.com', 'ns2.exacttarget.com', 'ns3.exacttarget.com', 'ns4.exacttarget.com'], TXT: [['v=spf1 ip4:198.51.100.0/24 -all']] } } as unknown as Zone;
    const r = await checkDomain('mc.quiet.example', new ZoneResolver(zone), { service: 'salesforce-marketing-cloud' });
    expect(r.fixes.filter((f) => ['spf-alignment', 'spf-authorization', 'dkim-alignment'].includes(f.problem))).toEqual([]);
    expect(r.findings.map((f) => f.code)).toContain('dc.hostedByService');
    const before = await checkDomain('quiet.example', new ZoneResolver({} as Zone), { service: 'salesforce-marketing-cloud' });
    expect(before.fixes.some((f) => f.records.some((x) => x.type === 'NS' && /exacttarget/.test(x.value)))).toBe(true);
  });
  it('Salesforce: by default its bounce address is its own, so the fix is the settings and the record, not a bare include', async () => {
    const r = await checkDomain('quiet.example', new ZoneResolver({ 'quiet.example': { TXT: [['v=spf1 ~all']] } } as Zone), { service: 'salesforce' });
    expect(r.fixes.map((f) => f.problem)).not.toContain('spf-authorization');
    const spf = r.fixes.find((f) => f.problem === 'spf-alignment')!;
    expect(spf.explanation).toMatch(/bnc\.salesforce\.com/);
    expect(spf.steps?.join(' ')).toMatch(/Activate bounce management/);
  });
});

describe('MX', () => {
  const CASES = [
    { domain: 'mx.example', status: 'found', mx: [{ priority: 20, exchange: 'mx2.mx.example' }, { priority: 10, exchange: 'mx1.mx.example' }], outcome: 'pass' },
    { domain: 'nullmx.example', status: 'null', mx: [{ priority: 0, exchange: '' }], outcome: 'info' },
    { domain: 'nomx.example', status: 'none', mx: [], outcome: 'warn' },
    { domain: 'missing.example', status: 'nxdomain', mx: [], outcome: 'fail' },
    { domain: 'broken.example', status: 'error', mx: [], outcome: 'error' },
  ] as const;
  it.each(CASES)('$domain: $status', async (c) => {
    const r = await run('mx.zone.json', c.domain);
    expect(r.mxStatus).toBe(c.status);
    expect(r.mx).toEqual(c.mx);
    expect(step(r, 'domain-mx').status).toBe(c.outcome);
  });
  it('hosts are listed lowest preference first', async () => {
    const r = await run('mx.zone.json', 'mx.example');
    expect(r.findings.find((f) => f.id === 'domain.mx')!.params.hosts).toBe('mx1.mx.example (10), mx2.mx.example (20)');
  });
});

describe('MTA-STS, TLS-RPT, BIMI', () => {
  const CASES = [
    { domain: 'sts.example', sts: 'found', host: true, tls: 'found', bimi: 'found', stsOutcome: 'pass', bimiOutcome: 'pass' },
    { domain: 'nohost.example', sts: 'found', host: false, tls: 'invalid', bimi: 'found', stsOutcome: 'warn', bimiOutcome: 'warn' },
    { domain: 'bad.example', sts: 'invalid', host: null, tls: 'multiple', bimi: 'invalid', stsOutcome: 'fail', bimiOutcome: 'fail' },
    { domain: 'dup.example', sts: 'multiple', host: null, tls: 'none', bimi: 'none', stsOutcome: 'fail', bimiOutcome: 'info' },
    { domain: 'plain.example', sts: 'none', host: null, tls: 'none', bimi: 'none', stsOutcome: 'info', bimiOutcome: 'info' },
  ] as const;
  it.each(CASES)('$domain: MTA-STS $sts, TLS-RPT $tls, BIMI $bimi', async (c) => {
    const r = await run('tags.zone.json', c.domain);
    expect(r.mtaSts.status).toBe(c.sts);
    expect(r.mtaSts.policyHost?.resolves ?? null).toBe(c.host);
    expect(r.mtaSts).toMatchObject({ policyFetched: false, note: 'policy file not fetched: DNS only' });
    expect(r.tlsRpt.status).toBe(c.tls);
    expect(r.bimi.status).toBe(c.bimi);
    expect(step(r, 'domain-mtasts').status).toBe(c.stsOutcome);
    expect(step(r, 'domain-bimi').status).toBe(c.bimiOutcome);
  });

  it('the found records are read', async () => {
    const r = await run('tags.zone.json', 'sts.example');
    expect(r.mtaSts.id).toBe('20240101T000000');
    expect(r.tlsRpt.rua).toEqual(['mailto:tls@sts.example']);
    expect(r.bimi).toMatchObject({ logo: 'https://sts.example/logo.svg', authority: 'https://sts.example/vmc.pem' });
    expect(step(r, 'domain-mtasts').summary).toMatch(/Policy file not fetched: DNS only/);
  });

  it('no HTTPS request: only DNS names are asked', async () => {
    const asked: string[] = [];
    const z = new ZoneResolver(zone('tags.zone.json'));
    await checkDomain('sts.example', { query: (n, t) => (asked.push(`${t} ${n}`), z.query(n, t)) });
    expect(asked).toContain('TXT _mta-sts.sts.example');
    expect(asked).toContain('A mta-sts.sts.example');
    expect(asked.every((q) => /^[A-Z]+ [a-z0-9._-]+$/.test(q))).toBe(true);
  });

  const PARSE = [
    { f: parseMtaSts, text: 'v=STSv1; id=abc123', ok: true },
    { f: parseMtaSts, text: 'v=STSv1;', ok: false },
    { f: parseMtaSts, text: 'v=stsv1; id=1', ok: false },
    { f: parseMtaSts, text: 'v=STSv1; id=' + 'a'.repeat(33), ok: false },
    { f: parseTlsRpt, text: 'v=TLSRPTv1; rua=https://r.example/tls', ok: true },
    { f: parseTlsRpt, text: 'v=TLSRPTv1; rua=mailto:a@b.example,mailto:c@d.example', ok: true },
    { f: parseTlsRpt, text: 'v=TLSRPTv1; rua=ftp://x', ok: false },
    { f: parseBimi, text: 'v=BIMI1; l=; a=;', ok: true },
    { f: parseBimi, text: 'v=BIMI1; l=http://x/logo.svg', ok: false },
  ];
  it.each(PARSE)('$text → valid: $ok', ({ f, text, ok }) => {
    expect(f(text).invalid === null).toBe(ok);
  });
});

describe('input', () => {
  it.each([
    ['Example.JP.', 'example.jp'],
    ['例え.jp', 'xn--r8jz45g.jp'],
    ['localhost', null],
    ['a b.example', null],
    ['user@example.jp', null],
    ['https://example.jp/', null],
    ['', null],
  ])('%s → %s', (input, out) => {
    expect(normaliseDomain(input)).toBe(out);
  });

  it('rejects an unknown service, a bad region and a bad selector', async () => {
    const z = new ZoneResolver({});
    await expect(checkDomain('x.example', z, { service: 'nope' as never })).rejects.toBeInstanceOf(DomainInputError);
    await expect(checkDomain('x.example', z, { region: 'mars' })).rejects.toBeInstanceOf(DomainInputError);
    await expect(checkDomain('x.example', z, { selectors: ['a b'] })).rejects.toBeInstanceOf(DomainInputError);
  });

  it('Japanese: the steps are in Japanese, the findings the same codes', async () => {
    const en = await run('dmarc.zone.json', 'own.example');
    const ja = await run('dmarc.zone.json', 'own.example', { lang: 'ja' });
    expect(ja.findings.map((f) => f.code)).toEqual(en.findings.map((f) => f.code));
    expect(step(ja, 'domain-dmarc').summary).toMatch(/ポリシーは reject です/);
  });
});

describe('DNS failures', () => {
  it('a failing name gives errors, not verdicts, and no DMARC fix', async () => {
    const z = new ZoneResolver({ 'broken.example': { SERVFAIL: true }, '_dmarc.broken.example': { SERVFAIL: true }, '_mta-sts.broken.example': { SERVFAIL: true } });
    const r = await checkDomain('broken.example', z);
    expect([r.spf.status, r.dmarc.result, r.mxStatus, r.mtaSts.status]).toEqual(['error', 'temperror', 'error', 'error']);
    expect(['domain-spf', 'domain-dmarc', 'domain-mx', 'domain-mtasts'].map((id) => step(r, id).status)).toEqual(['error', 'error', 'error', 'error']);
    expect(step(r, 'domain-spf').summary).toContain('(SERVFAIL)');
    expect(r.fixes).toEqual([]);
  });
});
