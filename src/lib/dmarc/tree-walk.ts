// RFC 9989 4.10 DNS Tree Walk and 4.10.2 Organizational Domain selection.
import { isTransientFailure, type DnsStatus, type Resolver } from '../dns/types.ts';
import { isDmarcRecordText, parseDmarcRecord, type DmarcRecord } from './record.ts';
import { isValidDnsName, labelCount, lastLabels, toALabel } from '../domain/names.ts';
import { RecordingResolver } from '../domain/recording-resolver.ts';
import { EN, type Tr } from '../i18n/tr.ts';

/** RFC 9989 4.10: at most eight queries; a name of eight or more labels is cut to seven. */
export const MAX_WALK_QUERIES = 8;
const CUT_TO_LABELS = 7;

export interface TreeWalkQuery {
  /** the name queried, `_dmarc.<domain>` */
  name: string;
  domain: string;
  status: DnsStatus;
  /** every TXT answer as received (character-strings joined) */
  answers: string[];
  /** the single DMARC record kept at this name, if any */
  kept: string | null;
  /** why answers were dropped: not starting with v=DMARC1, or several DMARC records */
  dropped: { text: string; reason: 'not-dmarc' | 'multiple' }[];
  error?: string;
}

export interface TreeWalkRecord {
  domain: string;
  text: string;
  record: DmarcRecord;
}

export interface TreeWalkResult {
  start: string;
  queries: TreeWalkQuery[];
  /** the records kept, longest name first */
  records: TreeWalkRecord[];
  /** why the walk ended */
  stop: 'psd' | 'end' | 'dns-error' | 'invalid-name';
  error?: string;
}

/** The names a full walk from `start` would query, in order (RFC 9989 4.10 steps 3-7). */
export function walkNames(start: string): string[] {
  const names = [start];
  let cur = start;
  while (names.length < MAX_WALK_QUERIES) {
    const x = labelCount(cur);
    if (x <= 1) break;
    cur = x >= 8 ? lastLabels(cur, CUT_TO_LABELS) : lastLabels(cur, x - 1);
    names.push(cur);
  }
  return names;
}

/** The (domain, `_dmarc.<domain>`) pairs treeWalk asks, in order, for an A-label domain. */
function walkQueries(domain: string): { domain: string; qname: string }[] {
  const out: { domain: string; qname: string }[] = [];
  for (const name of walkNames(domain)) {
    const qname = `_dmarc.${name}`;
    // A name over 253 characters cannot exist; asking would only produce a resolver error.
    if (isValidDnsName(qname)) out.push({ domain: name, qname });
  }
  return out;
}

/**
 * Every name treeWalk(start) can query (TXT), in its order: the walk asks exactly these, or a
 * prefix of them when a psd= record or a DNS error ends it early. Empty for an invalid name.
 * For prefetching: asking them all at once lets a caching resolver answer the walk's
 * one-after-another queries without a round trip each.
 */
export function treeWalkQueryNames(start: string): string[] {
  const domain = toALabel(start);
  return domain ? walkQueries(domain).map((q) => q.qname) : [];
}

/**
 * Walk from `start` up the DNS tree. Records not starting with v=DMARC1 are dropped; several
 * DMARC records at one name are all dropped; a single record with psd=y or psd=n stops the walk.
 * A transient DNS failure stops the walk too (`stop: 'dns-error'`): what was found before stays.
 */
export async function treeWalk(start: string, resolver: Resolver): Promise<TreeWalkResult> {
  const domain = toALabel(start);
  const res: TreeWalkResult = { start: domain ?? start, queries: [], records: [], stop: 'end' };
  if (!domain) return { ...res, stop: 'invalid-name', error: `"${start}" is not a valid domain name` };
  const dns = RecordingResolver.wrap(resolver);
  for (const { domain: name, qname } of walkQueries(domain)) {
    const r = await dns.query(qname, 'TXT');
    const q: TreeWalkQuery = { name: qname, domain: name, status: r.status, answers: r.answers.map((a) => a.data), kept: null, dropped: [] };
    res.queries.push(q);
    if (isTransientFailure(r)) {
      // SERVFAIL says it all; the resolver's English gloss of it would reach every language's text
      q.error = r.error && r.status !== 'SERVFAIL' ? `${r.status}: ${r.error}` : r.status;
      return { ...res, stop: 'dns-error', error: `${qname}: ${q.error}` };
    }
    const dmarc = q.answers.filter(isDmarcRecordText);
    for (const a of q.answers) if (!isDmarcRecordText(a)) q.dropped.push({ text: a, reason: 'not-dmarc' });
    if (dmarc.length > 1) {
      for (const a of dmarc) q.dropped.push({ text: a, reason: 'multiple' });
      continue;
    }
    if (dmarc.length === 1) {
      q.kept = dmarc[0]!;
      const record = parseDmarcRecord(q.kept);
      res.records.push({ domain: name, text: q.kept, record });
      if (record.psd === 'y' || record.psd === 'n') return { ...res, stop: 'psd' };
    }
  }
  return res;
}

export type OrgDomainReason = 'psd-n' | 'psd-y' | 'fewest-labels' | 'start-domain';

export interface OrgDomainSelection {
  orgDomain: string;
  reason: OrgDomainReason;
  /** the record the decision rests on, when one does */
  recordDomain: string | null;
}

/** RFC 9989 4.10.2 selection over the records of one walk (longest name first). */
export function selectOrgDomain(start: string, records: TreeWalkRecord[]): OrgDomainSelection {
  for (const r of records) {
    if (r.record.psd === 'n') return { orgDomain: r.domain, reason: 'psd-n', recordDomain: r.domain };
    if (r.record.psd === 'y' && r.domain !== start) {
      // the domain one label below the PSD, on the path from the start domain
      return { orgDomain: lastLabels(start, labelCount(r.domain) + 1), reason: 'psd-y', recordDomain: r.domain };
    }
  }
  const last = records[records.length - 1];
  if (last) return { orgDomain: last.domain, reason: 'fewest-labels', recordDomain: last.domain };
  // "If this process does not determine the Organizational Domain, then the initial target
  // domain is the Organizational Domain."
  return { orgDomain: start, reason: 'start-domain', recordDomain: null };
}

export interface OrgDomainResult {
  /** null when the walk failed (DNS error) or the name is invalid */
  orgDomain: string | null;
  reason: OrgDomainReason | null;
  recordDomain: string | null;
  walk: TreeWalkResult;
  error?: string;
}

export async function orgDomainTreeWalk(domain: string, resolver: Resolver): Promise<OrgDomainResult> {
  const walk = await treeWalk(domain, resolver);
  if (walk.stop === 'dns-error' || walk.stop === 'invalid-name') {
    return { orgDomain: null, reason: null, recordDomain: null, walk, error: walk.error ?? walk.stop };
  }
  return { ...selectOrgDomain(walk.start, walk.records), walk };
}

/** Why the organizational domain is what it is, in the translator's language (English by default). */
export function describeOrgDomain(sel: OrgDomainSelection, start: string, tr: Tr = EN): string {
  return tr(`dmarc.org.${sel.reason}`, { recordDomain: String(sel.recordDomain), orgDomain: sel.orgDomain, start });
}
