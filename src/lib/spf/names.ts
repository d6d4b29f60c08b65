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
  if (n.length === 0) return tr({ en: 'the domain is empty', ja: 'ドメインが空です' });
  if (n.length > 253) return tr({ en: `the domain is ${n.length} characters long (at most 253)`, ja: `ドメインの長さが ${n.length} 文字あります (最大 253 文字)` });
  if (n.startsWith('[')) return tr({ en: `"${n}" is an address literal, not a domain name`, ja: `"${n}" はアドレスリテラルで、ドメイン名ではありません` });
  const labels = n.split('.');
  if (labels.length < 2) return tr({ en: `"${n}" is not a fully qualified (multi-label) domain name`, ja: `"${n}" は完全修飾 (複数ラベル) のドメイン名ではありません` });
  for (const l of labels) {
    if (l.length === 0) return tr({ en: `"${n}" has an empty label`, ja: `"${n}" に空のラベルがあります` });
    if (l.length > 63) return tr({ en: `"${n}" has a label longer than 63 characters`, ja: `"${n}" に 63 文字を超えるラベルがあります` });
    if (!/^[A-Za-z0-9_-]+$/.test(l)) return tr({ en: `"${n}" contains characters not allowed in a host name`, ja: `"${n}" にホスト名に使えない文字が含まれています` });
  }
  if (!isTopLabel(labels[labels.length - 1]!)) return tr({ en: `"${n}" does not end in a valid top-level label`, ja: `"${n}" は有効なトップレベルラベルで終わっていません` });
  return null;
}
