// Small SPF text helpers for building and comparing records (the full parser lives in lib/spf).
// Which TXT strings are SPF records is the parser's one rule (RFC 7208 4.5), so the advisor
// counts existing records exactly as receivers do.
export { isSpfRecordText as isSpfRecord } from '../spf/parse.ts';

const MAX_TERMS = 64;

/** The terms after "v=spf1", bounded. */
export function spfTerms(txt: string): string[] {
  return txt.trim().split(/\s+/, MAX_TERMS + 1).slice(1, MAX_TERMS + 1);
}

/** `all` with any qualifier, e.g. "~all". */
export function isAllTerm(term: string): boolean {
  return /^[-+~?]?all$/i.test(term);
}

/**
 * The record with `term` added before its `all` (or `redirect=`), where it takes effect
 * (RFC 7208 4.6.2: mechanisms are evaluated left to right, and `all` matches everything).
 * null when the term is already there.
 */
export function addSpfTerm(record: string, term: string): string | null {
  const terms = spfTerms(record);
  if (terms.some((t) => t.toLowerCase() === term.toLowerCase())) return null;
  const at = terms.findIndex((t) => isAllTerm(t) || /^redirect=/i.test(t));
  const out = at < 0 ? [...terms, term] : [...terms.slice(0, at), term, ...terms.slice(at)];
  return ['v=spf1', ...out].join(' ');
}
