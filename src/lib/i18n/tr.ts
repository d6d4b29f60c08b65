// Texts written at their site in both languages, as tr({ en: `…`, ja: `…` }): a missing
// translation is a type error. Used by the fix advisor and the protocol engines' explanations.
// RFC terms, record types, DNS names, tags, values and result words stay as they are in both.
// English is the default, and its output is the reference the tests pin down.

export type TextLang = 'en' | 'ja';

/** One text in both languages. */
export interface Msg {
  en: string;
  ja: string;
}

/** Picks the text of one language. */
export type Tr = (m: Msg) => string;

export const EN: Tr = (m) => m.en;
export const JA: Tr = (m) => m.ja;

/** The picker for a language; anything but 'ja' is English. */
export function translator(lang: TextLang | null | undefined): Tr {
  return lang === 'ja' ? JA : EN;
}
