// Record templates: a name or value with placeholder tokens (e.g. "<token1>._domainkey.example.com").
// A template becomes an anchored regular expression in which each token matches its Placeholder.shape,
// so a real value can be recognised without knowing the token's value.
import type { Placeholder } from './types.ts';

/** A placeholder as it arrives in a Fix or a report's ReportFix (whose placeholders may lack `shape`). */
export interface TemplateToken {
  token: string;
  shape?: string;
}

/** Used when a placeholder carries no (usable) shape: one run of non-space characters. */
const FALLBACK_SHAPE = '[^\\s";]{1,4096}';
const MAX_SHAPE = 300;
const MAX_TEMPLATE = 8192;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function safeShape(shape: string | undefined): string {
  if (typeof shape !== 'string' || !shape || shape.length > MAX_SHAPE) return FALLBACK_SHAPE;
  try {
    // a shape must compile on its own and must not add numbered groups of its own
    new RegExp(shape);
    if (/\((?!\?:)/.test(shape.replace(/\\./g, ''))) return FALLBACK_SHAPE;
    return shape;
  } catch {
    return FALLBACK_SHAPE;
  }
}

/** The placeholders whose token occurs in `text`. */
export function tokensIn(text: string, placeholders: readonly TemplateToken[] | undefined): TemplateToken[] {
  return (placeholders ?? []).filter((p) => typeof p?.token === 'string' && p.token !== '' && text.includes(p.token));
}

export function hasPlaceholders(text: string, placeholders: readonly TemplateToken[] | undefined): boolean {
  return tokensIn(text, placeholders).length > 0;
}

export interface CompiledTemplate {
  re: RegExp;
  /** group name → token */
  groups: Map<string, string>;
}

/**
 * The template as an anchored, case-insensitive expression. A token used twice must match the
 * same text both times (a back-reference).
 */
export function compileTemplate(text: string, placeholders: readonly TemplateToken[] | undefined): CompiledTemplate {
  const src = text.slice(0, MAX_TEMPLATE);
  const toks = tokensIn(src, placeholders).sort((a, b) => b.token.length - a.token.length);
  const groups = new Map<string, string>();
  const nameOf = new Map<string, string>();
  let out = '';
  let lit = '';
  for (let i = 0; i < src.length; ) {
    const t = toks.find((p) => src.startsWith(p.token, i));
    if (!t) {
      lit += src[i];
      i++;
      continue;
    }
    out += escapeRe(lit);
    lit = '';
    const seen = nameOf.get(t.token);
    if (seen) out += `\\k<${seen}>`;
    else {
      const g = `t${nameOf.size}`;
      nameOf.set(t.token, g);
      groups.set(g, t.token);
      out += `(?<${g}>${safeShape(t.shape)})`;
    }
    i += t.token.length;
  }
  out += escapeRe(lit);
  return { re: new RegExp(`^${out}$`, 'i'), groups };
}

/** The token values when `value` fits the template, else null. */
export function matchTemplate(text: string, placeholders: readonly TemplateToken[] | undefined, value: string): Record<string, string> | null {
  const { re, groups } = compileTemplate(text, placeholders);
  const m = re.exec(value.slice(0, MAX_TEMPLATE));
  if (!m) return null;
  const out: Record<string, string> = {};
  for (const [g, token] of groups) {
    const v = m.groups?.[g];
    if (v !== undefined) out[token] = v;
  }
  return out;
}

/** The template with the given tokens replaced by their values. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  let out = text;
  for (const token of Object.keys(values).sort((a, b) => b.length - a.length)) out = out.split(token).join(values[token]!);
  return out;
}

/** Placeholders still used by a filled record. */
export function remainingPlaceholders(name: string, value: string, placeholders: Placeholder[] | undefined): Placeholder[] {
  return (placeholders ?? []).filter((p) => name.includes(p.token) || value.includes(p.token));
}

/** Lowercase, trimmed, without trailing dots, but with placeholder tokens kept as written (e.g. "<YYYYMMDDhhmmss>"). */
export function normTemplateName(text: string, placeholders: readonly TemplateToken[] | undefined): string {
  const src = text.trim().replace(/\.+$/, '');
  const toks = tokensIn(src, placeholders).sort((a, b) => b.token.length - a.token.length);
  let out = '';
  for (let i = 0; i < src.length; ) {
    const t = toks.find((p) => src.startsWith(p.token, i));
    if (t) {
      out += t.token;
      i += t.token.length;
    } else {
      out += src[i]!.toLowerCase();
      i++;
    }
  }
  return out;
}
