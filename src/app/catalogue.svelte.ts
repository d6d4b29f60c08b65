// The page's findings catalogue (the areas the page renders itself: lib/findings/page.ts), reactive.
// The page does not bundle it: the worker has every text anyway and sends these (pageTexts) before
// the first report is shown (Analysis awaits loadPageTexts beside each analysis). Until then, and
// in a language not loaded yet, English if loaded, else the codes themselves.
import type { PageCatalogue } from '../lib/findings/page.ts';
import type { AnalyzerClient } from './analyzer.ts';

type Lang = 'en' | 'ja';
let loaded = $state.raw<Partial<Record<Lang, PageCatalogue>>>({});
/** requests under way (not reactive: nothing renders from them) */
const pending: Partial<Record<Lang, Promise<void>>> = {};
const NONE = {} as PageCatalogue;

/** The catalogue for `lang`: English until that language has loaded, nothing before English has. */
export function catalogue(lang: Lang): PageCatalogue {
  return loaded[lang] ?? loaded.en ?? NONE;
}

/** The texts of a language, asked of the worker once (again after a failure). */
export function loadPageTexts(client: AnalyzerClient, lang: Lang): Promise<void> {
  if (loaded[lang]) return Promise.resolve();
  return (pending[lang] ??= client.pageTexts(lang).then(
    (texts) => setPageTexts(lang, texts),
    (e: unknown) => {
      delete pending[lang];
      throw e;
    },
  ));
}

/** Puts a language's texts in place (the worker's answer; tests and server rendering set them directly). */
export function setPageTexts(lang: Lang, texts: PageCatalogue): void {
  loaded = { ...loaded, [lang]: texts };
}
