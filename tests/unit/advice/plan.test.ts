// planFixes: which problems a message has and which records fix them.
import { describe, expect, it } from 'vitest';
import { binaryToText, splitMessage, unfold } from '../../../src/lib/message/raw.ts';
import { haveShared, readSharedBytes } from '../../support/shared.ts';
import { detectProvider, planFixes, type Detection, type Fix, type HeaderField, type PlanInput } from '../../../src/lib/advice/index.ts';

// ---------------------------------------------------------------- helpers

const h = (name: string, value: string): HeaderField => ({ name, value });
const dkimSig = (d: string, s: string) => h('DKIM-Signature', `v=1; a=rsa-sha256; d=${d}; s=${s}; h=From; bh=AAAA; b=BBBB`);

interface Facts {
  from?: string;
  mailFrom?: string | null;
  spf?: PlanInput['spf'];
  dkim?: PlanInput['dkim'];
  dmarc?: Partial<NonNullable<PlanInput['dmarc']>> | null;
  provider?: Detection | null;
  existing?: PlanInput['existing'];
}

/** A PlanInput with a DMARC p=none record at the From domain, relaxed modes, unless told otherwise. */
function input(f: Facts): PlanInput {
  const from = f.from ?? 'example.com';
  const spf = f.spf ?? { result: 'pass', domain: f.mailFrom ?? from, aligned: true };
  const dkim = f.dkim ?? [];
  const spfOk = spf.aligned && spf.result === 'pass';
  const dkimOk = dkim.some((k) => k.aligned && k.result === 'pass');
  const record = `v=DMARC1; p=none; rua=mailto:dmarc@${from}`;
  return {
    fromDomain: from,
    mailFromDomain: f.mailFrom === undefined ? from : f.mailFrom,
    provider: f.provider ?? null,
    spf,
    dkim,
    dmarc:
      f.dmarc === null
        ? null
        : {
            record,
            recordDomain: `_dmarc.${from}`,
            aspf: 'r',
            adkim: 'r',
            p: 'none',
            rua: [`mailto:dmarc@${from}`],
            policy: 'none',
            result: spfOk || dkimOk ? 'pass' : 'fail',
            spfAligned: spfOk,
            dkimAligned: dkimOk,
            ...f.dmarc,
          },
    ...(f.existing ? { existing: f.existing } : {}),
  };
}

const problems = (fixes: Fix[]) => fixes.map((f) => f.problem);
const byProblem = (fixes: Fix[], p: string) => {
  const f = fixes.find((x) => x.problem === p);
  if (!f) throw new Error(`no ${p} fix in ${JSON.stringify(problems(fixes))}`);
  return f;
};
const recordLines = (f: Fix) => f.records.map((r) => [r.type, r.name, r.priority ?? null, r.value, r.onlyRecord ?? false]);

function detect(headers: HeaderField[], mailFromDomain?: string): Detection {
  const d = detectProvider({ headers, ...(mailFromDomain ? { mailFromDomain } : {}) });
  if (!d) throw new Error('fixture not recognised');
  return d;
}

// ---------------------------------------------------------------- the SES sample

describe.skipIf(!haveShared('samples/ses-before-custom-mail-from.eml'))('the Amazon SES sample (before a custom MAIL FROM)', () => {
  const msg = () => splitMessage(readSharedBytes('samples/ses-before-custom-mail-from.eml'));
  const field = (name: string) => {
    const f = msg().headers.find((x) => x.key === name.toLowerCase());
    if (!f) throw new Error(`sample has no ${name}`);
    return binaryToText(unfold(f.value)).trim();
  };

  it('gives exactly the custom MAIL FROM records for the region in its headers', () => {
    const headers = msg().headers.map((x) => ({ name: x.name, value: binaryToText(unfold(x.value)).trim() }));
    // header facts, read here independently of the code under test
    const from = /@([^>\s]+)>?\s*$/.exec(field('From'))![1]!.toLowerCase();
    const mailFrom = /@([^>\s]+)>?\s*$/.exec(field('Return-Path'))![1]!.toLowerCase();
    const region = /(?:^|:)1\.([a-z]{2}(?:-gov)?-[a-z]+-\d)\./.exec(field('Feedback-ID'))![1]!;
    const ar = field('Authentication-Results');
    expect(from).toBe('example.jp');
    expect(mailFrom).toBe('ap-northeast-1.amazonses.com');
    expect(ar).toMatch(/spf=pass/);
    expect(ar).toMatch(/dkim=pass header\.i=@example\.jp/);

    const provider = detectProvider({ headers });
    expect(provider).toMatchObject({ id: 'amazon-ses', region });
    const fixes = planFixes(
      input({
        from,
        mailFrom,
        provider,
        spf: { result: 'pass', domain: mailFrom, aligned: false },
        dkim: [
          { d: 'example.jp', s: 'abcdefghijklmnopqrstuvwxyz234567', result: 'pass', aligned: true },
          { d: 'amazonses.com', s: '224i4yxa5dv7c2xz3womw6peuasteono', result: 'pass', aligned: false },
        ],
        dmarc: { record: 'v=DMARC1; p=none; rua=mailto:dmarc@example.jp', recordDomain: '_dmarc.example.jp', rua: ['mailto:dmarc@example.jp'] },
      }),
    );
    expect(problems(fixes)).toEqual(['spf-alignment']);
    const f = fixes[0]!;
    expect(f).toMatchObject({ provider: 'amazon-ses', importance: 'recommended' });
    expect(recordLines(f)).toEqual([
      ['MX', `mail.${from}`, 10, `feedback-smtp.${region}.amazonses.com`, true],
      ['TXT', `mail.${from}`, null, 'v=spf1 include:amazonses.com ~all', false],
    ]);
    expect(f.records.every((r) => !r.placeholders)).toBe(true);
  });
});

// ---------------------------------------------------------------- services

const sendgridUnauthenticated = [
  h('Return-Path', '<bounces+1234567-ab12-someone=example.org@sendgrid.net>'),
  h('X-SG-EID', 'u001.AbCdEf'),
  h('Received', 'from MTIzNDU2Nw (unknown) by geopod-ismtpd-3 (SG) with HTTP id aBcDeFgHiJkLmNoPqRsTuV'),
  dkimSig('sendgrid.net', 'smtpapi'),
];
const googleDefault = [h('Received', 'by mail-pl1-f169.google.com with SMTP id x1'), dkimSig('example-com.20230601.gappssmtp.com', '20230601')];
const ses = [h('Feedback-ID', '1.eu-west-1.AbCdEf=:AmazonSES'), h('X-SES-Outgoing', '2024.05.18-54.240.8.1')];

describe('planFixes: per service', () => {
  it('SendGrid without domain authentication: the em…/s1/s2 CNAMEs, with placeholders', () => {
    const provider = detect(sendgridUnauthenticated);
    expect(provider.id).toBe('sendgrid');
    const fixes = planFixes(
      input({
        mailFrom: 'sendgrid.net',
        provider,
        spf: { result: 'pass', domain: 'sendgrid.net', aligned: false },
        dkim: [{ d: 'sendgrid.net', s: 'smtpapi', result: 'pass', aligned: false }],
      }),
    );
    expect(problems(fixes)).toEqual(['spf-alignment', 'dkim-alignment']);
    const spf = byProblem(fixes, 'spf-alignment');
    const dkim = byProblem(fixes, 'dkim-alignment');
    expect(spf.importance).toBe('required');
    expect(dkim.importance).toBe('required');
    expect(recordLines(spf)).toEqual([['CNAME', 'em1234.example.com', null, 'u1234567.wl123.sendgrid.net', false]]);
    expect(recordLines(dkim)).toEqual([
      ['CNAME', 's1._domainkey.example.com', null, 's1.domainkey.u1234567.wl123.sendgrid.net', false],
      ['CNAME', 's2._domainkey.example.com', null, 's2.domainkey.u1234567.wl123.sendgrid.net', false],
    ]);
    expect(spf.records[0]!.placeholders?.map((p) => p.token).sort()).toEqual(['em1234', 'u1234567', 'wl123']);
    expect(dkim.records[0]!.placeholders?.map((p) => p.token).sort()).toEqual(['u1234567', 'wl123']);
    for (const r of [...spf.records, ...dkim.records]) for (const p of r.placeholders ?? []) expect(() => new RegExp(p.shape)).not.toThrow();
  });

  it('Google Workspace signed only by gappssmtp.com: the google._domainkey TXT key', () => {
    const provider = detect(googleDefault);
    expect(provider.id).toBe('google-workspace');
    const fixes = planFixes(
      input({
        provider,
        spf: { result: 'pass', domain: 'example.com', aligned: true },
        dkim: [{ d: 'example-com.20230601.gappssmtp.com', s: '20230601', result: 'pass', aligned: false }],
      }),
    );
    expect(problems(fixes)).toEqual(['dkim-alignment']);
    const f = fixes[0]!;
    expect(f.importance).toBe('recommended');
    expect(f.records).toHaveLength(1);
    expect(f.records[0]).toMatchObject({ type: 'TXT', name: 'google._domainkey.example.com' });
    expect(f.records[0]!.value).toMatch(/^v=DKIM1; k=rsa; p=<[^>]+>$/);
    expect(f.records[0]!.placeholders).toHaveLength(1);
  });

  it('an unknown sender gets the generic recipe and provider null', () => {
    const fixes = planFixes(
      input({ mailFrom: 'bounce.mailer.example.net', spf: { result: 'pass', domain: 'bounce.mailer.example.net', aligned: false }, dkim: [{ d: 'mailer.example.net', s: 's1', result: 'pass', aligned: false }] }),
    );
    expect(problems(fixes)).toEqual(['spf-alignment', 'dkim-alignment']);
    expect(fixes.every((f) => f.provider === null)).toBe(true);
    expect(byProblem(fixes, 'spf-alignment').records[0]).toMatchObject({ type: 'TXT', name: 'bounces.example.com', value: 'v=spf1 <sender mechanism> ~all' });
    expect(byProblem(fixes, 'dkim-alignment').records[0]).toMatchObject({ type: 'TXT', name: '<selector>._domainkey.example.com' });
  });

  it('Klaviyo: one delegated subdomain fixes SPF and DKIM, given once', () => {
    const provider = detect([dkimSig('klaviyomail.com', 'kl')], 'send.klaviyomail.com');
    const fixes = planFixes(
      input({ provider, mailFrom: 'send.klaviyomail.com', spf: { result: 'pass', domain: 'send.klaviyomail.com', aligned: false }, dkim: [{ d: 'klaviyomail.com', s: 'kl', result: 'pass', aligned: false }] }),
    );
    expect(problems(fixes)).toEqual(['spf-alignment']);
    expect(fixes[0]!.alsoFixes).toEqual(['dkim-alignment']);
    expect(fixes[0]!.records.map((r) => `${r.type} ${r.name} ${r.value}`)).toEqual([1, 2, 3, 4].map((i) => `NS send.example.com ns${i}.klaviyo.com`));
  });

  it('a failing aligned signature gets its key record, filled from the recipe when the selector fits', () => {
    const provider = detect(ses);
    const sel = 'abcdefghijklmnopqrstuvwxyz234567';
    const fixes = planFixes(
      input({ provider, mailFrom: 'mail.example.com', spf: { result: 'pass', domain: 'mail.example.com', aligned: true }, dkim: [{ d: 'example.com', s: sel, result: 'fail', aligned: true }] }),
    );
    expect(problems(fixes)).toEqual(['dkim-failure']);
    expect(fixes[0]!.importance).toBe('recommended');
    expect(recordLines(fixes[0]!)).toEqual([['CNAME', `${sel}._domainkey.example.com`, null, `${sel}.dkim.amazonses.com`, false]]);
    expect(fixes[0]!.records[0]!.placeholders).toBeUndefined();

    const generic = planFixes(input({ dkim: [{ d: 'example.com', s: 'sel1', result: 'fail', aligned: true }], spf: { result: 'fail', domain: 'example.com', aligned: true } }));
    const df = byProblem(generic, 'dkim-failure');
    expect(df.importance).toBe('required');
    expect(df.records[0]).toMatchObject({ type: 'TXT', name: 'sel1._domainkey.example.com', value: 'v=DKIM1; k=rsa; p=<public key>' });
  });
});

// ---------------------------------------------------------------- problems and importance

describe('planFixes: which problems', () => {
  const googleProvider = () => detect(googleDefault);
  const cases: { name: string; facts: () => Facts; want: [string, string][] }[] = [
    {
      name: 'aligned and passing on both: no alignment fix, only the policy path',
      facts: () => ({ spf: { result: 'pass', domain: 'mail.example.com', aligned: true }, mailFrom: 'mail.example.com', dkim: [{ d: 'example.com', s: 's', result: 'pass', aligned: true }] }),
      want: [['dmarc-policy', 'recommended']],
    },
    {
      name: 'aligned and passing on both with p=reject: nothing at all',
      facts: () => ({ dkim: [{ d: 'example.com', s: 's', result: 'pass', aligned: true }], dmarc: { record: 'v=DMARC1; p=reject', p: 'reject', policy: 'reject', rua: [] } }),
      want: [],
    },
    {
      name: 'SPF aligned but failing, DKIM passing: authorise (recommended)',
      facts: () => ({ provider: googleProvider(), spf: { result: 'softfail', domain: 'example.com', aligned: true }, dkim: [{ d: 'example.com', s: 'google', result: 'pass', aligned: true }] }),
      want: [['spf-authorization', 'recommended']],
    },
    {
      name: 'SPF aligned but failing, no DKIM alignment: both required',
      facts: () => ({ provider: googleProvider(), spf: { result: 'fail', domain: 'example.com', aligned: true }, dkim: [{ d: 'example-com.20230601.gappssmtp.com', s: '20230601', result: 'pass', aligned: false }] }),
      want: [
        ['spf-authorization', 'required'],
        ['dkim-alignment', 'required'],
      ],
    },
    {
      name: 'SPF not aligned, DKIM aligned but failing: both required',
      facts: () => ({ mailFrom: 'bounce.other.example', spf: { result: 'pass', domain: 'bounce.other.example', aligned: false }, dkim: [{ d: 'example.com', s: 's', result: 'fail', aligned: true }] }),
      want: [
        ['spf-alignment', 'required'],
        ['dkim-failure', 'required'],
      ],
    },
    {
      name: 'a temperror is not a fix',
      facts: () => ({ spf: { result: 'temperror', domain: 'example.com', aligned: true }, dkim: [{ d: 'example.com', s: 's', result: 'temperror', aligned: true }] }),
      want: [],
    },
    {
      name: 'Mailchimp cannot align SPF: info, nothing to publish, DKIM is the way',
      facts: () => ({
        provider: detect([h('X-MC-User', 'abc'), h('List-Unsubscribe', '<https://x.us5.list-manage.com/u>')], 'mail208.atl82.rsgsv.net'),
        mailFrom: 'mail208.atl82.rsgsv.net',
        spf: { result: 'pass', domain: 'mail208.atl82.rsgsv.net', aligned: false },
        dkim: [{ d: 'example.com', s: 'k2', result: 'pass', aligned: true }],
      }),
      want: [['spf-alignment', 'info']],
    },
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const fixes = planFixes(input(c.facts()));
    expect(fixes.map((f) => [f.problem, f.importance])).toEqual(c.want);
    for (const f of fixes) {
      for (const r of f.records) {
        expect(r.name).not.toMatch(/\.$/);
        expect(r.name).toBe(r.name.trim());
        if (r.type === 'MX') expect(typeof r.priority).toBe('number');
        else expect(r.priority).toBeUndefined();
      }
    }
  });

  it('Mailchimp\'s SPF answer says DKIM is the way', () => {
    const provider = detect([h('X-MC-User', 'abc'), h('X-Mailer', 'Mailchimp Mailer - **CID123**')], 'mcsv.net');
    const f = byProblem(planFixes(input({ provider, mailFrom: 'mcsv.net', spf: { result: 'pass', domain: 'mcsv.net', aligned: false }, dkim: [] })), 'spf-alignment');
    expect(f.records).toEqual([]);
    expect(`${f.title} ${f.explanation}`).toMatch(/DKIM/);
  });
});

describe('planFixes: strict alignment', () => {
  it('aspf=s: the SES subdomain MAIL FROM cannot align; says so and points to DKIM', () => {
    const provider = detect(ses);
    const fixes = planFixes(
      input({
        provider,
        mailFrom: 'eu-west-1.amazonses.com',
        spf: { result: 'pass', domain: 'eu-west-1.amazonses.com', aligned: false },
        dkim: [{ d: 'amazonses.com', s: 'x', result: 'pass', aligned: false }],
        dmarc: { aspf: 's', record: 'v=DMARC1; p=reject; aspf=s', p: 'reject', policy: 'reject', rua: [] },
      }),
    );
    const spf = byProblem(fixes, 'spf-alignment');
    const dkim = byProblem(fixes, 'dkim-alignment');
    const strict = spf.caveats.find((c) => c.includes('aspf=s') && c.includes('strict'));
    expect(strict).toBeDefined();
    expect(strict).toMatch(/DKIM is the way/);
    expect(strict).toMatch(/mail\.example\.com/);
    // DMARC fails, but this fix alone cannot make it pass under aspf=s: the DKIM one can
    expect(spf.importance).toBe('recommended');
    expect(dkim.importance).toBe('required');
    expect(dkim.caveats.some((c) => c.includes('adkim=s'))).toBe(false);
  });

  it('relaxed mode: no strict-alignment caveat from the planner', () => {
    const provider = detect(ses);
    const fixes = planFixes(input({ provider, mailFrom: 'eu-west-1.amazonses.com', spf: { result: 'pass', domain: 'eu-west-1.amazonses.com', aligned: false }, dkim: [] }));
    expect(byProblem(fixes, 'spf-alignment').caveats.some((c) => c.includes('(strict alignment)'))).toBe(false);
    expect(byProblem(fixes, 'spf-alignment').importance).toBe('required');
  });

  it('adkim=s: a Klaviyo sending subdomain as d= cannot align', () => {
    const provider = detect([dkimSig('klaviyomail.com', 'kl')], 'send.klaviyomail.com');
    const fixes = planFixes(
      input({
        provider,
        mailFrom: 'example.com',
        spf: { result: 'pass', domain: 'example.com', aligned: true },
        dkim: [{ d: 'klaviyomail.com', s: 'kl', result: 'pass', aligned: false }],
        dmarc: { adkim: 's', record: 'v=DMARC1; p=none; adkim=s' },
      }),
    );
    const f = byProblem(fixes, 'dkim-alignment');
    expect(f.caveats.find((c) => c.includes('adkim=s'))).toMatch(/send\.example\.com/);
  });

  it('aspf=s: a Marketing Cloud subdomain becomes the From domain itself, so no strict caveat', () => {
    const provider = detect([h('X-SFMC-Stack', '7'), h('x-job', '100012345_12345678')]);
    expect(provider.id).toBe('salesforce-marketing-cloud');
    const fixes = planFixes(
      input({ provider, mailFrom: 'bounce.s7.exacttarget.com', spf: { result: 'pass', domain: 'bounce.s7.exacttarget.com', aligned: false }, dkim: [], dmarc: { aspf: 's', adkim: 's' } }),
    );
    expect(problems(fixes)).toEqual(['spf-alignment']);
    expect(fixes[0]!.alsoFixes).toEqual(['dkim-alignment']);
    expect(fixes[0]!.importance).toBe('required');
    expect(fixes[0]!.caveats.some((c) => c.includes('(strict alignment)'))).toBe(false);
  });

  it('aspf=s: Mailgun switches to the From domain itself (no strict caveat needed)', () => {
    const provider = detect([h('X-Mailgun-Sid', 'abc'), h('X-Mailgun-Sending-Ip', '1.2.3.4')]);
    const fixes = planFixes(
      input({ provider, mailFrom: 'mg.other.example', spf: { result: 'pass', domain: 'mg.other.example', aligned: false }, dkim: [{ d: 'example.com', s: 'k1', result: 'pass', aligned: true }], dmarc: { aspf: 's' } }),
    );
    const f = byProblem(fixes, 'spf-alignment');
    expect(f.records[0]).toMatchObject({ type: 'TXT', name: 'example.com' });
    expect(f.caveats.some((c) => c.includes('(strict alignment)'))).toBe(false);
  });
});

describe('planFixes: one Mailgun sending domain for SPF and DKIM', () => {
  const provider = () => detect([h('X-Mailgun-Sid', 'abc'), h('X-Mailgun-Sending-Ip', '1.2.3.4')]);
  it.each([
    ['relaxed', 'mg.example.com', 'r', 'r'],
    ['aspf=s only', 'example.com', 's', 'r'],
    ['adkim=s only', 'example.com', 'r', 's'],
  ] as const)('%s: both fixes name %s', (_n, sd, aspf, adkim) => {
    const fixes = planFixes(
      input({
        provider: provider(),
        mailFrom: 'sandbox0123abcd.mailgun.org',
        spf: { result: 'pass', domain: 'sandbox0123abcd.mailgun.org', aligned: false },
        dkim: [{ d: 'sandbox0123abcd.mailgun.org', s: 'mx', result: 'pass', aligned: false }],
        dmarc: { aspf, adkim },
      }),
    );
    expect(byProblem(fixes, 'spf-alignment').records.map((r) => `${r.type} ${r.name}`)).toEqual([`TXT ${sd}`]);
    expect(byProblem(fixes, 'dkim-alignment').records.map((r) => r.name)).toEqual([`pdk1._domainkey.${sd}`, `pdk2._domainkey.${sd}`]);
    for (const f of fixes) expect(f.caveats.some((c) => c.includes('(strict alignment)'))).toBe(false);
  });
});

describe('planFixes: DMARC record', () => {
  const passing: Facts = { dkim: [{ d: 'example.com', s: 's', result: 'pass', aligned: true }] };

  it('no DMARC record: a starting record p=none with rua at the organizational domain', () => {
    const fixes = planFixes(input({ ...passing, dmarc: null }));
    const f = byProblem(fixes, 'no-dmarc');
    expect(f.importance).toBe('recommended');
    expect(recordLines(f)).toEqual([['TXT', '_dmarc.example.com', null, 'v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com', false]]);
    expect(problems(fixes)).not.toContain('dmarc-policy');
  });

  it('no DMARC record for a subdomain: published at the org domain, with sp advice', () => {
    const f = byProblem(planFixes(input({ from: 'news.example.co.uk', dkim: [{ d: 'news.example.co.uk', s: 's', result: 'pass', aligned: true }], dmarc: { record: null, recordDomain: null, policy: null, result: 'none' } })), 'no-dmarc');
    expect(f.records[0]).toMatchObject({ name: '_dmarc.example.co.uk', value: 'v=DMARC1; p=none; rua=mailto:dmarc-reports@example.co.uk' });
    expect(f.caveats.join(' ')).toMatch(/sp=/);
  });

  it('Mandrill requires a DMARC record', () => {
    const provider = detect([h('X-Mandrill-User', 'md_123')]);
    const f = byProblem(planFixes(input({ ...passing, provider, dmarc: null })), 'no-dmarc');
    expect(f.importance).toBe('required');
    expect(f.caveats.join(' ')).toMatch(/2024-03-15/);
  });

  it.each([
    ['p=none → quarantine', 'v=DMARC1; p=none; rua=mailto:d@example.com', 'example.com', '_dmarc.example.com', 'v=DMARC1; p=quarantine; rua=mailto:d@example.com', /p=quarantine/],
    ['p=quarantine → reject', 'v=DMARC1; p=quarantine', 'example.com', '_dmarc.example.com', 'v=DMARC1; p=reject', /p=reject/],
    ['t=y is dropped', 'v=DMARC1; p=none; t=y', 'example.com', '_dmarc.example.com', 'v=DMARC1; p=quarantine', /t=y/],
    ['subdomain under sp=none: raise sp', 'v=DMARC1; p=reject; sp=none', 'news.example.com', '_dmarc.example.com', 'v=DMARC1; p=reject; sp=quarantine', /sp=quarantine/],
  ])('dmarc-policy: %s', (_n, record, from, recordDomain, value, title) => {
    const policy = /sp=(\w+)/.exec(record)?.[1] && from !== 'example.com' ? /sp=(\w+)/.exec(record)![1]! : /p=(\w+)/.exec(record)![1]!;
    const fixes = planFixes(
      input({ from, mailFrom: from, dkim: [{ d: from, s: 's', result: 'pass', aligned: true }], dmarc: { record, recordDomain, policy, rua: [] } }),
    );
    const f = byProblem(fixes, 'dmarc-policy');
    expect(f.records).toEqual([{ type: 'TXT', name: recordDomain, value }]);
    expect(`${f.title} ${f.caveats.join(' ')}`).toMatch(title);
  });

  // what the policy in force does with mail that fails: quarantine is not "nothing" (RFC 7489 6.3),
  // and t=y has receivers apply the policy one step lower (RFC 9989 t tag)
  it.each([
    ['v=DMARC1; p=none', /in force is none, which asks receivers to do nothing/, /spam folder/],
    ['v=DMARC1; p=quarantine', /in force is quarantine: mail that fails goes to spam/, /do nothing/],
    ['v=DMARC1; p=quarantine; t=y', /quarantine with t=y \(testing\), so receivers apply none in its place.*do nothing/, /goes to spam/],
    ['v=DMARC1; p=reject; t=y', /reject with t=y \(testing\), so receivers apply quarantine in its place.*goes to spam/, /do nothing/],
  ])('dmarc-policy explanation: %s', (record, has, lacks) => {
    const policy = /p=(\w+)/.exec(record)![1]!;
    const f = byProblem(planFixes(input({ ...passing, dmarc: { record, recordDomain: '_dmarc.example.com', policy, rua: [] } })), 'dmarc-policy');
    expect(f.explanation).toMatch(has);
    expect(f.explanation).not.toMatch(lacks);
  });

  it('dmarc-policy at the org domain suggests np= and mentions subdomains', () => {
    const f = byProblem(planFixes(input({ ...passing })), 'dmarc-policy');
    expect(f.caveats.join(' ')).toMatch(/np=reject/);
    expect(f.caveats.join(' ')).toMatch(/subdomain/);
  });

  it('rua at another organisation: the _report._dmarc authorisation record', () => {
    const fixes = planFixes(
      input({
        ...passing,
        dmarc: {
          record: 'v=DMARC1; p=reject; rua=mailto:r@reports.dmarc-service.example.net,mailto:d@example.com',
          p: 'reject',
          policy: 'reject',
          rua: ['mailto:r@reports.dmarc-service.example.net', { uri: 'mailto:d@example.com', domain: 'example.com' }, { uri: 'mailto:x@other.example!10m' }],
        },
      }),
    );
    expect(problems(fixes)).toEqual(['dmarc-rua-auth']);
    const f = fixes[0]!;
    expect(f.importance).toBe('recommended');
    expect(recordLines(f)).toEqual([
      ['TXT', 'example.com._report._dmarc.reports.dmarc-service.example.net', null, 'v=DMARC1', false],
      ['TXT', 'example.com._report._dmarc.other.example', null, 'v=DMARC1', false],
    ]);
  });

  it('rua inside the same organisation needs no authorisation', () => {
    const fixes = planFixes(input({ ...passing, dmarc: { record: 'v=DMARC1; p=reject; rua=mailto:d@reports.example.com', p: 'reject', policy: 'reject', rua: ['mailto:d@reports.example.com'] } }));
    expect(fixes).toEqual([]);
  });
});

describe('planFixes: existing SPF records', () => {
  const google = () => detect(googleDefault);
  const authorise = (existing: PlanInput['existing']) =>
    planFixes(input({ provider: google(), spf: { result: 'softfail', domain: 'example.com', aligned: true }, dkim: [{ d: 'example.com', s: 'google', result: 'pass', aligned: true }], existing }));

  it('merges into the existing record instead of adding a second one', () => {
    const f = byProblem(authorise({ apexSpf: ['v=spf1 include:other.example ~all'], spfLookupsWorstCase: 2 }), 'spf-authorization');
    expect(recordLines(f)).toEqual([['TXT', 'example.com', null, 'v=spf1 include:other.example include:_spf.google.com ~all', false]]);
    expect(f.caveats.join(' ')).toMatch(/do not add a second/);
  });

  it('warns when the name already has two SPF records', () => {
    const f = byProblem(authorise({ apexSpf: ['v=spf1 include:a.example ~all', 'v=spf1 include:b.example -all'] }), 'spf-authorization');
    expect(f.caveats.join(' ')).toMatch(/already has 2 SPF records/);
    expect(f.caveats.join(' ')).toMatch(/RFC 7208 §4\.5/);
  });

  it('warns when the include would pass 10 lookups', () => {
    const f = byProblem(authorise({ apexSpf: ['v=spf1 include:a.example ~all'], spfLookupsWorstCase: 10 }), 'spf-authorization');
    expect(f.caveats.join(' ')).toMatch(/limit of 10/);
    const ok = byProblem(authorise({ apexSpf: ['v=spf1 include:a.example ~all'], spfLookupsWorstCase: 3 }), 'spf-authorization');
    expect(ok.caveats.join(' ')).not.toMatch(/limit of 10/);
  });

  it('unknown apex records: says to merge if one exists', () => {
    const f = byProblem(authorise(undefined), 'spf-authorization');
    expect(f.records[0]!.value).toBe('v=spf1 include:_spf.google.com ~all');
    expect(f.caveats.join(' ')).toMatch(/already has a v=spf1 record/);
  });

  it('the include is already there: nothing to publish', () => {
    const f = byProblem(authorise({ apexSpf: ['v=spf1 include:_spf.google.com ~all'] }), 'spf-authorization');
    expect(f.records).toEqual([]);
    expect(f.importance).toBe('info');
  });

  it('permerror from two records: one merged record, the strictest all', () => {
    const fixes = planFixes(
      input({ spf: { result: 'permerror', domain: 'example.com', aligned: true }, dkim: [], existing: { apexSpf: ['v=spf1 include:a.example ~all', 'v=spf1 ip4:192.0.2.1 include:a.example -all'] } }),
    );
    const f = byProblem(fixes, 'spf-permerror');
    expect(f.importance).toBe('required');
    expect(recordLines(f)).toEqual([['TXT', 'example.com', null, 'v=spf1 include:a.example ip4:192.0.2.1 -all', false]]);
    expect(f.caveats.filter((c) => /RFC 7208 §4\.5/.test(c) || /v=spf1 records at example\.com/.test(c))).toHaveLength(1);
  });

  it('a recipe SPF record on a subdomain says to merge with one that may exist there', () => {
    const provider = detect([...ses, dkimSig('example.com', 'resend')]);
    expect(provider.id).toBe('resend');
    const f = byProblem(planFixes(input({ provider, mailFrom: 'eu-west-1.amazonses.com', spf: { result: 'pass', domain: 'eu-west-1.amazonses.com', aligned: false }, dkim: [] })), 'spf-alignment');
    expect(recordLines(f)).toEqual([
      ['MX', 'send.example.com', 10, 'feedback-smtp.eu-west-1.amazonses.com', true],
      ['TXT', 'send.example.com', null, 'v=spf1 include:amazonses.com ~all', false],
    ]);
    expect(f.caveats.filter((c) => c.includes('send.example.com already has a v=spf1 record'))).toHaveLength(1);
  });

  it('a recipe record at the From domain next to an existing SPF record gets the second-record warning', () => {
    // Salesforce's SPF route writes at the From domain through spfRecordWith: merged, and says so
    const provider = detect([], 'abc.na1.bnc.salesforce.com');
    const f = byProblem(
      planFixes(input({ provider, mailFrom: 'abc.na1.bnc.salesforce.com', spf: { result: 'pass', domain: 'abc.na1.bnc.salesforce.com', aligned: false }, dkim: [], existing: { apexSpf: ['v=spf1 mx -all'] } })),
      'spf-alignment',
    );
    expect(f.records[0]).toMatchObject({ type: 'TXT', name: 'example.com', value: 'v=spf1 mx include:_spf.salesforce.com -all' });
    expect(f.caveats.join(' ')).toMatch(/do not add a second/);
  });
});

describe('planFixes: robustness', () => {
  it('returns nothing for an unusable From domain', () => {
    expect(planFixes(input({ from: '' }))).toEqual([]);
    expect(planFixes({ ...input({}), fromDomain: 'not a domain' })).toEqual([]);
  });

  it('output is JSON-serialisable and record names are lowercase without a trailing dot', () => {
    const fixes = planFixes(input({ from: 'Example.COM.', mailFrom: 'sendgrid.net', provider: detect(sendgridUnauthenticated), spf: { result: 'pass', domain: 'sendgrid.net', aligned: false }, dkim: [], dmarc: null }));
    expect(JSON.parse(JSON.stringify(fixes))).toEqual(fixes);
    for (const f of fixes) for (const r of f.records) expect(r.name).toMatch(/^[a-z0-9_.<>-]+$/);
    expect(fixes.flatMap((f) => f.records.map((r) => r.name))).toContain('_dmarc.example.com');
  });
});
