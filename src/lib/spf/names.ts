// Domain-name checks used by check_host (RFC 7208 4.3) and for expanded targets.
import { isTopLabel } from './macro.ts';
import { EN, type Tr } from '../i18n/tr.ts';

/** Labels 1..63 characters, total at most 253 (one trailing dot allowed). */
export function isQueryableName(name: string): boolean {
  const n = name.endsWith('.') ? name.slice(0, -1) : name;
  if (n.length === 0 || n.length > 253) return false;
  return n.split('.').every((l) => l.length > 0 && l.length <= 63);
}

/**
 * RFC 7208 4.3: the <domain> must be a fully qualified, multi-label name; otherwise check_host()
 * returns "none" without a query. Host names only (letters, digits, hyphen, underscore), so a
 * domain literal like [192.0.2.1] or a bare IP address is not a domain.
 */
export function domainProblem(name: string, tr: Tr = EN): string | null {
  const n = name.endsWith('.') ? name.slice(0, -1) : name;
  if (n.length === 0) return tr('spf.domain.empty');
  if (n.length > 253) return tr('spf.domain.too-long', { length: n.length });
  if (n.startsWith('[')) return tr('spf.domain.address-literal', { name: n });
  const labels = n.split('.');
  if (labels.length < 2) return tr('spf.domain.single-label', { name: n });
  for (const l of labels) {
    if (l.length === 0) return tr('spf.domain.empty-label', { name: n });
    if (l.length > 63) return tr('spf.domain.long-label', { name: n });
    if (!/^[A-Za-z0-9_-]+$/.test(l)) return tr('spf.domain.bad-characters', { name: n });
  }
  if (!isTopLabel(labels[labels.length - 1]!)) return tr('spf.domain.bad-top-label', { name: n });
  return null;
}
