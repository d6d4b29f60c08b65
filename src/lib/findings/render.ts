// The one rendering layer: catalogue code + parameters → words.
import type { Finding, FindingParams } from './types.ts';

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
