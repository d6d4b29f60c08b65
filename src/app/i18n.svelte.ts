// The page's language: English is built in, Japanese is fetched when chosen (its own chunk).
import { en } from '../lib/i18n/en.ts';
import { format, type Lang, type MsgKey, type Params } from '../lib/i18n/core.ts';
import { loadLang, saveLang } from './settings.ts';

let lang = $state<Lang>(loadLang());
let dict = $state.raw<Record<MsgKey, string>>(en);

/** Loads the dictionary of a language (call before mount, and on a switch). */
export async function loadDictionary(l: Lang): Promise<void> {
  const d = l === 'ja' ? (await import('../lib/i18n/ja.ts')).ja : en;
  if (lang === l) dict = d;
}

export const i18n = {
  get lang(): Lang {
    return lang;
  },
  /** the reader's choice: applied and remembered */
  set lang(v: Lang) {
    viewLang(v);
    saveLang(v);
  },
};

/** A language for this view only (a shared link's): applied, never remembered. */
export function viewLang(v: Lang): void {
  lang = v;
  if (typeof document !== 'undefined') document.documentElement.lang = v;
  void loadDictionary(v);
}

/** Translate a key in the current language (reactive: reads the $state dictionary). */
export function t(key: MsgKey, params?: Params): string {
  return format(dict[key] ?? en[key], params);
}
