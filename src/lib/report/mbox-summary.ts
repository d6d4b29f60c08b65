// The mbox summary: one line per sending source (the From domain and the service or MAIL FROM
// domain that sent for it), with how many messages passed and failed DMARC and how they aligned.
import type { MboxRow } from './mbox-row.ts';
import { compareNames } from '../util/compare.ts';

export interface SourceLine {
  /** stable key: fromDomain + source */
  key: string;
  fromDomain: string;
  /** the detected service, else the MAIL FROM domain, else "—" */
  source: string;
  mailFrom: string | null;
  count: number;
  pass: number;
  fail: number;
  /** DMARC none / temperror / permerror */
  other: number;
  /** SPF passed aligned (DMARC sense) */
  spfAligned: number;
  /** a DKIM signature passed aligned */
  dkimAligned: number;
  /** neither: DMARC cannot pass */
  unaligned: number;
  errors: number;
}

export type SourceSortKey = 'fromDomain' | 'source' | 'count' | 'pass' | 'fail' | 'spfAligned' | 'dkimAligned' | 'unaligned';

/** Groups the rows analysed so far (holes are rows still being analysed). */
export function summariseSources(rows: readonly (MboxRow | undefined)[]): SourceLine[] {
  const map = new Map<string, SourceLine>();
  for (const r of rows) {
    if (!r) continue;
    const fromDomain = r.fromDomain ?? '—';
    const source = r.provider ?? r.mailFrom ?? '—';
    const key = `${fromDomain}\u0000${source}`;
    let l = map.get(key);
    if (!l) {
      l = { key, fromDomain, source, mailFrom: r.mailFrom, count: 0, pass: 0, fail: 0, other: 0, spfAligned: 0, dkimAligned: 0, unaligned: 0, errors: 0 };
      map.set(key, l);
    }
    l.count++;
    if (r.error) {
      l.errors++;
      continue;
    }
    if (r.dmarc === 'pass') l.pass++;
    else if (r.dmarc === 'fail') l.fail++;
    else l.other++;
    const spf = r.dmarcSpfAligned ?? (r.spf === 'pass' && r.spfAligned);
    const dkim = r.dmarcDkimAligned ?? r.dkimAligned;
    if (spf) l.spfAligned++;
    if (dkim) l.dkimAligned++;
    if (!spf && !dkim) l.unaligned++;
  }
  return [...map.values()];
}

/** Sorted copy: numbers descending by default, names ascending; ties by count then name. */
export function sortSources(lines: readonly SourceLine[], key: SourceSortKey, descending = key !== 'fromDomain' && key !== 'source'): SourceLine[] {
  const dir = descending ? -1 : 1;
  return [...lines].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareNames(String(x), String(y));
    return c * dir || b.count - a.count || compareNames(a.fromDomain, b.fromDomain) || compareNames(a.source, b.source);
  });
}
