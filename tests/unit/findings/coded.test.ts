// Coded texts (src/lib/findings/coded.ts): a report built once with its texts as codes and then
// put into words must be exactly the report built in that language directly, for every message of
// the fixture corpus and every provider's fixes, in English and in Japanese. That is what lets
// the page switch language by rendering the same report again. Tokens survive any parameter
// (markers, percent signs, nested texts), and nothing a message carries can pass for one.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeText, plainText, renderCoded, setCodedTexts, CODED } from '../../../src/lib/findings/coded.ts';
import { languageCatalogue, loadCatalogue, type CatalogueLang, type TextCode } from '../../../src/lib/findings/catalog.ts';
import { renderText } from '../../../src/lib/findings/render.ts';
import { translator } from '../../../src/lib/i18n/tr.ts';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import { GENERIC, planFixes, PROVIDER_IDS, type Detection, type PlanInput } from '../../../src/lib/advice/index.ts';
import { checkDomain, type DomainCheckOptions } from '../../../src/lib/domaincheck/index.ts';
import { repoRoot } from '../../support/shared.ts';
import { detection } from '../../support/detection.ts';

afterEach(() => setCodedTexts(false));

const words = (lang: CatalogueLang) => (code: TextCode, params?: Record<string, string | number>) => renderText(languageCatalogue(lang), code, params);

describe('tokens', () => {
  it('carry any parameter and render as the catalogue text', () => {
    expect(languageCatalogue('en')['dmarc.discovery.no-record' as TextCode]).toContain('{domain}');
    const hostile = 'a\uE000b\uE001c %41 {domain} <b>x</b> 日本 \\\uE001 "q"';
    const t = codeText('dmarc.discovery.no-record', { domain: hostile, n: 3 });
    // the only markers in a token are its own: the first and the last character
    expect(t.slice(1, -1)).not.toMatch(/[\uE000\uE001]/);
    expect(renderCoded(t, words('en'))).toBe(renderText(languageCatalogue('en'), 'dmarc.discovery.no-record' as TextCode, { domain: hostile, n: 3 }));
  });

  it('render nested texts in the same language', async () => {
    await loadCatalogue('ja');
    setCodedTexts(true);
    const inner = translator('en')('importance.required');
    const outer = translator('en')('diag.whoActs', { actor: inner });
    setCodedTexts(false);
    for (const lang of ['en', 'ja'] as const) {
      const w = words(lang);
      expect(renderCoded({ a: [outer, 5, null] }, w)).toEqual({ a: [w('diag.whoActs', { actor: w('importance.required') }), 5, null] });
    }
  });

  it('any parameter values, nested to any depth, render as the direct rendering would (seeded)', () => {
    // strings with the markers, percent signs, braces, astral characters and lone surrogates
    const value = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('\uE000', '\uE001', '%', '{domain}', '%E3%81', '\uD800'), fc.integer());
    fc.assert(
      fc.property(value, value, fc.integer({ min: 0, max: 4 }), (a, b, depth) => {
        const direct = (lang: CatalogueLang) => {
          let t = renderText(languageCatalogue(lang), 'importance.required' as TextCode);
          for (let i = 0; i < depth; i++) t = renderText(languageCatalogue(lang), 'diag.whoActs' as TextCode, { actor: `${t}${a}` });
          return renderText(languageCatalogue(lang), 'dmarc.discovery.no-record' as TextCode, { domain: `${t}|${b}`, n: 1 });
        };
        let c = codeText('importance.required');
        for (let i = 0; i < depth; i++) c = codeText('diag.whoActs', { actor: `${c}${a}` });
        c = codeText('dmarc.discovery.no-record', { domain: `${c}|${b}`, n: 1 });
        for (const lang of ['en', 'ja'] as const) expect(renderCoded(c, words(lang))).toBe(direct(lang));
      }),
      { numRuns: 500 },
    );
  });

  it('a message cannot forge one (the nonce is never outside the process)', () => {
    const forged = `\uE000${'a'.repeat(12)}${JSON.stringify(['diag.title'])}\uE001`;
    expect(renderCoded({ header: forged }, words('en'))).toEqual({ header: forged });
  });

  it('the coded catalogue answers like a catalogue: known codes only', () => {
    expect('diag.title' in CODED).toBe(true);
    expect('no.such.code' in CODED).toBe(false);
    expect(CODED['no.such.code' as TextCode]).toBeUndefined();
    expect(plainText(CODED['diag.title' as TextCode])).toBe(languageCatalogue('en')['diag.title' as TextCode]);
  });

  it('translators give words again once coded texts are off', () => {
    setCodedTexts(true);
    expect(translator('en')('diag.title')).toContain('\uE000');
    setCodedTexts(false);
    expect(translator('en')('diag.title')).toBe(languageCatalogue('en')['diag.title' as TextCode]);
  });
});

// ---------------------------------------------------------------- every fixture message

const NOW = 1748855700;
const DIRS = ['tests/fixtures/samples', 'tests/fixtures/diagnosis', 'tests/fixtures/requirements', 'tests/fixtures/recv'];
const readZone = (p: string): Zone => (existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Zone) : ({} as Zone));
const MESSAGES = DIRS.flatMap((d) =>
  readdirSync(join(repoRoot, d))
    .filter((f) => f.endsWith('.eml'))
    .map((f) => {
      const dir = join(repoRoot, d);
      const own = join(dir, f.replace(/\.eml$/, '.zone.json'));
      // a message without a zone of its own: its folder's base zone, else no DNS data at all
      const zone = existsSync(own) ? readZone(own) : readZone(join(dir, 'base.zone.json'));
      return [`${d.split('/').pop()}/${f}`, readFileSync(join(dir, f)), zone] as const;
    }),
);

/** Timings differ between two runs; everything else must not. */
const untimed = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'elapsedMs' || k === 'generatedAt' ? 0 : x)));

describe('a report built with coded texts, put into words, is the report built in that language', () => {
  it('the corpus is the fixture messages', () => expect(MESSAGES.length).toBeGreaterThan(60));

  it.each(MESSAGES)('%s', async (_name, eml, zone) => {
    await loadCatalogue('ja');
    setCodedTexts(true);
    const coded = await analyzeMessage(eml, new ZoneResolver(zone), { now: NOW, lang: 'en' });
    setCodedTexts(false);
    expect(JSON.stringify(coded)).toContain('\uE000');
    for (const lang of ['en', 'ja'] as const) {
      const direct = await analyzeMessage(eml, new ZoneResolver(zone), { now: NOW, lang });
      const rendered = renderCoded(coded, words(lang));
      expect(JSON.stringify(rendered)).not.toContain('\uE000');
      expect(untimed(rendered)).toEqual(untimed(direct));
    }
  });
});

// ---------------------------------------------------------------- every provider's fixes


function plan(provider: Detection | null, from: string, spf: PlanInput['spf'], dkim: PlanInput['dkim'], dmarc: Partial<NonNullable<PlanInput['dmarc']>> | null, existing?: PlanInput['existing']): PlanInput {
  return {
    fromDomain: from,
    mailFromDomain: spf.domain,
    provider,
    spf,
    dkim,
    dmarc: dmarc && {
      record: `v=DMARC1; p=none; rua=mailto:dmarc@${from}`,
      recordDomain: `_dmarc.${from}`,
      aspf: 'r',
      adkim: 'r',
      p: 'none',
      rua: [`mailto:dmarc@${from}`],
      policy: 'none',
      result: 'fail',
      spfAligned: false,
      dkimAligned: false,
      ...dmarc,
    },
    ...(existing ? { existing } : {}),
  };
}

const FROMS = ['example.com', 'news.example.co.uk'];
const PLANS = [...PROVIDER_IDS.map((id) => [id, () => detection(id, id === 'amazon-ses' ? { region: 'ap-northeast-1' } : {})] as const), ['generic', () => null] as const].flatMap(([pid, det]) =>
  FROMS.flatMap((from) => [
    [`${pid}: nothing aligned (${from})`, () => plan(det(), from, { result: 'pass', domain: 'bounce.esp.example', aligned: false }, [{ d: 'esp.example', s: 's1', result: 'pass', aligned: false }], {})] as const,
    [`${pid}: no DMARC record, SPF fails (${from})`, () => plan(det(), from, { result: 'fail', domain: from, aligned: true }, [], null)] as const,
    [
      `${pid}: two SPF records, strict (${from})`,
      () => plan(det(), from, { result: 'permerror', domain: from, aligned: true }, [{ d: from, s: 'k1', result: 'fail', aligned: true }], { aspf: 's', adkim: 's' }, { apexSpf: ['v=spf1 a ~all', 'v=spf1 mx -all'], spfLookupsWorstCase: 12 }),
    ] as const,
  ]),
);

describe('fixes planned with coded texts, put into words, are the fixes planned in that language', () => {
  it('covers every provider and the generic advice', () => {
    expect(PROVIDER_IDS.length).toBeGreaterThan(10);
    expect(PLANS.length).toBe((PROVIDER_IDS.length + 1) * FROMS.length * 3);
    expect(GENERIC).toBeDefined();
  });

  it.each(PLANS)('%s', async (_name, input) => {
    await loadCatalogue('ja');
    setCodedTexts(true);
    const coded = planFixes(input());
    setCodedTexts(false);
    for (const lang of ['en', 'ja'] as const) expect(renderCoded(coded, words(lang))).toEqual(planFixes({ ...input(), lang }));
  });
});

// ---------------------------------------------------------------- the domain check (the worker's too)

const DOMAIN_CASES: [string, string, DomainCheckOptions][] = [
  ['spf.zone.json', 'two.example', {}],
  ['spf.zone.json', 'ok.example', { service: 'google-workspace' }],
  ['dmarc.zone.json', 'dup.example', {}],
  ['dmarc.zone.json', 'own.example', {}],
  ['dkim.zone.json', 'keys.example', { selectors: ['mysel'] }],
  ['dkim.zone.json', 'nokeys.example', { service: 'sendgrid' }],
  ['mx.zone.json', 'mx.example', {}],
  ['tags.zone.json', 'sts.example', {}],
  ['spf.zone.json', 'ses.example', { service: 'amazon-ses', region: 'ap-northeast-1' }],
];

describe('a domain check run with coded texts, put into words, is the check run in that language', () => {
  it.each(DOMAIN_CASES)('%s %s %j', async (file, domain, opts) => {
    const zone = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/domaincheck', file), 'utf8')) as Zone;
    await loadCatalogue('ja');
    setCodedTexts(true);
    const coded = await checkDomain(domain, new ZoneResolver(zone), opts);
    setCodedTexts(false);
    for (const lang of ['en', 'ja'] as const) expect(untimed(renderCoded(coded, words(lang)))).toEqual(untimed(await checkDomain(domain, new ZoneResolver(zone), { ...opts, lang })));
  });
});
