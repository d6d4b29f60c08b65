// Typed dictionaries. `en` is the source of truth; `ja` must have every key (the type and a
// unit test enforce it). RFC terms (SPF, DKIM, DMARC, MAIL FROM, pass, fail...) stay as they are.
import { en } from './en.ts';
import { ja } from './ja.ts';
import { format, type Lang, type MsgKey, type T } from './core.ts';

export * from './core.ts';

export const dictionaries: Record<Lang, Record<MsgKey, string>> = { en, ja };

export function translator(lang: Lang): T {
  const d = dictionaries[lang] ?? en;
  return (key, params) => format(d[key] ?? en[key] ?? String(key), params);
}
