// Checks that a Japanese text is a translation of its English counterpart: it differs from the
// English, and it carries the same data (domain names, addresses, dotted values such as
// "RFC 7489 3.2" section numbers): a translation that drops or changes a parameter fails.
import { expect } from 'vitest';

const DOTTED = /[A-Za-z0-9_:-]*[A-Za-z0-9](?:\.[A-Za-z0-9_-]*[A-Za-z0-9]){1,}/g;

/** Dotted data in a text (names, IPv4 addresses, dotted numbers), without the "e.g." sort. */
export function dataTokens(s: string): string[] {
  return [...new Set((s.match(DOTTED) ?? []).filter((t) => !/^(?:[a-z]\.)+[a-z]?$/i.test(t)))].sort();
}

export function expectTranslated(ja: string, en: string, what: string): void {
  expect(typeof ja, what).toBe('string');
  expect(ja, `${what}: not translated`).not.toBe(en);
  expect(ja.trim(), `${what}: empty`).not.toBe('');
  const missing = dataTokens(en).filter((t) => !ja.includes(t));
  expect(missing, `${what}: the Japanese drops data the English carries\n  en: ${en}\n  ja: ${ja}`).toEqual([]);
}

/**
 * The string leaves of two results of the same shape (one produced in Japanese, one in English),
 * paired by position: ja text → en text.
 */
export function pairStrings(ja: unknown, en: unknown, out = new Map<string, string>()): Map<string, string> {
  if (typeof ja === 'string' && typeof en === 'string') {
    if (!out.has(ja)) out.set(ja, en);
  } else if (Array.isArray(ja) && Array.isArray(en)) {
    ja.forEach((x, i) => pairStrings(x, en[i], out));
  } else if (ja && en && typeof ja === 'object' && typeof en === 'object') {
    for (const k of Object.keys(ja)) pairStrings((ja as Record<string, unknown>)[k], (en as Record<string, unknown>)[k], out);
  }
  return out;
}
