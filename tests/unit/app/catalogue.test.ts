// src/app/catalogue.svelte.ts: the page's own texts come from the worker (the page does not bundle
// them). One request per language, retried after a failure; English stands in for a language not
// loaded yet; before any text has arrived, the codes themselves.
import { describe, expect, it } from 'vitest';
import { catalogue, loadPageTexts, setPageTexts } from '../../../src/app/catalogue.svelte.ts';
import type { AnalyzerClient } from '../../../src/app/analyzer.ts';
import { EN_PAGE_CATALOGUE, loadPageCatalogue, type PageCatalogue } from '../../../src/lib/findings/page.ts';

function fakeClient(answers: (() => Promise<PageCatalogue>)[]) {
  const asked: string[] = [];
  const client = {
    pageTexts: (lang: string) => {
      asked.push(lang);
      return answers.shift()!();
    },
  } as unknown as AnalyzerClient;
  return { client, asked };
}

describe('the page catalogue', () => {
  it('asks the worker once per language, retries after a failure, and falls back to English', async () => {
    // nothing has arrived: no words at all (the codes render as themselves)
    expect(catalogue('en')['importance.required']).toBeUndefined();
    const ja = await loadPageCatalogue('ja');
    const { client, asked } = fakeClient([() => Promise.resolve(EN_PAGE_CATALOGUE), () => Promise.reject(new Error('worker gone')), () => Promise.resolve(ja)]);
    await Promise.all([loadPageTexts(client, 'en'), loadPageTexts(client, 'en')]);
    expect(asked).toEqual(['en']);
    expect(catalogue('en')['importance.required']).toBe(EN_PAGE_CATALOGUE['importance.required']);
    // Japanese not loaded yet: English stands in
    expect(catalogue('ja')).toBe(catalogue('en'));
    await expect(loadPageTexts(client, 'ja')).rejects.toThrow('worker gone');
    expect(catalogue('ja')).toBe(catalogue('en'));
    await loadPageTexts(client, 'ja');
    expect(asked).toEqual(['en', 'ja', 'ja']);
    expect(catalogue('ja')['importance.required']).toBe(ja['importance.required']);
    expect(catalogue('ja')['importance.required']).not.toBe(EN_PAGE_CATALOGUE['importance.required']);
    // loaded: no further request
    await loadPageTexts(client, 'ja');
    expect(asked).toHaveLength(3);
    setPageTexts('en', EN_PAGE_CATALOGUE);
  });
});
