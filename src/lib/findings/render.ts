// The one rendering layer: catalogue code + parameters → words.
import { EN_CATALOGUE, type Catalogue, type TextCode } from './catalog.ts';
import type { Finding, FindingParams } from './types.ts';

/** "{name}" in a catalogue text is replaced by params.name; unknown names stay as written. */
export function renderText(cat: Catalogue, code: TextCode, params?: FindingParams): string {
  const template = cat[code] ?? EN_CATALOGUE[code] ?? code;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : m));
}

export function renderFinding(cat: Catalogue, f: Pick<Finding, 'code' | 'params'>): string {
  return renderText(cat, f.code, f.params);
}

/** The parameter names a catalogue text uses, e.g. ["domain", "ip"]. */
export function textParams(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}
