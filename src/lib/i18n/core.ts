// The page's interface dictionaries (./en.ts, ./ja.ts), without either of them: types, placeholder
// formatting, language detection. `en` is the source of truth; `ja` must have every key (its type
// and tests/unit/i18n.test.ts). Only the page loads a dictionary (src/app/i18n.svelte.ts, one at a
// time); the engines, the worker and the CLI render the findings catalogue (./tr.ts).
import type { en } from './en.ts';

export type Lang = 'en' | 'ja';
export type Dict = typeof en;
export type MsgKey = keyof Dict;
export type Params = Record<string, string | number>;

export const LANGS: Lang[] = ['en', 'ja'];

export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function detectLang(langs: readonly string[] | undefined): Lang {
  for (const l of langs ?? []) {
    const p = l.toLowerCase().slice(0, 2);
    if (p === 'ja') return 'ja';
    if (p === 'en') return 'en';
  }
  return 'en';
}
