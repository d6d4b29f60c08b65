// Typed dictionaries. `en` is the source of truth; `ja` must have every key (the type and a
// unit test enforce it). RFC terms (SPF, DKIM, DMARC, MAIL FROM, pass, fail...) stay as they are.
import { en } from './en.ts';
import { ja } from './ja.ts';

export type Lang = 'en' | 'ja';
export type Dict = typeof en;
export type MsgKey = keyof Dict;
export type Params = Record<string, string | number>;
export type T = (key: MsgKey, params?: Params) => string;

export const dictionaries: Record<Lang, Record<MsgKey, string>> = { en, ja };
export const LANGS: Lang[] = ['en', 'ja'];

export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function translator(lang: Lang): T {
  const d = dictionaries[lang] ?? en;
  return (key, params) => format(d[key] ?? en[key] ?? String(key), params);
}

export function detectLang(langs: readonly string[] | undefined): Lang {
  for (const l of langs ?? []) {
    const p = l.toLowerCase().slice(0, 2);
    if (p === 'ja') return 'ja';
    if (p === 'en') return 'en';
  }
  return 'en';
}
