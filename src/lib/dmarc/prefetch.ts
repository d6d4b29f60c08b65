// DMARC prefetch: every name evaluateDmarc's tree walks may ask is known from the message alone
// (the From domains, the SPF identity's domain, each DKIM d=), but a walk asks them one after
// another (RFC 9989 4.10) and the alignment walks start only once SPF and DKIM are done. Asking
// them all at once, at the start, through a caching resolver (in-flight dedupe + cache) lets the
// walks run unchanged, in their order, with their answers already there or on the way.
import type { Resolver } from '../dns/types.ts';
import { toALabel } from '../domain/names.ts';
import { treeWalkQueryNames } from './tree-walk.ts';
import { MAX_ALIGNMENT_WALKS, MAX_FROM_DOMAINS } from './evaluate.ts';

export interface DmarcPrefetchInput {
  /** as given to evaluateDmarc */
  fromDomains: string[];
  /** the domains alignment may walk from: the SPF identity's domain (MAIL FROM or HELO), each DKIM d= */
  identifierDomains: (string | null | undefined)[];
}

/**
 * The TXT names evaluateDmarc can ask in its tree walks for these identifiers, within its bounds
 * (MAX_FROM_DOMAINS From domains, MAX_ALIGNMENT_WALKS identifier walks): the discovery walk of
 * each From domain and the alignment walk of each other identifier. A walk that stops early
 * (psd=, DNS error), or a discovery that finds no usable record, asks fewer of them.
 */
export function dmarcPrefetchNames(input: DmarcPrefetchInput): string[] {
  const names = new Set<string>();
  const authors = new Set<string>();
  for (const raw of (Array.isArray(input?.fromDomains) ? input.fromDomains : []).slice(0, MAX_FROM_DOMAINS)) {
    const d = typeof raw === 'string' ? toALabel(raw) : null;
    if (!d || authors.has(d)) continue;
    authors.add(d);
    for (const n of treeWalkQueryNames(d)) names.add(n);
  }
  if (!authors.size) return [];
  const walked = new Set<string>();
  for (const raw of Array.isArray(input?.identifierDomains) ? input.identifierDomains : []) {
    const d = typeof raw === 'string' ? toALabel(raw) : null;
    if (!d || authors.has(d) || walked.has(d)) continue;
    if (walked.size >= MAX_ALIGNMENT_WALKS) break;
    walked.add(d);
    for (const n of treeWalkQueryNames(d)) names.add(n);
  }
  return [...names];
}

/**
 * Asks every dmarcPrefetchNames() name (TXT) through `resolver` at once, and nothing else. Meant
 * for a resolver that dedupes and caches (CachingResolver): on a plain one it only adds queries.
 * Resolves when every answer is in; never rejects.
 */
export function prefetchDmarc(input: DmarcPrefetchInput, resolver: Resolver): Promise<void> {
  const ask = async (name: string) => {
    try {
      await resolver.query(name, 'TXT');
    } catch {
      // the walk asks again and reports the failure
    }
  };
  return Promise.all(dmarcPrefetchNames(input).map(ask)).then(() => undefined);
}

const FWS_EDGES = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/**
 * The d= of each DKIM-Signature field value (binary strings, folding kept), as far as a plain
 * tag=value reading gives it: only to choose names to prefetch, never for a verdict.
 */
export function signingDomains(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    for (const part of v.split(';')) {
      const eq = part.indexOf('=');
      if (eq < 0 || part.slice(0, eq).replace(FWS_EDGES, '') !== 'd') continue;
      const d = part.slice(eq + 1).replace(FWS_EDGES, '');
      if (d) out.push(d);
      break;
    }
  }
  return out;
}
