// src/app/Fixes.svelte rendered on the server (svelte/server) for the SES "before" sample: the custom
// MAIL FROM fix shows each record's type, name and value as text, the live check's reason as
// plain text, and a Japanese report shows its Japanese title under the Japanese labels.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Fixes from '../../../src/app/Fixes.svelte';
import { FixChecks, type RecordCheck } from '../../../src/app/fixcheck.svelte.ts';
import { loadDictionary, viewLang } from '../../../src/app/i18n.svelte.ts';
import type { AnalyzerClient } from '../../../src/app/analyzer.ts';
import { checkFix } from '../../../src/lib/advice/index.ts';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import type { Report, ReportFix } from '../../../src/lib/report/types.ts';
import { en as enWords } from '../../../src/lib/i18n/en.ts';
import { ja as jaWords } from '../../../src/lib/i18n/ja.ts';
import { sharedPath } from '../../support/shared.ts';
import { setPageTexts } from '../../../src/app/catalogue.svelte.ts';
import { loadPageCatalogue } from '../../../src/lib/findings/page.ts';

const eml = readFileSync(sharedPath('samples/ses-before-custom-mail-from.eml'), 'utf8');
const zone = JSON.parse(readFileSync(sharedPath('samples/ses-before-custom-mail-from.zone.json'), 'utf8')) as Zone;

/** The text a reader sees: tags and Svelte's hydration comments removed, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    // inline elements (a domain's labels, <wbr> after its dots) join their text; blocks separate it
    .replace(/<\/?(?:span|wbr|code|strong|em|a|b|i|del|ins)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Each record card (<li class="record">) of the rendered list, as text. */
function recordCards(html: string): string[] {
  return [...html.matchAll(/<li class="record"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!));
}

async function view(lang: 'en' | 'ja', withCheck = false): Promise<{ report: Report; fix: ReportFix; html: string }> {
  viewLang(lang);
  await loadDictionary(lang);
  // what the worker sends the page (page-texts): the areas the page renders itself
  setPageTexts(lang, await loadPageCatalogue(lang));
  const report = await analyzeMessage(eml, new ZoneResolver(zone), { lang });
  const fix = report.fixes.find((f) => f.problem === 'spf-alignment')!;
  expect(fix).toBeDefined();
  const checks = new FixChecks({} as AnalyzerClient, { endpoints: [], format: 'json' }, report.fixes);
  if (withCheck) checks.checks = (await Promise.all(report.fixes.map((f) => checkFix(f, new ZoneResolver(zone), { lang })))) as RecordCheck[][];
  const { body } = render(Fixes, { props: { report, checks } });
  return { report, fix, html: body };
}

afterEach(() => viewLang('en'));

describe('Fixes view: the SES sample', () => {
  it('shows the custom MAIL FROM records: type, name and value as text', async () => {
    const { fix, html } = await view('en');
    expect(fix.records.map((r) => [r.type, r.name])).toEqual([
      ['MX', 'mail.example.jp'],
      ['TXT', 'mail.example.jp'],
    ]);
    const text = textOf(html);
    expect(text).toContain(fix.title!);
    expect(text).toContain(enWords['section.fixes']);
    const cards = recordCards(html);
    expect(cards).toHaveLength(fix.records.length);
    for (const c of cards) for (const k of ['fix.type', 'fix.name', 'fix.value'] as const) expect(c).toContain(enWords[k]);
    fix.records.forEach((r, i) => {
      expect(cards[i]).toContain(r.type);
      expect(cards[i]).toContain(r.name);
      expect(cards[i]).toContain(r.type === 'TXT' ? `"${r.value}"` : r.value);
    });
    expect(cards[0]).toContain('feedback-smtp.ap-northeast-1.amazonses.com');
    expect(cards[1]).toContain('"v=spf1 include:amazonses.com ~all"');
    // the importance label, from the page's texts
    const en = await loadPageCatalogue('en');
    expect(html).toContain(`data-importance="${fix.importance}"`);
    expect(text).toContain(en[`importance.${fix.importance!}` as keyof typeof en]);
  });

  it('shows the live check: both records missing, with the reason in plain text', async () => {
    const { html } = await view('en', true);
    const cards = recordCards(html);
    expect(cards[0]).toContain('(nothing: mail.example.jp does not exist)');
    expect(cards[1]).toContain('(nothing: mail.example.jp does not exist)');
  });

  it('Japanese: the Japanese title, labels and check reason', async () => {
    const en = await view('en');
    const { fix, html } = await view('ja', true);
    expect(fix.title).not.toBe(en.fix.title);
    expect(textOf(html)).toContain(jaWords['section.fixes']);
    expect(fix.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const text = textOf(html);
    expect(text).toContain(fix.title!);
    expect(text).not.toContain(en.fix.title!);
    // the same records, whatever the language
    expect(fix.records).toEqual(en.fix.records);
    const cards = recordCards(html);
    for (const c of cards) for (const k of ['fix.type', 'fix.name', 'fix.value'] as const) expect(c).toContain(jaWords[k]);
    expect(cards[1]).toContain('"v=spf1 include:amazonses.com ~all"');
    expect(cards[0]).toContain('（なし: mail.example.jp は存在しません）');
    const ja = await loadPageCatalogue('ja');
    expect(text).toContain(ja[`importance.${fix.importance!}` as keyof typeof ja]);
  });
});
