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
} from './tree-walk.ts';
import { isDmarcRecordText, parseDmarcRecord, type DmarcRecord } from './record.ts';
import { translator, type TextLang, type Tr } from '../i18n/tr.ts';
import { describeQuery, queryEvidence, step } from './steps.ts';
import type { EngineStep } from '../findings/types.ts';

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
  steps: EngineStep[];
  problems: Problem[];
  rfc7489: Rfc7489Discovery;
  error?: string;
}

export interface DmarcTextOptions {
  /** the language of the steps' and problems' texts (default 'en') */
  lang?: TextLang;
}

export async function discoverDmarc(authorDomain: string, resolver: Resolver, opts: DmarcTextOptions = {}): Promise<DmarcDiscovery> {
  const tr = translator(opts.lang);
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
    const name = String(authorDomain ?? '').slice(0, 100);
    const message = tr('dmarc.discovery.invalid-domain', { name });
    base.problems.push({ code: 'dmarc-invalid-author-domain', severity: 'error', message });
    base.steps.push(step('author-domain', tr('dmarc.title.author-domain'), 'error', message, rfc(9989, '5.3.1')));
    return { ...base, status: 'invalid', error: message };
  }
  const d = { ...base };
  d.steps.push(step('author-domain', tr('dmarc.title.author-domain'), 'info', tr('dmarc.discovery.author-domain', { domain }), rfc(9989, '4.10.1')));
  walk.queries.forEach((q, i) => {
    const { outcome, text } = describeQuery(q, tr);
    d.steps.push(step(`dns-${i + 1}`, tr('dmarc.title.query', { n: i + 1, name: q.name }), outcome, text, rfc(9989, '4.10'), queryEvidence(q, tr)));
    if (q.dropped.some((x) => x.reason === 'multiple')) {
      d.problems.push({
        code: 'dmarc-multiple-records',
        severity: 'error',
        subject: q.name,
        message: tr('dmarc.discovery.multiple-records', { name: q.name }),
      });
    }
    if (q.dropped.some((x) => x.reason === 'not-dmarc' && /^\s*v\s*=\s*dmarc1/i.test(x.text))) {
      d.problems.push({
        code: 'dmarc-version-case',
        severity: 'error',
        subject: q.name,
        message: tr('dmarc.discovery.version-case', { name: q.name }),
      });
    }
  });
  choosePolicyRecord(d, domain, walk, tr, opts);
  await addRfc7489View(d, domain, dns, tr);
  return d;
}

function choosePolicyRecord(d: DmarcDiscovery, domain: string, walk: TreeWalkResult, tr: Tr, opts: DmarcTextOptions): void {
  const own = walk.records[0]?.domain === domain ? walk.records[0] : undefined;
  const failed = walk.stop === 'dns-error';
  if (!failed) {
    const sel = selectOrgDomain(domain, walk.records);
    d.orgDomain = sel.orgDomain;
    d.orgDomainReason = sel.reason;
    d.steps.push(step('org-domain', tr('dmarc.title.org-domain'), 'info', describeOrgDomain(sel, domain, tr), rfc(9989, '4.10.2')));
  }
  let chosen: TreeWalkRecord | undefined = own;
  if (!chosen && failed) {
    d.status = 'temperror';
    d.error = walk.error;
    d.problems.push({
      code: 'dmarc-dns-temperror',
      severity: 'error',
      message: tr('dmarc.discovery.temperror', { error: String(walk.error) }),
    });
    d.steps.push(
      step('policy-record', tr('dmarc.title.policy-record'), 'error', tr('dmarc.discovery.temperror-step', { error: String(walk.error) }), rfc(9989, '5.3.6')),
    );
    return;
  }
  if (!chosen) {
    // RFC 9989 4.10.1: the record of the Organizational Domain, else that of the Public Suffix Domain
    const last = walk.records[walk.records.length - 1];
    chosen = walk.records.find((r) => r.domain === d.orgDomain) ?? (last?.record.psd === 'y' ? last : undefined);
  }
  if (!chosen) {
    d.steps.push(step('policy-record', tr('dmarc.title.policy-record'), 'info', tr('dmarc.discovery.no-record', { domain }), rfc(9989, '4.10.1')));
    return;
  }
  d.status = 'found';
  d.record = chosen.record;
  d.recordText = chosen.text;
  d.policyDomain = chosen.domain;
  d.recordDomain = `_dmarc.${chosen.domain}`;
  d.ownRecord = chosen === own;
  // the tree walk parses in English: the record is read again for the texts of another language
  const recordProblems = opts.lang === 'ja' ? parseDmarcRecord(chosen.text, { lang: opts.lang }).problems : chosen.record.problems;
  for (const p of recordProblems) d.problems.push({ ...p, subject: p.subject ? `${d.recordDomain} ${p.subject}` : d.recordDomain });
  const why = d.ownRecord
    ? tr('dmarc.discovery.own-record', { domain })
    : chosen.record.psd === 'y' && chosen.domain !== d.orgDomain
      ? tr('dmarc.discovery.psd-record', { domain, orgDomain: String(d.orgDomain), recordDomain: d.recordDomain })
      : tr('dmarc.discovery.org-record', { domain, orgDomain: chosen.domain });
  d.steps.push(step('policy-record', tr('dmarc.title.policy-record'), 'pass', why, rfc(9989, '4.10.1'), [`${d.recordDomain} TXT "${chosen.text}"`]));
  if (failed) {
    d.problems.push({
      code: 'dmarc-dns-temperror',
      severity: 'warning',
      message: tr('dmarc.discovery.walk-failed', { domain, error: String(walk.error) }),
    });
  }
}

/** RFC 7489 6.6.3: _dmarc.<From domain>, then _dmarc.<PSL organizational domain>; several records end discovery. */
async function addRfc7489View(d: DmarcDiscovery, domain: string, dns: RecordingResolver, tr: Tr): Promise<void> {
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
    const found = view.recordDomain
      ? tr('dmarc.rfc7489.would-use', { recordDomain: view.recordDomain, record: String(view.record) })
      : tr('dmarc.rfc7489.would-find-none');
    const orgName = org ?? tr('dmarc.none');
    const text = !view.differs
      ? tr('dmarc.rfc7489.org-differs', { org: orgName, orgDomain: String(d.orgDomain) })
      : d.recordDomain
        ? tr('dmarc.rfc7489.differs', { domain, org: orgName, found, recordDomain: d.recordDomain })
        : tr('dmarc.rfc7489.differs.no-record', { domain, org: orgName, found });
    d.steps.push(
      step(
        'rfc7489-discovery',
        tr('dmarc.title.rfc7489'),
        'warn',
        text,
        rfc(7489, '6.6.3'),
        view.extraQueries.length ? [tr('dmarc.rfc7489.extra-queries', { names: view.extraQueries.join(', ') })] : [],
      ),
    );
  }
}
