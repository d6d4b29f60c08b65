// DMARC Policy Discovery (RFC 9989 4.10.1), with the RFC 7489 (6.6.3, Public Suffix List) view beside it.
import { rfc, type Problem } from '../types.ts';
import type { Resolver } from '../dns/types.ts';
import { toALabel } from '../domain/names.ts';
import { orgDomainPSL } from '../domain/psl.ts';
import { RecordingResolver } from '../domain/recording-resolver.ts';
import {
  describeOrgDomain,
  selectOrgDomain,
  treeWalk,
  type OrgDomainReason,
  type TreeWalkQuery,
  type TreeWalkRecord,
  type TreeWalkResult,
} from '../domain/tree-walk.ts';
import { isDmarcRecordText, type DmarcRecord } from './record.ts';
import { describeQuery, queryEvidence, step, type DmarcStep } from './steps.ts';

export interface Rfc7489Discovery {
  /** Organizational Domain from the Public Suffix List (RFC 7489 3.2) */
  orgDomain: string | null;
  /** where RFC 7489 discovery (from domain, then PSL org domain) finds its record */
  recordDomain: string | null;
  record: string | null;
  /** it would use a different record than RFC 9989 discovery does */
  differs: boolean;
  orgDomainDiffers: boolean;
  /** names RFC 7489 needed that the tree walk had not already asked */
  extraQueries: string[];
}

export interface DmarcDiscovery {
  authorDomain: string | null;
  status: 'found' | 'none' | 'temperror' | 'invalid';
  /** the record that applies (parsed), its text, and where it was found */
  record: DmarcRecord | null;
  recordText: string | null;
  /** `_dmarc.<policyDomain>` */
  recordDomain: string | null;
  policyDomain: string | null;
  /** the record is the Author Domain's own (p applies) rather than inherited (sp/np apply) */
  ownRecord: boolean;
  /** Organizational Domain of the Author Domain by tree walk (RFC 9989 4.10.2); null on DNS error */
  orgDomain: string | null;
  orgDomainReason: OrgDomainReason | null;
  walk: TreeWalkResult;
  /** the tree-walk queries, in order */
  queries: TreeWalkQuery[];
  steps: DmarcStep[];
  problems: Problem[];
  rfc7489: Rfc7489Discovery;
  error?: string;
}

export async function discoverDmarc(authorDomain: string, resolver: Resolver): Promise<DmarcDiscovery> {
  const dns = RecordingResolver.wrap(resolver);
  const domain = toALabel(authorDomain);
  const walk = await treeWalk(domain ?? String(authorDomain ?? ''), dns);
  const base: DmarcDiscovery = {
    authorDomain: domain,
    status: 'none',
    record: null,
    recordText: null,
    recordDomain: null,
    policyDomain: null,
    ownRecord: false,
    orgDomain: null,
    orgDomainReason: null,
    walk,
    queries: walk.queries,
    steps: [],
    problems: [],
    rfc7489: { orgDomain: null, recordDomain: null, record: null, differs: false, orgDomainDiffers: false, extraQueries: [] },
  };
  if (!domain) {
    const message = `The From domain "${String(authorDomain ?? '').slice(0, 100)}" is not a valid domain name, so DMARC cannot be evaluated (RFC 9989 5.3.1).`;
    base.problems.push({ code: 'dmarc-invalid-author-domain', severity: 'error', message });
    base.steps.push(step('author-domain', 'From domain', 'error', message, rfc(9989, '5.3.1')));
    return { ...base, status: 'invalid', error: message };
  }
  const d = { ...base };
  d.steps.push(step('author-domain', 'From domain', 'info', `The Author Domain (the domain of the From header) is ${domain}. Policy discovery asks for _dmarc.${domain} first, then walks up the DNS tree (RFC 9989 4.10.1).`, rfc(9989, '4.10.1')));
  walk.queries.forEach((q, i) => {
    const { outcome, text } = describeQuery(q);
    d.steps.push(step(`dns-${i + 1}`, `Query ${i + 1}: ${q.name}`, outcome, text, rfc(9989, '4.10'), queryEvidence(q)));
    if (q.dropped.some((x) => x.reason === 'multiple')) {
      d.problems.push({ code: 'dmarc-multiple-records', severity: 'error', subject: q.name, message: `${q.name} publishes several DMARC records; all of them are discarded (RFC 9989 4.10). Keep exactly one.` });
    }
    if (q.dropped.some((x) => x.reason === 'not-dmarc' && /^\s*v\s*=\s*dmarc1/i.test(x.text))) {
      d.problems.push({ code: 'dmarc-version-case', severity: 'error', subject: q.name, message: `${q.name} has a record that starts like "v=DMARC1" but not exactly (the value is case-sensitive and must come first); it is ignored.` });
    }
  });
  choosePolicyRecord(d, domain, walk);
  await addRfc7489View(d, domain, dns);
  return d;
}

function choosePolicyRecord(d: DmarcDiscovery, domain: string, walk: TreeWalkResult): void {
  const own = walk.records[0]?.domain === domain ? walk.records[0] : undefined;
  const failed = walk.stop === 'dns-error';
  if (!failed) {
    const sel = selectOrgDomain(domain, walk.records);
    d.orgDomain = sel.orgDomain;
    d.orgDomainReason = sel.reason;
    d.steps.push(step('org-domain', 'Organizational domain', 'info', describeOrgDomain(sel, domain), rfc(9989, '4.10.2')));
  }
  let chosen: TreeWalkRecord | undefined = own;
  if (!chosen && failed) {
    d.status = 'temperror';
    d.error = walk.error;
    d.problems.push({ code: 'dmarc-dns-temperror', severity: 'error', message: `DNS failed during DMARC policy discovery (${walk.error}); the result is temperror.` });
    d.steps.push(step('policy-record', 'DMARC record', 'error', `A DNS query failed before a DMARC record was found (${walk.error}), so the policy is unknown: temperror (RFC 9989 5.3.6).`, rfc(9989, '5.3.6')));
    return;
  }
  if (!chosen) {
    // RFC 9989 4.10.1: the record of the Organizational Domain, else that of the Public Suffix Domain
    const last = walk.records[walk.records.length - 1];
    chosen = walk.records.find((r) => r.domain === d.orgDomain) ?? (last?.record.psd === 'y' ? last : undefined);
  }
  if (!chosen) {
    d.steps.push(step('policy-record', 'DMARC record', 'info', `No DMARC record applies to ${domain}: DMARC does not apply to this message (result none, RFC 9989 4.10.1).`, rfc(9989, '4.10.1')));
    return;
  }
  d.status = 'found';
  d.record = chosen.record;
  d.recordText = chosen.text;
  d.policyDomain = chosen.domain;
  d.recordDomain = `_dmarc.${chosen.domain}`;
  d.ownRecord = chosen === own;
  for (const p of chosen.record.problems) d.problems.push({ ...p, subject: p.subject ? `${d.recordDomain} ${p.subject}` : d.recordDomain });
  const why = d.ownRecord
    ? `${domain} publishes its own DMARC record, so it applies and its p tag gives the policy.`
    : chosen.record.psd === 'y' && chosen.domain !== d.orgDomain
      ? `${domain} has no record of its own and its organizational domain ${d.orgDomain} has none either, so the public suffix domain's record at ${d.recordDomain} (psd=y) applies.`
      : `${domain} has no record of its own, so the record of its organizational domain ${chosen.domain} applies; for a subdomain the sp or np tag gives the policy.`;
  d.steps.push(step('policy-record', 'DMARC record', 'pass', why, rfc(9989, '4.10.1'), [`${d.recordDomain} TXT "${chosen.text}"`]));
  if (failed) {
    d.problems.push({ code: 'dmarc-dns-temperror', severity: 'warning', message: `The tree walk above ${domain} failed (${walk.error}); the organizational domain is unknown.` });
  }
}

/** RFC 7489 6.6.3: _dmarc.<From domain>, then _dmarc.<PSL organizational domain>; several records end discovery. */
async function addRfc7489View(d: DmarcDiscovery, domain: string, dns: RecordingResolver): Promise<void> {
  const org = orgDomainPSL(domain);
  const view = d.rfc7489;
  view.orgDomain = org;
  view.orgDomainDiffers = org !== null && d.orgDomain !== null && org !== d.orgDomain;
  const candidates = org && org !== domain ? [domain, org] : [domain];
  for (const name of candidates) {
    const qname = `_dmarc.${name}`;
    if (!dns.has(qname, 'TXT')) view.extraQueries.push(qname);
    const r = await dns.query(qname, 'TXT');
    const recs = r.answers.map((a) => a.data).filter(isDmarcRecordText);
    if (recs.length > 1) break; // RFC 7489 6.6.3 step 5: multiple records end policy discovery
    if (recs.length === 1) {
      view.recordDomain = qname;
      view.record = recs[0]!;
      break;
    }
  }
  view.differs = view.recordDomain !== d.recordDomain;
  if (view.differs || view.orgDomainDiffers) {
    const found = view.recordDomain ? `would use ${view.recordDomain} ("${view.record}")` : 'would find no DMARC record';
    const text = view.differs
      ? `Receivers still following RFC 7489 look at _dmarc.${domain} and then at the Public Suffix List organizational domain (${org ?? 'none'}): they ${found}, ` +
        `whereas RFC 9989 discovery ${d.recordDomain ? `uses ${d.recordDomain}` : 'finds no record'}. Results may differ between receivers.`
      : `Receivers still following RFC 7489 use the same record, but their Public Suffix List organizational domain is ${org ?? 'none'} ` +
        `where the RFC 9989 tree walk gives ${d.orgDomain}; relaxed alignment can therefore differ between receivers.`;
    d.steps.push(step('rfc7489-discovery', 'Older receivers (RFC 7489)', 'warning', text, rfc(7489, '6.6.3'), view.extraQueries.length ? [`extra queries: ${view.extraQueries.join(', ')}`] : []));
  }
}
