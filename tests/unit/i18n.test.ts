import { describe, it, expect } from 'vitest';
import { LANGS, format, detectLang } from '../../src/lib/i18n/core.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { ja } from '../../src/lib/i18n/ja.ts';

const dictionaries = { en, ja };

describe('dictionaries', () => {
  const keys = Object.keys(dictionaries.en).sort();
  it.each(LANGS)('%s has every key, non-empty, with the same {placeholders}', (lang) => {
    const d = dictionaries[lang];
    expect(Object.keys(d).sort()).toEqual(keys);
    for (const k of keys) {
      const v = d[k as keyof typeof d];
      expect(v, k).toBeTruthy();
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(ph(v), k).toEqual(ph(dictionaries.en[k as keyof typeof d]));
    }
  });
  it('formats and detects', () => {
    expect(format('a {x} b', { x: 1 })).toBe('a 1 b');
    expect(detectLang(['ja-JP', 'en'])).toBe('ja');
    expect(detectLang(['fr'])).toBe('en');
  });
});
