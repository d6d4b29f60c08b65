// The catalogues: one per language, each the union of one file per area (./en/*.ts, ./ja/*.ts).
// English is bundled; another language is loaded on demand (its own chunk in the page and the
// worker) and then kept, so code that renders synchronously (the engines' translator,
// i18n/tr.ts) can use it. A key missing from a language, or a text whose {parameters} differ
// from English, is a type error or a failing unit test (tests/unit/findings/catalog.test.ts).
import { en } from './en/index.ts';

export type TextCode = keyof typeof en;
export type Catalogue = Readonly<Record<TextCode, string>>;
export type CatalogueLang = 'en' | 'ja';

export { en as EN_CATALOGUE };

const loaded: Partial<Record<CatalogueLang, Catalogue>> = { en };

/** The catalogue of a language, loading it once; anything but 'ja' is English. */
export async function loadCatalogue(lang: CatalogueLang | null | undefined): Promise<Catalogue> {
  if (lang !== 'ja') return en;
  return (loaded.ja ??= (await import('./ja/index.ts')).ja);
}

/**
 * The catalogue the engines render with: the language's if it has been loaded (loadCatalogue),
 * else English; with coded texts on (./coded.ts, the worker), the coded catalogue whatever the
 * language. Entry points (analyzeMessage, the CLI, the page) load the language before any engine
 * renders a text.
 */
export function loadedCatalogue(lang: CatalogueLang | null | undefined): Catalogue {
  return override ?? languageCatalogue(lang);
}

let override: Catalogue | null = null;

/** One catalogue for every engine whatever the language (./coded.ts: texts kept as codes), or null. */
export function overrideCatalogue(cat: Catalogue | null): void {
  override = cat;
}

/** The words of a language if it has been loaded, else English (never the coded catalogue). */
export function languageCatalogue(lang: CatalogueLang | null | undefined): Catalogue {
  return (lang === 'ja' ? loaded.ja : undefined) ?? en;
}
