import { dictionaries, format, type Lang, type MsgKey, type Params } from '../lib/i18n/index.ts';
import { loadLang, saveLang } from './settings.ts';

let lang = $state<Lang>(loadLang());

export const i18n = {
  get lang(): Lang {
    return lang;
  },
  set lang(v: Lang) {
    lang = v;
    saveLang(v);
    if (typeof document !== 'undefined') document.documentElement.lang = v;
  },
};

/** Translate a key in the current language (reactive: reads the $state locale). */
export function t(key: MsgKey, params?: Params): string {
  return format(dictionaries[lang][key], params);
}
