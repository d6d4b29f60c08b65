// The advisor's languages. Every visible text is a catalogue code with parameters, rendered as
// tr('area.topic.what', { params }) from src/lib/findings/{en,ja}/<area>.ts: a missing translation
// is a type error. RFC terms, record types, DNS names, tags, values and the vendors' own (English)
// console labels stay as they are in both. English is the default, and its output is the reference
// the tests pin down. The helper lives in ../i18n/tr.ts (shared with the protocol engines).

export { translator, type Tr, type TextLang as AdviceLang } from '../i18n/tr.ts';
