// Identifier alignment (RFC 9989 3.2.10, 4.4).
import { toALabel } from './names.ts';

export type OrgDomainFn = (domain: string) => string | null;

/**
 * Strict: the two domains are identical (case-insensitive, compared as A-labels).
 * Relaxed: identical, or both have the same Organizational Domain according to `org`.
 * Relaxed alignment is symmetric: news.example.com aligns with example.com and the reverse.
 */
export function aligned(a: string, b: string, mode: 'r' | 's', org: OrgDomainFn): boolean {
  const x = toALabel(a);
  const y = toALabel(b);
  if (!x || !y) return false;
  if (x === y) return true;
  if (mode === 's') return false;
  const ox = org(x);
  return ox !== null && ox === org(y);
}

/** How two aligned (relaxed) domains relate, for the explanation. */
export function alignmentDirection(author0: string, identifier0: string): 'same' | 'identifier-is-parent' | 'identifier-is-child' | 'siblings' {
  // compared as A-labels, like alignment itself (bücher.example is xn--bcher-kva.example)
  const author = toALabel(author0) ?? author0.toLowerCase();
  const identifier = toALabel(identifier0) ?? identifier0.toLowerCase();
  if (author === identifier) return 'same';
  if (author.endsWith(`.${identifier}`)) return 'identifier-is-parent';
  if (identifier.endsWith(`.${author}`)) return 'identifier-is-child';
  return 'siblings';
}
