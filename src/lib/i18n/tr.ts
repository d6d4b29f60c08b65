// The engines' translator: tr('spf.code', { params }) renders a catalogue text
// (src/lib/findings/{en,ja}/<area>.ts) in the language the entry point loaded. Engines hold codes
// and parameters, no sentences: a missing translation is a type error in the catalogue, and a
// third language touches no protocol logic. RFC terms, record types, DNS names, tags, values and
// result words stay as they are in every language.
import { loadCatalogue, loadedCatalogue, type Catalogue, type TextCode } from '../findings/catalog.ts';
import { renderText } from '../findings/render.ts';
import type { FindingParams } from '../findings/types.ts';

export type TextLang = 'en' | 'ja';

/** Renders a catalogue text (code + parameters) in one language. */
export type Tr = (code: TextCode, params?: FindingParams) => string;

function bind(cat: Catalogue): Tr {
  return (code, params) => renderText(cat, code, params);
}

export const EN: Tr = bind(loadedCatalogue('en'));

/**
 * The translator for a language; anything but 'ja' is English. The language's catalogue must have
 * been loaded (findings/catalog.ts loadCatalogue) or the texts come out in English.
 */
export function translator(lang: TextLang | null | undefined): Tr {
  // (with coded texts on, the worker's, the catalogue gives tokens whatever the language: findings/coded.ts)
  return bind(loadedCatalogue(lang));
}

/** Loads every text of a language the engines render (their catalogue; the page's interface
 * dictionary is the page's own): call it at an entry point (a worker message, a CLI command)
 * before anything renders in that language. */
export async function loadTexts(lang: TextLang | null | undefined): Promise<void> {
  await loadCatalogue(lang === 'ja' ? 'ja' : 'en');
}
