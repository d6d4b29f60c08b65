// Texts kept as codes until they are shown. With coded texts on (the worker turns them on), the
// engines' translator and every catalogue lookup give a token that carries the code and its
// parameters instead of the sentence; the report is built once, from the message and the DNS
// answers, and put into words for the language it is shown in (renderCoded). A language switch
// renders the same report again: no new analysis, no DNS query, the same verdict.
//
// A token is U+E000, this instance's nonce, the code and parameters as JSON with the two marker
// characters written as JSON escapes (so no marker can hide in it, and a nested token is plain
// JSON text inside it), U+E001. A message or a DNS answer can hold U+E000 too,
// but not the nonce: it is drawn at random when the module loads and never leaves the process
// (only rendered texts are posted), so nothing from outside can pass for a text of ours.
import { en } from './en/index.ts';
import { overrideCatalogue, type Catalogue, type TextCode } from './catalog.ts';
import { CODE_TEXT, renderText } from './render.ts';
import type { FindingParams } from './types.ts';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const NONCE = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
const START = OPEN + NONCE;
const TOKEN = new RegExp(`${OPEN}${NONCE}([^${OPEN}${CLOSE}]*)${CLOSE}`, 'g');
const MARKERS = /[\uE000\uE001]/g;
const escapeMarker = (c: string) => (c === OPEN ? '\\ue000' : '\\ue001');
/** nested parameters deeper than this are not rendered (no analysis nests more than a few) */
const MAX_DEPTH = 8;

/** Turns coded texts on or off for this process (the worker: on, once, before any analysis). */
export function setCodedTexts(value: boolean): void {
  overrideCatalogue(value ? CODED : null);
}

/** A token for a catalogue text and its parameters. */
export function codeText(code: string, params?: FindingParams): string {
  return START + JSON.stringify(params ? [code, params] : [code]).replace(MARKERS, escapeMarker) + CLOSE;
}

/**
 * The catalogue the engines see while coded texts are on: every code of the English catalogue
 * answers with its token ("has" and "get" as the real catalogues do; a code no catalogue has
 * stays missing).
 */
export const CODED: Catalogue = new Proxy({} as Catalogue, {
  get: (_t, k) => (k === CODE_TEXT ? codeText : typeof k === 'string' && Object.prototype.hasOwnProperty.call(en, k) ? codeText(k) : undefined),
  has: (_t, k) => typeof k === 'string' && Object.prototype.hasOwnProperty.call(en, k),
  ownKeys: () => Reflect.ownKeys(en),
  getOwnPropertyDescriptor: (_t, k) =>
    typeof k === 'string' && Object.prototype.hasOwnProperty.call(en, k) ? { configurable: true, enumerable: true, value: codeText(k) } : undefined,
});

export type TextRenderer = (code: TextCode, params?: FindingParams) => string;

function renderString(s: string, render: TextRenderer, depth: number): string {
  if (!s.includes(START)) return s;
  return s.replace(TOKEN, (whole, body: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return whole;
    }
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') return whole;
    const [code, params] = parsed as [TextCode, FindingParams | undefined];
    if (!params) return render(code);
    const p: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params)) p[k] = typeof v === 'string' && depth < MAX_DEPTH ? renderString(v, render, depth + 1) : v;
    return render(code, p);
  });
}

/**
 * A copy of a value (a report, a message to the page) with every token put into words. Plain
 * objects and arrays are copied; strings without a token, and every other value (bytes, numbers),
 * are kept as they are.
 */
export function renderCoded<T>(value: T, render: TextRenderer): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return renderString(v, render, 0);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v) as object | null)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

/** A text as words, for code that searches it: tokens in English, any other text as it is. */
export function plainText(s: string): string {
  return s.includes(START) ? renderString(s, (code, params) => renderText(en, code, params), 0) : s;
}
