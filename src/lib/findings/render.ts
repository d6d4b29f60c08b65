// The one rendering layer: catalogue code + parameters → words.
import type { Finding, FindingParams } from './types.ts';

/**
 * A catalogue that keeps texts as codes (./coded.ts, the worker's) answers this key with its token
 * maker: renderText then gives a token to be put into words later, in the language it is shown in.
 * (A symbol, so that this module, which the page uses too, does not import the coded catalogue.)
 */
export const CODE_TEXT: unique symbol = Symbol('codeText');
type CodeText = (code: string, params?: FindingParams) => string;

/**
 * "{name}" in a catalogue text is replaced by params.name; unknown names stay as written. A code
 * the catalogue lacks renders as `fallback`'s text, else as the code itself.
 */
export function renderText<C extends string>(
  cat: Readonly<Record<C, string>>,
  code: C,
  params?: FindingParams,
  fallback?: Readonly<Record<C, string>>,
): string {
  const coded = (cat as { [CODE_TEXT]?: CodeText })[CODE_TEXT];
  if (coded && code in cat) return coded(code, params);
  const template = cat[code] ?? fallback?.[code] ?? code;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : m));
}

export function renderFinding<C extends string>(cat: Readonly<Record<C, string>>, f: Pick<Finding, 'params'> & { code: C }): string {
  return renderText(cat, f.code, f.params);
}

/** The parameter names a catalogue text uses, e.g. ["domain", "ip"]. */
export function textParams(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}
