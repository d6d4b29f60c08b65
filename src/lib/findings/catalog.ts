// The catalogues: one per language, each the union of one file per area (./en/*.ts, ./ja/*.ts).
// English is bundled; another language is loaded on demand (its own chunk in the page and the
// worker). A key missing from a language, or a text whose {parameters} differ from English, is
// a type error or a failing unit test (tests/unit/findings/catalog.test.ts).
import { en } from './en/index.ts';

export type TextCode = keyof typeof en;
export type Catalogue = Readonly<Record<TextCode, string>>;
export type CatalogueLang = 'en' | 'ja';

export { en as EN_CATALOGUE };

/** The catalogue of a language; anything but 'ja' is English. */
export async function loadCatalogue(lang: CatalogueLang | null | undefined): Promise<Catalogue> {
  if (lang === 'ja') return (await import('./ja/index.ts')).ja;
  return en;
}
