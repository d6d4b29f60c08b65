// The parts of i18n that need no dictionary: types, placeholder formatting, language detection.
// (The page loads one dictionary at a time; the worker and the CLI use index.ts.)
import type { en } from './en.ts';

export type Lang = 'en' | 'ja';
export type Dict = typeof en;
export type MsgKey = keyof Dict;
export type Params = Record<string, string | number>;
export type T = (key: MsgKey, params?: Params) => string;

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
