// Several v=spf1 records at one name (a permerror, RFC 7208 4.5) → the one record to publish:
// every mechanism of every record once, in order of appearance; one `all` term, the strictest
// any record has (none when no record has one); a redirect becomes an include (the merged
// record has an `all`, and redirect is ignored beside one); exp= once. Pure; the lookup count
// of the result is checked by spf-limit.ts with our own lint.
import { isAllTerm, spfTerms } from './spf-text.ts';
import type { SpfChange } from './spf-repair.ts';

export interface SpfMerge {
  merged: string;
  notes: SpfChange[];
}

const ALL_RANK: Record<string, number> = { '+': 0, '?': 1, '~': 2, '-': 3 };

function allQualifier(term: string): string {
  return /^[-+~?]/.test(term) ? term[0]! : '+';
}

export function mergeSpfRecords(records: string[]): SpfMerge {
  const terms: string[] = [];
  const alls: string[] = [];
  const exps: string[] = [];
  const notes: SpfChange[] = [];
  const redirects: string[] = [];
  const push = (t: string) => {
    if (!terms.some((x) => x.toLowerCase() === t.toLowerCase())) terms.push(t);
  };
  for (const r of records) {
    for (const t of spfTerms(r)) {
      if (isAllTerm(t)) alls.push(t.toLowerCase());
      else if (/^exp=/i.test(t)) exps.push(t);
      else if (/^redirect=/i.test(t)) redirects.push(t);
      else push(t);
    }
  }
  let all: string | null = null;
  for (const a of alls) if (all === null || ALL_RANK[allQualifier(a)]! > ALL_RANK[allQualifier(all)]!) all = a;
  const distinctAlls = [...new Set(alls)];
  if (distinctAlls.length > 1 && all) notes.push({ code: 'advice.spf.merge.all', params: { alls: distinctAlls.join(', '), all } });
  // a redirect: kept as is when it is the only way the records end, else it becomes an include
  let tail: string[] = [];
  if (redirects.length) {
    if (!all && new Set(redirects.map((r) => r.toLowerCase())).size === 1) tail = [redirects[0]!];
    else {
      for (const r of redirects) {
        const domain = r.slice('redirect='.length);
        notes.push({ code: 'advice.spf.merge.redirect', params: { was: r, domain } });
        push(`include:${domain}`);
      }
    }
  }
  const distinctExp = [...new Set(exps.map((e) => e.toLowerCase()))];
  if (distinctExp.length > 1) notes.push({ code: 'advice.spf.merge.exp', params: { kept: exps[0]! } });
  const merged = ['v=spf1', ...terms, ...(all ? [all] : []), ...tail, ...(exps.length ? [exps[0]!] : [])].join(' ');
  return { merged, notes };
}
