// The advisor's languages. Every visible text is written at its site in both languages, as
// tr({ en: `…`, ja: `…` }): a missing translation is a type error. RFC terms, record types, DNS
// names, tags, values and the vendors' own (English) console labels stay as they are in both.
// English is the default, and its output is the reference the tests pin down.
// The helper lives in ../i18n/tr.ts (shared with the protocol engines).

export { translator, type Msg, type Tr, type TextLang as AdviceLang } from '../i18n/tr.ts';
