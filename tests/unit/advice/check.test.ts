// checkFix against zone resolvers, and the zone-file / table exports.
import { describe, expect, it } from 'vitest';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import type { Resolver } from '../../../src/lib/dns/types.ts';
import type { ReportFix } from '../../../src/lib/report/types.ts';
import { haveShared, readShared } from '../../support/shared.ts';
import { checkFix, detectProvider, planFixes, summarizeChecks, toBindZone, toTable, txtStrings, type Fix, type FixRecord } from '../../../src/lib/advice/index.ts';

// ---------------------------------------------------------------- fixtures

/** The SES custom MAIL FROM fix, as the planner gives it for the sample (checked in plan.test.ts). */
function sesFix(): Fix {
  const provider = detectProvider({ headers: [{ name: 'Feedback-ID', value: '1.ap-northeast-1.AbCd=:AmazonSES' }, { name: 'X-SES-Outgoing', value: '2024.05.18-54.240.27.10' }] });
  const fixes = planFixes({
    fromDomain: 'example.jp',
    mailFromDomain: 'ap-northeast-1.amazonses.com',
    provider,
    spf: { result: 'pass', domain: 'ap-northeast-1.amazonses.com', aligned: false },
    dkim: [{ d: 'example.jp', s: 'abcdefghijklmnopqrstuvwxyz234567', result: 'pass', aligned: true }],
    dmarc: { record: 'v=DMARC1; p=none; rua=mailto:dmarc@example.jp', recordDomain: '_dmarc.example.jp', aspf: 'r', adkim: 'r', p: 'none', rua: ['mailto:dmarc@example.jp'], policy: 'none', result: 'pass', spfAligned: false, dkimAligned: true },
  });
  expect(fixes.map((f) => f.problem)).toEqual(['spf-alignment']);
  return fixes[0]!;
}

const fixOf = (records: FixRecord[], problem: Fix['problem'] = 'spf-alignment'): Fix => ({ problem, provider: null, importance: 'required', title: 't', explanation: 'e', records, caveats: [], sources: [] });
const statuses = async (fix: Fix | ReportFix, zone: Zone | Resolver) => (await checkFix(fix, 'query' in zone ? (zone as Resolver) : new ZoneResolver(zone as Zone))).map((c) => c.status);

const MX = (exchange: string, priority = 10) => ({ priority, exchange });
const SES_MX = 'feedback-smtp.ap-northeast-1.amazonses.com';
const SES_SPF = 'v=spf1 include:amazonses.com ~all';

// ---------------------------------------------------------------- the shared sample zones

describe.skipIf(!haveShared('samples/ses-after-custom-mail-from.zone.json'))('checkFix against the SES sample zones', () => {
  const zone = (which: 'before' | 'after') => JSON.parse(readShared(`samples/ses-${which}-custom-mail-from.zone.json`)) as Zone;

  it('before the change: both records missing', async () => {
    const checks = await checkFix(sesFix(), new ZoneResolver(zone('before')));
    expect(checks.map((c) => [c.record.type, c.queried, c.status, c.found])).toEqual([
      ['MX', 'mail.example.jp', 'missing', []],
      ['TXT', 'mail.example.jp', 'missing', []],
    ]);
    expect(checks[0]!.diff).toMatch(/does not exist/);
    expect(summarizeChecks(checks).status).toBe('missing');
  });

  it('after the change: both records published', async () => {
    const checks = await checkFix(sesFix(), new ZoneResolver(zone('after')));
    expect(checks.map((c) => [c.record.type, c.status, c.found, c.diff])).toEqual([
      ['MX', 'published', [`10 ${SES_MX}`], ''],
      ['TXT', 'published', [SES_SPF], ''],
    ]);
    expect(summarizeChecks(checks).status).toBe('published');
  });

  it('after, but with a wrong MX priority or a second MX: different', async () => {
    const after = zone('after');
    const wrongPriority = { ...after, 'mail.example.jp': { ...after['mail.example.jp'], MX: [MX(SES_MX, 20)] } };
    let checks = await checkFix(sesFix(), new ZoneResolver(wrongPriority));
    expect(checks.map((c) => c.status)).toEqual(['different', 'published']);
    expect(checks[0]!.diff).toMatch(/priority is 20, expected 10/);
    expect(checks[0]!.diff).toContain(`- MX mail.example.jp 10 ${SES_MX}`);
    expect(checks[0]!.diff).toContain(`+ MX mail.example.jp 20 ${SES_MX}`);

    const twoMx = { ...after, 'mail.example.jp': { ...after['mail.example.jp'], MX: [MX(SES_MX), MX('mx.example.jp', 20)] } };
    checks = await checkFix(sesFix(), new ZoneResolver(twoMx));
    expect(checks.map((c) => c.status)).toEqual(['different', 'published']);
    expect(checks[0]!.diff).toMatch(/2 MX records; it must have exactly one/);
    expect(checks[0]!.found).toEqual([`10 ${SES_MX}`, '20 mx.example.jp']);
  });

  it('DNS failures: error, never missing', async () => {
    const after = zone('after');
    expect(await statuses(sesFix(), { ...after, 'mail.example.jp': { SERVFAIL: true } })).toEqual(['error', 'error']);
    expect(await statuses(sesFix(), { ...after, 'mail.example.jp': { TIMEOUT: true } })).toEqual(['error', 'error']);
    const checks = await checkFix(sesFix(), new ZoneResolver({ 'mail.example.jp': { TIMEOUT: true } }));
    expect(checks[0]!.diff).toMatch(/TIMEOUT/);
  });
});

// ---------------------------------------------------------------- per type

describe('checkFix: MX and TXT (SPF) records', () => {
  const fix = () => sesFix();
  it.each<[string, Zone, string[], RegExp?]>([
    ['exchange in another case, trailing dot', { 'mail.example.jp': { MX: [MX('Feedback-SMTP.ap-northeast-1.amazonses.com.')], TXT: [[SES_SPF]] } }, ['published', 'published']],
    ['an MX to another host', { 'mail.example.jp': { MX: [MX('feedback-smtp.us-east-1.amazonses.com')], TXT: [[SES_SPF]] } }, ['different', 'published'], /not to feedback-smtp\.ap-northeast-1/],
    ['SPF with the include among other terms', { 'mail.example.jp': { MX: [MX(SES_MX)], TXT: [['v=spf1 ip4:192.0.2.0/24 INCLUDE:amazonses.com -all']] } }, ['published', 'published']],
    ['SPF record split into strings', { 'mail.example.jp': { MX: [MX(SES_MX)], TXT: [['v=spf1 include:amazon', 'ses.com ~all']] } }, ['published', 'published']],
    ['SPF without the include', { 'mail.example.jp': { MX: [MX(SES_MX)], TXT: [['v=spf1 include:sendgrid.net ~all']] } }, ['published', 'different'], /lacks include:amazonses\.com/],
    ['SPF with the include after all', { 'mail.example.jp': { MX: [MX(SES_MX)], TXT: [['v=spf1 -all include:amazonses.com']] } }, ['published', 'different'], /never evaluated/],
    ['two SPF records', { 'mail.example.jp': { MX: [MX(SES_MX)], TXT: [[SES_SPF], ['v=spf1 -all']] } }, ['published', 'different'], /2 v=spf1 records: that is a permerror/],
    ['TXT records, none SPF', { 'mail.example.jp': { MX: [MX(SES_MX)], TXT: [['google-site-verification=abc']] } }, ['published', 'missing']],
    ['name exists, no MX (NODATA)', { 'mail.example.jp': { TXT: [[SES_SPF]] } }, ['missing', 'published']],
    // a CNAME already at the name (to a target that does not exist): not "nothing", and in the way
    ['a CNAME at the name', { 'mail.example.jp': { CNAME: ['gone.example.net'] } }, ['different', 'different'], /CNAME mail\.example\.jp → gone\.example\.net: a CNAME cannot sit beside other records/],
  ])('%s', async (_n, zone, want, diff) => {
    const checks = await checkFix(fix(), new ZoneResolver(zone));
    expect(checks.map((c) => c.status)).toEqual(want);
    if (diff) expect(checks.map((c) => c.diff).join('\n')).toMatch(diff);
    for (const c of checks) if (c.status === 'published') expect(c.diff).toBe('');
  });

  it('an MX without onlyRecord accepts other MX records beside it', async () => {
    const f = fixOf([{ type: 'MX', name: 'mg.example.com', value: 'mxa.mailgun.org', priority: 10 }]);
    expect(await statuses(f, { 'mg.example.com': { MX: [MX('mxa.mailgun.org'), MX('mxb.mailgun.org')] } })).toEqual(['published']);
  });

  it('a resolver that throws gives error', async () => {
    const broken: Resolver = { query: async () => Promise.reject(new Error('network down')) };
    const checks = await checkFix(sesFix(), broken);
    expect(checks.map((c) => c.status)).toEqual(['error', 'error']);
    expect(checks[0]!.diff).toMatch(/network down/);
  });

  it('queries each name and type once', async () => {
    const seen: string[] = [];
    const z = new ZoneResolver({});
    const counting: Resolver = { query: (n, t) => (seen.push(`${t} ${n}`), z.query(n, t)) };
    const f = fixOf([1, 2, 3, 4].map((i) => ({ type: 'NS' as const, name: 'send.example.com', value: `ns${i}.klaviyo.com` })));
    expect(await statuses(f, counting)).toEqual(['missing', 'missing', 'missing', 'missing']);
    expect(seen).toEqual(['NS send.example.com']);
  });
});

describe('checkFix: records with placeholders', () => {
  const sendgrid = () => {
    const provider = detectProvider({ headers: [{ name: 'X-SG-EID', value: 'u001.x' }, { name: 'Return-Path', value: '<bounces+1-ab12-x=y.example@sendgrid.net>' }] });
    return planFixes({
      fromDomain: 'example.com',
      mailFromDomain: 'sendgrid.net',
      provider,
      spf: { result: 'pass', domain: 'sendgrid.net', aligned: false },
      dkim: [{ d: 'sendgrid.net', s: 'smtpapi', result: 'pass', aligned: false }],
      dmarc: null,
    });
  };

  it('SendGrid: the em1234 name cannot be queried; the s1/s2 targets match by shape', async () => {
    const [spf, dkim] = sendgrid();
    expect(spf!.problem).toBe('spf-alignment');
    const spfCheck = await checkFix(spf!, new ZoneResolver({}));
    expect(spfCheck.map((c) => [c.status, c.queried])).toEqual([['unchecked', '']]);
    expect(spfCheck[0]!.diff).toMatch(/em1234/);

    const good: Zone = {
      's1._domainkey.example.com': { CNAME: ['s1.domainkey.u7654321.wl042.sendgrid.net'] },
      's2._domainkey.example.com': { CNAME: ['s2.domainkey.u7654321.wl042.sendgrid.net.'] },
    };
    expect(await statuses(dkim!, good)).toEqual(['published', 'published']);
    const wrong: Zone = { 's1._domainkey.example.com': { CNAME: ['s1.domainkey.u7654321.wl042.sendgrid.net'] }, 's2._domainkey.example.com': { CNAME: ['s2.domainkey.example.net'] } };
    const checks = await checkFix(dkim!, new ZoneResolver(wrong));
    expect(checks.map((c) => c.status)).toEqual(['published', 'different']);
    expect(checks[1]!.diff).toContain('- CNAME s2._domainkey.example.com s2.domainkey.u1234567.wl123.sendgrid.net');
    expect(checks[1]!.diff).toContain('+ CNAME s2._domainkey.example.com s2.domainkey.example.net');
    expect(await statuses(dkim!, {})).toEqual(['missing', 'missing']);
  });

  it('the shape is enforced: a target that only looks similar is different', async () => {
    const [, dkim] = sendgrid();
    // "wl" must be followed by digits
    expect(await statuses(dkim!, { 's1._domainkey.example.com': { CNAME: ['s1.domainkey.u7654321.wlabc.sendgrid.net'] }, 's2._domainkey.example.com': { CNAME: ['s2.domainkey.u7654321.wl042.sendgrid.net'] } })).toEqual(['different', 'published']);
  });

  it('a report\'s fix (JSON, placeholders without shape) is checked as well', async () => {
    const [, dkim] = sendgrid();
    const report = JSON.parse(JSON.stringify(dkim)) as ReportFix & { records: { placeholders?: { shape?: string }[] }[] };
    for (const r of report.records) for (const p of r.placeholders ?? []) delete p.shape;
    expect(await statuses(report, { 's1._domainkey.example.com': { CNAME: ['s1.domainkey.u7654321.wl042.sendgrid.net'] } })).toEqual(['published', 'missing']);
  });

  it('a DKIM key TXT with a placeholder key: published, revoked (different), missing', async () => {
    const f = fixOf([{ type: 'TXT', name: 'google._domainkey.example.com', value: 'v=DKIM1; k=rsa; p=<key>', placeholders: [{ token: '<key>', meaning: 'the key', where: 'Admin', shape: '[A-Za-z0-9+/=]{16,4096}' }] }], 'dkim-alignment');
    const key = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu5fZTYo1Awrbs';
    expect(await statuses(f, { 'google._domainkey.example.com': { TXT: [['v=DKIM1; k=rsa; p=', key]] } })).toEqual(['published']);
    expect(await statuses(f, { 'google._domainkey.example.com': { TXT: [[`p=${key}`]] } })).toEqual(['published']);
    const revoked = await checkFix(f, new ZoneResolver({ 'google._domainkey.example.com': { TXT: [['v=DKIM1; k=rsa; p=']] } }));
    expect(revoked.map((c) => c.status)).toEqual(['different']);
    expect(revoked[0]!.diff).toMatch(/revoked/);
    expect(await statuses(f, { 'google._domainkey.example.com': { TXT: [['v=DKIM1; k=ed25519; p=', key]] } })).toEqual(['different']);
    expect(await statuses(f, { 'example.com': { TXT: [['v=spf1 -all']] } })).toEqual(['missing']);
  });

  it('a plain TXT with a placeholder (Brevo code) at a busy apex', async () => {
    const f = fixOf([{ type: 'TXT', name: 'example.com', value: 'brevo-code:<code>', placeholders: [{ token: '<code>', meaning: 'code', where: 'Brevo', shape: '[0-9a-f]{32}' }] }], 'dkim-alignment');
    const apex = (code: string): Zone => ({ 'example.com': { TXT: [['v=spf1 -all'], [`brevo-code:${code}`]] } });
    expect(await statuses(f, apex('0123456789abcdef0123456789abcdef'))).toEqual(['published']);
    expect(await statuses(f, apex('xyz'))).toEqual(['different']);
    expect(await statuses(f, { 'example.com': { TXT: [['v=spf1 -all']] } })).toEqual(['missing']);
  });
});

describe('checkFix: DMARC records', () => {
  const policyFix = fixOf([{ type: 'TXT', name: '_dmarc.example.com', value: 'v=DMARC1; p=quarantine; rua=mailto:d@example.com' }], 'dmarc-policy');
  it.each<[string, string[][], string, RegExp?]>([
    ['as proposed', [['v=DMARC1; p=quarantine; rua=mailto:d@example.com']], 'published'],
    ['another rua address is fine', [['v=DMARC1;p=quarantine;rua=mailto:other@example.com']], 'published'],
    ['still p=none', [['v=DMARC1; p=none; rua=mailto:d@example.com']], 'different', /p=none, expected p=quarantine/],
    ['no rua', [['v=DMARC1; p=quarantine']], 'different', /no rua/],
    ['two DMARC records', [['v=DMARC1; p=quarantine; rua=mailto:d@example.com'], ['v=DMARC1; p=none']], 'different', /2 v=DMARC1 records/],
  ])('%s', async (_n, txt, want, diff) => {
    const checks = await checkFix(policyFix, new ZoneResolver({ '_dmarc.example.com': { TXT: txt } }));
    expect(checks[0]!.status).toBe(want);
    if (diff) expect(checks[0]!.diff).toMatch(diff);
  });

  it('the report authorisation record', async () => {
    const f = fixOf([{ type: 'TXT', name: 'example.com._report._dmarc.reports.example.net', value: 'v=DMARC1' }], 'dmarc-rua-auth');
    expect(await statuses(f, { 'example.com._report._dmarc.reports.example.net': { TXT: [['v=DMARC1']] } })).toEqual(['published']);
    expect(await statuses(f, { '*._report._dmarc.reports.example.net': { TXT: [['v=DMARC1']] } })).toEqual(['missing']);
  });
});

// ---------------------------------------------------------------- exports

describe('toBindZone and toTable', () => {
  it('the SES fix as a zone-file snippet and a table', () => {
    const fixes = [sesFix()];
    const bind = toBindZone(fixes).split('\n');
    expect(bind).toContain(`mail.example.jp.\tIN\tMX\t10 ${SES_MX}.`);
    expect(bind).toContain(`mail.example.jp.\tIN\tTXT\t"${SES_SPF}"`);
    expect(bind.filter((l) => l && !l.startsWith(';'))).toHaveLength(2);
    expect(toTable(fixes)).toBe(['type\tname\tpriority\tvalue', `MX\tmail.example.jp\t10\t${SES_MX}`, `TXT\tmail.example.jp\t\t${SES_SPF}`, ''].join('\n'));
  });

  it('splits TXT data into strings of at most 255 bytes and escapes quotes', () => {
    const key = 'A'.repeat(300) + 'B'.repeat(210);
    const value = `v=DKIM1; k=rsa; p=${key}`;
    const parts = txtStrings(value);
    expect(parts).toHaveLength(3);
    const unquoted = parts.map((p) => p.slice(1, -1));
    expect(unquoted.map((p) => p.length)).toEqual([255, 255, value.length - 510]);
    expect(unquoted.join('')).toBe(value);
    expect(txtStrings('say "hi" \\ ok')).toEqual(['"say \\"hi\\" \\\\ ok"']);
    expect(txtStrings('é')).toEqual(['"\\195\\169"']);
    // the split counts bytes, not characters
    expect(txtStrings('é'.repeat(200)).length).toBe(2);

    const bind = toBindZone([fixOf([{ type: 'TXT', name: 'sel._domainkey.example.com', value }], 'dkim-failure')]);
    expect(bind).toContain(`sel._domainkey.example.com.\tIN\tTXT\t${parts.join(' ')}`);
  });

  it('comments out records that still hold placeholders, saying what to fill in', () => {
    const f = fixOf([
      { type: 'CNAME', name: '<token1>._domainkey.example.com', value: '<token1>.dkim.amazonses.com', placeholders: [{ token: '<token1>', meaning: 'Easy DKIM token 1', where: 'SES console', shape: '[a-z0-9]{32}' }] },
      { type: 'CNAME', name: 'pm-bounces.example.com', value: 'pm.mtasv.net' },
      { type: 'NS', name: 'send.example.com', value: 'ns1.klaviyo.com' },
    ]);
    const lines = toBindZone([f]).split('\n');
    expect(lines).toContain('; replace <token1>: Easy DKIM token 1 (SES console)');
    expect(lines).toContain('; <token1>._domainkey.example.com.\tIN\tCNAME\t<token1>.dkim.amazonses.com.');
    expect(lines).toContain('pm-bounces.example.com.\tIN\tCNAME\tpm.mtasv.net.');
    expect(lines).toContain('send.example.com.\tIN\tNS\tns1.klaviyo.com.');
    expect(toTable([f]).split('\n')).toContain('CNAME\t<token1>._domainkey.example.com\t\t<token1>.dkim.amazonses.com');
  });

  it('empty input gives a header only', () => {
    expect(toTable([])).toBe('type\tname\tpriority\tvalue\n');
    expect(toBindZone([]).split('\n').filter((l) => l && !l.startsWith(';'))).toEqual([]);
  });
});
