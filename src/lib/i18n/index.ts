// Typed dictionaries of the page's interface words. `en` is the source of truth; `ja` must have
// every key (the type and a unit test enforce it). RFC terms (SPF, DKIM, DMARC, MAIL FROM, pass,
// fail...) stay as they are. English is bundled; Japanese is loaded on demand (its own chunk in the
// worker), so an English reader never downloads it.
import { en } from './en.ts';
import { format, type Lang, type MsgKey, type T } from './core.ts';

export * from './core.ts';

const loaded: Partial<Record<Lang, Record<MsgKey, string>>> = { en };

/** Loads the dictionary of a language once (before translator(lang) is used). */
export async function loadDictionary(lang: Lang | null | undefined): Promise<void> {
  if (lang === 'ja') loaded.ja ??= (await import('./ja.ts')).ja;
}

/** The translator of a loaded language (loadDictionary), else English. */
export function translator(lang: Lang): T {
  const d = loaded[lang] ?? en;
  return (key, params) => format(d[key] ?? en[key] ?? String(key), params);
}
