// The advisor's languages. Every visible text is written at its site in both languages, as
// tr({ en: `…`, ja: `…` }): a missing translation is a type error. RFC terms, record types, DNS
// names, tags, values and the vendors' own (English) console labels stay as they are in both.
// English is the default, and its output is the reference the tests pin down.

export type AdviceLang = 'en' | 'ja';

/** One text in both languages. */
export interface Msg {
  en: string;
  ja: string;
}

/** Picks the text of one language. */
export type Tr = (m: Msg) => string;

const EN: Tr = (m) => m.en;
const JA: Tr = (m) => m.ja;

/** The picker for a language; anything but 'ja' is English. */
export function translator(lang: AdviceLang | null | undefined): Tr {
  return lang === 'ja' ? JA : EN;
}

/** A list of items joined the way the language does: "a, b" / "a、b". */
export function joinList(tr: Tr, items: readonly string[]): string {
  return items.join(tr({ en: ', ', ja: '、' }));
}
