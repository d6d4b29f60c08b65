// The advisor in Japanese: every text a fix, a live check, a detection or the zone export shows
// exists in Japanese, and choosing a language changes texts only (records, importance, the number
// of caveats and steps stay the same). English output is pinned by the other tests in this folder;
// here it is only checked that lang: 'en' and no lang give the same result.
import { describe, expect, it } from 'vitest';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import {
  checkFix,
  detectProvider,
  GENERIC,
  LOOK_ALIKES,
  planFixes,
  PROVIDER_IDS,
  PROVIDERS,
  RECIPES,
  toBindZone,
  type AdviceLang,
  type Ctx,
  type Detection,
  type Draft,
  type Fix,
  type PlanInput,
  type ProviderId,
} from '../../../src/lib/advice/index.ts';
import { EN_CATALOGUE, loadedCatalogue } from '../../../src/lib/findings/catalog.ts';
import { expectTranslated } from '../../support/i18n-pairs.ts';
import { detection } from '../../support/detection.ts';

const BROKEN = /undefined|\[object|NaN/;


interface Facts {
  from?: string;
  mailFrom?: string | null;
  spf?: PlanInput['spf'];
  dkim?: PlanInput['dkim'];
  dmarc?: Partial<NonNullable<PlanInput['dmarc']>> | null;
  existing?: PlanInput['existing'];
}

/** A PlanInput with a p=none record at the From domain and relaxed modes, unless told otherwise. */
function input(provider: Detection | null, f: Facts, lang?: AdviceLang): PlanInput {
  const from = f.from ?? 'example.com';
  const spf = f.spf ?? { result: 'pass', domain: from, aligned: true };
  const dkim = f.dkim ?? [];
  const spfOk = spf.aligned && spf.result === 'pass';
  const dkimOk = dkim.some((k) => k.aligned && k.result === 'pass');
  return {
    fromDomain: from,
    mailFromDomain: f.mailFrom === undefined ? from : f.mailFrom,
    provider,
    spf,
    dkim,
    dmarc:
      f.dmarc === null
        ? null
        : {
            record: `v=DMARC1; p=none; rua=mailto:dmarc@${from}`,
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
    ...(lang ? { lang } : {}),
  };
}

const envelope = 'bounce.esp.example';
const unalignedSpf = { mailFrom: envelope, spf: { result: 'pass' as const, domain: envelope, aligned: false } };
const alignedDkim = (d: string) => [{ d, s: 'sel', result: 'pass' as const, aligned: true }];
const unalignedDkim = [{ d: 'esp.example', s: 's1', result: 'pass' as const, aligned: false }];

/** The typical failures, each for an apex and a subdomain From. */
const SCENARIOS: [string, (from: string) => Facts][] = [
  ['SPF not aligned', (from) => ({ from, ...unalignedSpf, dkim: alignedDkim(from) })],
  ['DKIM not aligned', (from) => ({ from, dkim: unalignedDkim })],
  ['neither aligned', (from) => ({ from, ...unalignedSpf, dkim: unalignedDkim })],
  ['no DMARC record', (from) => ({ from, dkim: alignedDkim(from), dmarc: null })],
  ['an unusable DMARC record', (from) => ({ from, dkim: alignedDkim(from), dmarc: { record: 'v=DMARC1; rua=mailto:x@example.com', policy: null } })],
  ['dmarc-policy (p=none)', (from) => ({ from, dkim: alignedDkim(from) })],
  [
    'dmarc-policy (quarantine, t=y, sp=none)',
    (from) => ({ from, dkim: alignedDkim(from), dmarc: { record: 'v=DMARC1; p=quarantine; sp=none; t=y', p: 'quarantine', policy: 'quarantine' } }),
  ],
  [
    'rua authorisation',
    (from) => ({
      from,
      dkim: alignedDkim(from),
      dmarc: {
        record: 'v=DMARC1; p=reject; rua=mailto:a@rep.example.net,mailto:b@x.example.org',
        p: 'reject',
        policy: 'reject',
        rua: ['mailto:a@rep.example.net', 'mailto:b@x.example.org'],
      },
    }),
  ],
  ['strict mode', (from) => ({ from, ...unalignedSpf, dkim: unalignedDkim, dmarc: { record: 'v=DMARC1; p=none; aspf=s; adkim=s', aspf: 's', adkim: 's' } })],
  ['strict SPF, DKIM fine', (from) => ({ from, ...unalignedSpf, dkim: alignedDkim(from), dmarc: { aspf: 's' } })],
  ['strict DKIM, SPF fine', (from) => ({ from, dkim: unalignedDkim, dmarc: { adkim: 's' } })],
  ['SPF authorisation', (from) => ({ from, spf: { result: 'fail', domain: from, aligned: true } })],
  [
    'SPF authorisation, existing apex record at the limit',
    (from) => ({
      from,
      spf: { result: 'softfail', domain: from, aligned: true },
      dkim: alignedDkim(from),
      existing: { apexSpf: ['v=spf1 mx ~all'], spfLookupsWorstCase: 10 },
    }),
  ],
  [
    'SPF permerror, two records',
    (from) => ({
      from,
      spf: { result: 'permerror', domain: from, aligned: true },
      existing: { apexSpf: ['v=spf1 a ~all', 'v=spf1 mx -all'], spfLookupsWorstCase: 12 },
    }),
  ],
  [
    'SPF permerror, too many lookups',
    (from) => ({ from, spf: { result: 'permerror', domain: from, aligned: true }, existing: { apexSpf: ['v=spf1 a ~all'], spfLookupsWorstCase: 14 } }),
  ],
  [
    'a failing aligned DKIM signature',
    (from) => ({
      from,
      dkim: ['fail', 'permerror', 'policy'].map((result, i) => ({ d: from, s: ['s1', 'google', 'k2'][i]!, result: result as 'fail', aligned: true })),
    }),
  ],
  [
    'an unverifiable aligned DKIM signature',
    (from) => ({ from, dkim: ['neutral', 'none'].map((result, i) => ({ d: from, s: ['s1', 'resend'][i]!, result: result as 'none', aligned: true })) }),
  ],
];

const PROVIDERS_AND_GENERIC: [string, () => Detection | null][] = [
  ...PROVIDER_IDS.map((id) => [id, () => detection(id, id === 'amazon-ses' ? { region: 'ap-northeast-1' } : {})] as [string, () => Detection | null]),
  ['generic', () => null],
];

const cases = PROVIDERS_AND_GENERIC.flatMap(([pid, det]) =>
  SCENARIOS.flatMap(([sname, facts]) => ['example.com', 'news.example.co.uk'].map((from) => [`${pid}: ${sname} (${from})`, det, facts(from)] as const)),
);

/** Every text of a fix a user reads. */
function texts(f: Fix | Draft): [string, string][] {
  const out: [string, string][] = [
    ['title', f.title],
    ['explanation', f.explanation],
    ...f.caveats.map((c) => ['caveat', c] as [string, string]),
    ...(f.steps ?? []).map((s) => ['step', s] as [string, string]),
  ];
  for (const r of f.records) for (const p of r.placeholders ?? []) out.push(['placeholder meaning', p.meaning]);
  return out;
}

/** Every text of the Japanese fix translates the English one at the same place, with the same data. */
function expectJapanese(f: Fix | Draft, en: Fix | Draft): void {
  const enTexts = texts(en);
  expect(texts(f).map(([k]) => k)).toEqual(enTexts.map(([k]) => k));
  for (const [i, [kind, t]] of texts(f).entries()) {
    expectTranslated(t, enTexts[i]![1], kind);
    expect(t, kind).not.toMatch(BROKEN);
  }
  for (const r of f.records) {
    for (const p of r.placeholders ?? []) {
      // console paths stay as the vendor writes them: not necessarily Japanese, but never broken
      expect(p.where).not.toBe('');
      expect(p.where).not.toMatch(BROKEN);
    }
  }
}

/** What must not depend on the language. */
function shape(f: Fix) {
  return {
    problem: f.problem,
    alsoFixes: f.alsoFixes,
    provider: f.provider,
    importance: f.importance,
    records: f.records.map((r) => ({ ...r, placeholders: r.placeholders?.map((p) => ({ token: p.token, shape: p.shape })) })),
    caveats: f.caveats.length,
    steps: f.steps?.length ?? 0,
    sources: f.sources,
    unverified: f.unverified,
  };
}

// ---------------------------------------------------------------- planFixes

describe('planFixes in Japanese', () => {
  it.each(cases)('%s', (_n, det, facts) => {
    const ja = planFixes(input(det(), facts, 'ja'));
    const en = planFixes(input(det(), facts));
    expect(ja.length).toBeGreaterThan(0);
    expect(ja.length).toBe(en.length);
    for (const [i, f] of ja.entries()) expectJapanese(f, en[i]!);
    // the same fixes, records and warnings: only the words differ
    expect(ja.map(shape)).toEqual(en.map(shape));
    // lang: 'en' is the default
    expect(planFixes(input(det(), facts, 'en'))).toEqual(en);
  });

  it('covers every problem kind', () => {
    const seen = new Set(cases.flatMap(([, det, facts]) => planFixes(input(det(), facts, 'ja')).map((f) => f.problem)));
    expect([...seen].sort()).toEqual([
      'dkim-alignment',
      'dkim-failure',
      'dmarc-policy',
      'dmarc-rua-auth',
      'no-dmarc',
      'spf-alignment',
      'spf-authorization',
      'spf-permerror',
    ]);
  });

  it('keeps RFC terms, tags, names and values as they are', () => {
    const [spf] = planFixes(input(detection('amazon-ses', { region: 'ap-northeast-1' }), { ...unalignedSpf, dkim: alignedDkim('example.com') }, 'ja'));
    expect(spf!.title).toBe('Amazon SES のカスタム MAIL FROM ドメイン mail.example.com');
    expect(spf!.explanation).toContain('relaxed モード');
    expect(spf!.caveats.join('\n')).toContain('"Behavior on MX failure"');
    expect(spf!.caveats.join('\n')).toContain('"Reject message"');
    expect(spf!.steps![0]).toContain(
      'SES コンソール（リージョン ap-northeast-1）> "Verified identities"（検証済み ID）> example.com > "Custom MAIL FROM domain"（カスタム MAIL FROM ドメイン）> "Edit"（編集）',
    );
    expect(spf!.records.map((r) => [r.type, r.name, r.value])).toEqual([
      ['MX', 'mail.example.com', 'feedback-smtp.ap-northeast-1.amazonses.com'],
      ['TXT', 'mail.example.com', 'v=spf1 include:amazonses.com ~all'],
    ]);
  });

  it("a Mandrill user without DMARC reads the service's own DMARC note in Japanese", () => {
    const fixes = planFixes(input(detection('mandrill'), { dkim: alignedDkim('example.com'), dmarc: null }, 'ja'));
    const f = fixes.find((x) => x.problem === 'no-dmarc')!;
    expect(f.importance).toBe('required');
    expect(f.caveats[0]).toMatch(/^Mandrill は 2024-03-15 から DMARC レコード/);
  });
});

// ---------------------------------------------------------------- recipes

describe('recipe drafts in Japanese', () => {
  const contexts: [string, (id: ProviderId) => Ctx][] = [
    [
      'apex, relaxed, no detection',
      () => ({ from: 'example.com', org: 'example.com', detection: null, spfMode: 'r', dkimMode: 'r', mailFrom: envelope, lang: 'ja' }),
    ],
    [
      'apex, strict, captures',
      (id) => ({
        from: 'example.com',
        org: 'example.com',
        detection: detection(id, {
          region: 'ap-southeast-3',
          regionFrom: { header: 'Return-Path', value: 'x', defaulted: true },
          captures: { sendgridReturnPath: 'em9.other.example', mailgunSendingDomain: 'sandbox1.mailgun.org', m365Tenant: 'contoso' },
        }),
        spfMode: 's',
        dkimMode: 's',
        mailFrom: envelope,
        apexSpf: ['v=spf1 include:a.example ~all', 'v=spf1 -all'],
        spfLookupsWorstCase: 10,
        lang: 'ja',
      }),
    ],
    [
      'subdomain From, no envelope',
      (id) => ({
        from: 'news.example.co.uk',
        org: 'example.co.uk',
        detection: detection(id, { region: 'eu' }),
        spfMode: 'r',
        dkimMode: 'r',
        mailFrom: null,
        lang: 'ja',
      }),
    ],
  ];
  const all = [...PROVIDER_IDS.map((id) => [id, RECIPES[id]] as const), ['generic', GENERIC] as const];
  const table = all.flatMap(([id, recipe]) =>
    contexts.flatMap(([cname, mk]) =>
      (['spf', 'dkim'] as const).map((which) => [`${id} ${which} (${cname})`, recipe, which, mk(id === 'generic' ? 'amazon-ses' : id)] as const),
    ),
  );

  it.each(table)('%s', (_n, recipe, which, ctx) => {
    const ja = recipe[which](ctx);
    const { lang: _drop, ...enCtx } = ctx;
    const en = recipe[which](enCtx);
    expectJapanese(ja, en);
    expect(ja.records.map((r) => [r.type, r.name, r.value, r.placeholders?.map((p) => p.token)])).toEqual(
      en.records.map((r) => [r.type, r.name, r.value, r.placeholders?.map((p) => p.token)]),
    );
    expect([ja.caveats.length, ja.steps?.length, ja.identity, ja.relaxedOnly]).toEqual([en.caveats.length, en.steps?.length, en.identity, en.relaxedOnly]);
  });
});

// ---------------------------------------------------------------- detection

describe('detection evidence in Japanese', () => {
  it('every fingerprint rule is written in both languages', () => {
    const ja = loadedCatalogue('ja');
    for (const p of PROVIDERS) {
      for (const r of p.rules) {
        expect(EN_CATALOGUE[r.rule], p.id).not.toBe('');
        expectTranslated(ja[r.rule], EN_CATALOGUE[r.rule], p.id);
        expect(ja[r.rule]).not.toMatch(BROKEN);
      }
    }
    for (const la of LOOK_ALIKES) for (const r of la.rules) expectTranslated(ja[r.rule], EN_CATALOGUE[r.rule], 'look-alike rule');
  });

  it('evidence and look-alike notes follow DetectInput.lang', () => {
    const headers = [
      { name: 'Feedback-ID', value: '1.ap-northeast-1.AbCd=:AmazonSES' },
      { name: 'X-SES-Outgoing', value: '2024.05.18-54.240.27.10' },
      { name: 'X-MSFBL', value: 'abc' },
      { name: 'Received', value: 'from abmta12.marketo.org by mx.example.com' },
    ];
    const en = detectProvider({ headers })!;
    const ja = detectProvider({ headers, lang: 'ja' })!;
    expect(detectProvider({ headers, lang: 'en' })).toEqual(en);
    expect(ja.id).toBe('amazon-ses');
    expect(ja.evidence.map((e) => e.rule)).toEqual(['Feedback-ID が "1.<region>.<id>:AmazonSES" の形式', 'X-SES-Outgoing が "<date>-<ip>" の形式']);
    expect(en.evidence.map((e) => e.rule)).toEqual(['Feedback-ID "1.<region>.<id>:AmazonSES"', 'X-SES-Outgoing "<date>-<ip>"']);
    expect({ ...ja, evidence: ja.evidence.map(({ rule: _r, ...e }) => e), notes: [] }).toEqual({
      ...en,
      evidence: en.evidence.map(({ rule: _r, ...e }) => e),
      notes: [],
    });
    expect(en.notes).toHaveLength(1);
    expect(ja.notes).toHaveLength(1);
    expect(ja.notes[0]).toMatch(/^Marketo: abmtaNN\.marketo\.org からの Received: X-MSFBL は SparkPost ではなく/);
    expect(ja.notes[0]).not.toMatch(BROKEN);
  });
});

// ---------------------------------------------------------------- live check

describe('checkFix diffs in Japanese', () => {
  const fix = (records: Fix['records']): Fix => ({
    problem: 'spf-alignment',
    provider: null,
    importance: 'required',
    title: 't',
    explanation: 'e',
    records,
    caveats: [],
    sources: [],
  });
  const MX = (exchange: string, priority = 10) => ({ priority, exchange });
  const records: Fix['records'] = [
    { type: 'MX', name: 'mail.example.com', value: 'feedback-smtp.ap-northeast-1.amazonses.com', priority: 10, onlyRecord: true },
    { type: 'TXT', name: 'mail.example.com', value: 'v=spf1 include:amazonses.com ~all' },
    { type: 'TXT', name: '_dmarc.example.com', value: 'v=DMARC1; p=quarantine; rua=mailto:d@example.com' },
    {
      type: 'TXT',
      name: 'sel._domainkey.example.com',
      value: 'v=DKIM1; k=rsa; p=<key>',
      placeholders: [{ token: '<key>', meaning: 'm', where: 'w', shape: '[A-Za-z0-9+/=]{16,4096}' }],
    },
    { type: 'CNAME', name: 's1._domainkey.example.com', value: 's1.domainkey.example.net' },
    { type: 'NS', name: 'send.example.com', value: 'ns1.klaviyo.com' },
    {
      type: 'CNAME',
      name: '<t>._domainkey.example.com',
      value: 'x.example.net',
      placeholders: [{ token: '<t>', meaning: 'm', where: 'w', shape: '[a-z]{8}' }],
    },
  ];
  const zones: [string, Zone][] = [
    ['nothing published', {}],
    [
      'everything different',
      {
        'mail.example.com': { MX: [MX('feedback-smtp.ap-northeast-1.amazonses.com'), MX('mx.example.com', 20)], TXT: [['v=spf1 -all include:amazonses.com']] },
        '_dmarc.example.com': { TXT: [['v=DMARC1; p=none; t=y']] },
        'sel._domainkey.example.com': { TXT: [['v=DKIM1; k=rsa; p=']] },
        's1._domainkey.example.com': { CNAME: ['other.example.net'] },
        'send.example.com': { NS: ['ns.other.example'] },
      },
    ],
    [
      'the wrong kind of record',
      {
        'mail.example.com': { MX: [MX('feedback-smtp.ap-northeast-1.amazonses.com', 20)], TXT: [['v=spf1 ~all'], ['v=spf1 -all']] },
        '_dmarc.example.com': { TXT: [['v=DMARC1; p=none'], ['v=DMARC1; p=reject']] },
        'sel._domainkey.example.com': { TXT: [['hello']] },
      },
    ],
    ['DNS failing', { 'mail.example.com': { TIMEOUT: true }, '_dmarc.example.com': { SERVFAIL: true } }],
  ];

  it.each(zones)('%s', async (_n, zone) => {
    const en = await checkFix(fix(records), new ZoneResolver(zone));
    const ja = await checkFix(fix(records), new ZoneResolver(zone), { lang: 'ja' });
    expect(await checkFix(fix(records), new ZoneResolver(zone), { lang: 'en' })).toEqual(en);
    expect(ja.map((c) => [c.status, c.queried, c.found])).toEqual(en.map((c) => [c.status, c.queried, c.found]));
    for (const [i, c] of ja.entries()) {
      if (c.status === 'published') {
        expect(c.diff).toBe('');
        continue;
      }
      expectTranslated(c.diff, en[i]!.diff, 'check diff');
      expect(c.diff).not.toMatch(BROKEN);
      // the expected/found lines themselves are not translated
      expect(c.diff.split('\n').filter((l) => /^[-+] /.test(l) && !/^\+ （/.test(l))).toEqual(
        en[i]!.diff.split('\n').filter((l) => /^[-+] /.test(l) && !/^\+ \(/.test(l)),
      );
    }
  });

  it('a resolver that throws', async () => {
    const broken = { query: async () => Promise.reject(new Error('network down')) };
    const [c] = await checkFix(fix(records.slice(0, 1)), broken, { lang: 'ja' });
    expect(c!.diff).toBe('MX mail.example.com の問い合わせに失敗しました: network down');
  });
});

// ---------------------------------------------------------------- zone export

describe('toBindZone comments in Japanese', () => {
  it('translates the comments, never the records', () => {
    const fixes = planFixes(input(detection('amazon-ses'), { dkim: unalignedDkim, ...unalignedSpf }, 'ja'));
    const en = toBindZone(fixes);
    const ja = toBindZone(fixes, { lang: 'ja' });
    expect(toBindZone(fixes, { lang: 'en' })).toBe(en);
    const records = (z: string) => z.split('\n').filter((l) => l && !l.startsWith(';'));
    expect(records(ja)).toEqual(records(en));
    expect(ja.split('\n')[0]).toBe('; 修正アドバイザーが提案する DNS レコード（BIND ゾーンファイル形式）');
    expect(ja).toContain('; <token1> を置き換えてください: Easy DKIM のトークン（3 つのうち 1 つ目、32 文字）');
    expect(ja).not.toMatch(BROKEN);
  });
});
