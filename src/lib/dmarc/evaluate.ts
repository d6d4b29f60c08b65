// DMARC evaluation (RFC 9989 5.3): discovery, policy choice (p/sp/np, t=y), identifier alignment
// with tree-walk organizational domains, and the RFC 7489 / Public Suffix List view beside it.
import { rfc, type Problem } from '../types.ts';
import { isTransientFailure, normName, type QueryLogEntry, type Resolver } from '../dns/types.ts';
import { aligned, alignmentDirection } from '../domain/align.ts';
import { toALabel } from '../domain/names.ts';
import { orgDomainPSL } from '../domain/psl.ts';
import { RecordingResolver } from '../domain/recording-resolver.ts';
import { orgDomainTreeWalk, type TreeWalkResult } from './tree-walk.ts';
import { discoverDmarc, type DmarcDiscovery, type DmarcTextOptions } from './discover.ts';
import { translator, type Tr } from '../i18n/tr.ts';
import { parseDmarcRecord, type AlignMode, type DmarcPolicy, type DmarcRecord } from './record.ts';
import { sentences, step } from './steps.ts';
import type { EngineStep } from '../findings/types.ts';

export interface DmarcInput {
  fromDomains: string[];
  /** the SPF result for the MAIL FROM identity (or HELO for the null sender) and its domain */
  spf: { result: string; domain: string } | null;
  dkim: { result: string; d: string }[];
}

export type DmarcResult = 'pass' | 'fail' | 'none' | 'temperror' | 'permerror';

export interface IdentifierAlignment {
  /** the identifier's domain (A-label when valid) */
  domain: string;
  result: string;
  authenticated: boolean;
  /** domain alignment alone under the mode in force (RFC 9989 tree walk), whatever the result */
  aligned: boolean;
  /** the shared domain when aligned: the identical domain (strict) or the organizational domain (relaxed) */
  alignedDomain: string | null;
  /** organizational domain by tree walk; null when not computed or the walk failed */
  orgDomain: string | null;
  /** alignment could not be decided because a DNS query failed */
  unknown: boolean;
  orgDomainPSL: string | null;
  /** the same check with Public Suffix List organizational domains (RFC 7489) */
  alignedRfc7489: boolean;
}

export interface DkimAlignment extends IdentifierAlignment {
  d: string;
}

export interface Rfc7489Evaluation {
  orgDomain: string | null;
  recordDomain: string | null;
  record: string | null;
  policy: DmarcPolicy | null;
  spfAligned: boolean;
  dkimAligned: boolean;
  result: DmarcResult;
  /** RFC 7489 discovery uses another record */
  recordDiffers: boolean;
  /** some identifier aligns under one view and not the other */
  alignmentDiffers: boolean;
  resultDiffers: boolean;
}

export interface DmarcEvaluation {
  authorDomain: string | null;
  result: DmarcResult;
  /** the policy to apply to this message's From domain (after t=y), null when no record applies */
  policy: DmarcPolicy | null;
  policySource: 'p' | 'sp' | 'np' | null;
  /** the policy as published, before a t=y downgrade */
  requestedPolicy: DmarcPolicy | null;
  testing: boolean;
  /** Author Domain existence (for np); null when not tested */
  authorExists: boolean | null;
  recordDomain: string | null;
  record: string | null;
  parsed: DmarcRecord | null;
  policyDomain: string | null;
  orgDomain: string | null;
  aspf: AlignMode | null;
  adkim: AlignMode | null;
  spfAligned: boolean;
  dkimAligned: boolean;
  spfDomainAligned: boolean;
  spfAlignment: IdentifierAlignment | null;
  dkimAlignment: DkimAlignment[];
  decidedBy: 'rfc9989-tree-walk';
  rfc7489: Rfc7489Evaluation;
  discovery: DmarcDiscovery | null;
  /** one evaluation per From domain when there are several */
  perDomain: DmarcEvaluation[];
  /** every DNS query made, in order */
  queries: QueryLogEntry[];
  steps: EngineStep[];
  problems: Problem[];
}

export const MAX_FROM_DOMAINS = 10;
const MAX_SIGNATURES = 50;
/** each walk is at most 8 queries (RFC 9989 4.10); the number of walks is ours to bound */
export const MAX_ALIGNMENT_WALKS = 10;
const TEST_MODE: Record<DmarcPolicy, DmarcPolicy> = { reject: 'quarantine', quarantine: 'none', none: 'none' };
const POLICY_RANK: Record<DmarcPolicy, number> = { none: 1, quarantine: 2, reject: 3 };

export async function evaluateDmarc(input: DmarcInput, resolver: Resolver, opts: DmarcTextOptions = {}): Promise<DmarcEvaluation> {
  const tr = translator(opts.lang);
  const lang = opts.lang ?? 'en';
  const dns = RecordingResolver.wrap(resolver);
  const seen = new Set<string>();
  const domains: string[] = [];
  for (const raw of (Array.isArray(input?.fromDomains) ? input.fromDomains : []).slice(0, MAX_FROM_DOMAINS)) {
    const d = typeof raw === 'string' ? (toALabel(raw) ?? raw.trim().toLowerCase()) : '';
    if (d && !seen.has(d)) {
      seen.add(d);
      domains.push(d);
    }
  }
  if (!domains.length) return { ...noAuthorDomain(tr), queries: dns.log };
  if (domains.length === 1) return { ...(await evaluateOne(domains[0]!, input, dns, tr, lang)), queries: dns.log };
  const each: DmarcEvaluation[] = [];
  for (const d of domains) each.push(await evaluateOne(d, input, dns, tr, lang));
  const worst = [...each].sort((a, b) => severity(b) - severity(a))[0]!;
  const message = tr(worst.policy ? 'dmarc.from.multiple.policy' : 'dmarc.from.multiple', {
    n: domains.length,
    domains: domains.join(', '),
    domain: String(worst.authorDomain),
    result: worst.result,
    ...(worst.policy ? { policy: worst.policy } : {}),
  });
  return {
    ...worst,
    perDomain: each,
    queries: dns.log,
    problems: [{ code: 'dmarc-multiple-from-domains', severity: 'warning', message }, ...worst.problems],
    steps: [step('multiple-from', tr('dmarc.title.multiple-from'), 'warn', message, rfc(9989, '11.5'), domains), ...worst.steps],
  };
}

/** Strictest first: fail (by policy) > temperror > permerror > none > pass. */
function severity(e: DmarcEvaluation): number {
  switch (e.result) {
    case 'fail':
      return 100 + (e.policy ? POLICY_RANK[e.policy] : 0);
    case 'temperror':
      return 50;
    case 'permerror':
      return 40;
    case 'none':
      return 20;
    default:
      return 10;
  }
}

function blank(authorDomain: string | null): DmarcEvaluation {
  return {
    authorDomain,
    result: 'none',
    policy: null,
    policySource: null,
    requestedPolicy: null,
    testing: false,
    authorExists: null,
    recordDomain: null,
    record: null,
    parsed: null,
    policyDomain: null,
    orgDomain: null,
    aspf: null,
    adkim: null,
    spfAligned: false,
    dkimAligned: false,
    spfDomainAligned: false,
    spfAlignment: null,
    dkimAlignment: [],
    decidedBy: 'rfc9989-tree-walk',
    rfc7489: {
      orgDomain: null,
      recordDomain: null,
      record: null,
      policy: null,
      spfAligned: false,
      dkimAligned: false,
      result: 'none',
      recordDiffers: false,
      alignmentDiffers: false,
      resultDiffers: false,
    },
    discovery: null,
    perDomain: [],
    queries: [],
    steps: [],
    problems: [],
  };
}

function noAuthorDomain(tr: Tr): DmarcEvaluation {
  const message = tr('dmarc.from.none');
  return {
    ...blank(null),
    result: 'permerror',
    problems: [{ code: 'dmarc-no-author-domain', severity: 'error', message }],
    steps: [step('author-domain', tr('dmarc.title.author-domain'), 'error', message, rfc(9989, '5.3.1'))],
  };
}

async function evaluateOne(author: string, input: DmarcInput, dns: RecordingResolver, tr: Tr, lang: 'en' | 'ja'): Promise<DmarcEvaluation> {
  const disc = await discoverDmarc(author, dns, { lang });
  const ev: DmarcEvaluation = {
    ...blank(disc.authorDomain ?? author),
    discovery: disc,
    recordDomain: disc.recordDomain,
    record: disc.recordText,
    parsed: disc.record,
    policyDomain: disc.policyDomain,
    orgDomain: disc.orgDomain,
    steps: [...disc.steps],
    problems: [...disc.problems],
  };
  ev.rfc7489 = {
    ...ev.rfc7489,
    orgDomain: disc.rfc7489.orgDomain,
    recordDomain: disc.rfc7489.recordDomain,
    record: disc.rfc7489.record,
    recordDiffers: disc.rfc7489.differs,
  };
  if (disc.status === 'invalid') return { ...ev, result: 'permerror' };
  if (disc.status === 'temperror') return { ...ev, result: 'temperror' };
  const record = disc.record;
  if (!record?.policy) {
    if (record)
      ev.steps.push(
        step(
          'record-unusable',
          tr('dmarc.title.record-unusable'),
          'info',
          tr('dmarc.policy.record-unusable', { recordDomain: String(disc.recordDomain) }),
          rfc(9989, '4.10.1'),
        ),
      );
    return finish(ev, input, 'none', tr);
  }
  ev.aspf = record.aspf;
  ev.adkim = record.adkim;
  if (!(await choosePolicy(ev, disc, record, dns, tr))) return { ...ev, result: 'temperror' };
  const unknown = await checkAlignment(ev, input, dns, tr);
  const result: DmarcResult = ev.spfAligned || ev.dkimAligned ? 'pass' : unknown ? 'temperror' : 'fail';
  return finish(ev, input, result, tr);
}

/** RFC 9989 4.10.1 policy choice; returns false when the existence test failed with a DNS error. */
async function choosePolicy(ev: DmarcEvaluation, disc: DmarcDiscovery, record: DmarcRecord, dns: RecordingResolver, tr: Tr): Promise<boolean> {
  const pol = record.policy!;
  const author = disc.authorDomain!;
  const evidence = [`${disc.recordDomain} TXT "${disc.recordText}"`];
  let chosen: DmarcPolicy = pol.p;
  let source: 'p' | 'sp' | 'np' = 'p';
  let text: string;
  /** the subdomain policy as applied: sp=…, or p=… when there is no sp tag */
  const subPolicy = (src: string, value: DmarcPolicy) => (src === 'p' ? tr('dmarc.policy.sp-from-p', { policy: `p=${value}` }) : `${src}=${value}`);
  if (pol.assumed) {
    text = tr('dmarc.policy.assumed');
  } else if (disc.ownRecord) {
    text = tr('dmarc.policy.own', { domain: author, policy: pol.p });
  } else if (pol.np) {
    // RFC 9989 3.2.13 / A.4: a domain does not exist when the answer is NXDOMAIN; NODATA means it exists.
    const r = await dns.query(author, 'A');
    evidence.push(`${author} A → ${r.status}${r.answers.length ? ` (${r.answers.map((a) => a.data).join(', ')})` : r.status === 'NOERROR' ? ' (NODATA)' : ''}`);
    if (isTransientFailure(r)) {
      const why = r.error ?? r.status;
      const msg = tr('dmarc.policy.exists-temperror', { domain: author, error: why });
      ev.problems.push({ code: 'dmarc-dns-temperror', severity: 'error', message: msg });
      ev.steps.push(step('policy', tr('dmarc.title.policy'), 'error', msg, rfc(9989, '4.10.1'), evidence));
      return false;
    }
    ev.authorExists = r.status !== 'NXDOMAIN';
    if (!ev.authorExists) {
      chosen = pol.np;
      source = 'np';
      text = tr('dmarc.policy.np', { domain: author, policy: pol.np });
    } else {
      [chosen, source] = pol.sp ? [pol.sp, 'sp'] : [pol.p, 'p'];
      text = tr('dmarc.policy.exists', { domain: author, policy: subPolicy(source, chosen) });
    }
  } else {
    [chosen, source] = pol.sp ? [pol.sp, 'sp'] : [pol.p, 'p'];
    text = tr('dmarc.policy.subdomain', { domain: author, policyDomain: String(disc.policyDomain), policy: subPolicy(source, chosen) });
  }
  ev.requestedPolicy = chosen;
  ev.policySource = source;
  ev.policy = chosen;
  if (record.t === 'y' && chosen !== 'none') {
    // RFC 9989 4.7 "t": test mode expects the policy one level below the published one.
    ev.testing = true;
    ev.policy = TEST_MODE[chosen];
    text = sentences(tr, text, tr('dmarc.policy.testing', { applied: ev.policy, requested: chosen }));
  }
  if (record.pct !== null || record.tags.pct !== undefined) text = sentences(tr, text, tr('dmarc.policy.pct'));
  ev.steps.push(step('policy', tr('dmarc.title.policy'), 'info', text, rfc(9989, '4.10.1'), evidence));
  return true;
}

interface OrgInfo {
  org: string | null;
  error?: string;
}

/**
 * Fills the alignment fields; returns true when some alignment stayed unknown because of DNS errors.
 * The identifiers' tree walks run concurrently (each walk itself stays sequential, RFC 9989 4.10);
 * steps, alignments and the query log come out in the order a one-at-a-time check gives.
 */
async function checkAlignment(ev: DmarcEvaluation, input: DmarcInput, dns: RecordingResolver, tr: Tr): Promise<boolean> {
  const author = ev.authorDomain!;
  const authorInfo: OrgInfo = ev.orgDomain ? { org: ev.orgDomain } : { org: null, error: ev.discovery?.walk.error };
  const orgs = new Map<string, Promise<OrgInfo>>([[author, Promise.resolve(authorInfo)]]);
  /** the walks in the order they were started: SPF identifier first, then each signature's d= */
  const walked: Promise<TreeWalkResult>[] = [];
  const logFrom = dns.log.length;
  let walks = 0;
  const orgOf = (d: string): Promise<OrgInfo> => {
    let info = orgs.get(d);
    if (!info) {
      if (walks++ >= MAX_ALIGNMENT_WALKS) info = Promise.resolve({ org: null, error: `more than ${MAX_ALIGNMENT_WALKS} tree walks` });
      else {
        const r = orgDomainTreeWalk(d, dns);
        walked.push(r.then((x) => x.walk));
        info = r.then((x) => (x.orgDomain ? { org: x.orgDomain } : { org: null, ...(x.error ? { error: x.error } : {}) }));
      }
      orgs.set(d, info);
    }
    return info;
  };
  // orgOf is called synchronously by each check(), so walks are numbered in identifier order
  const check = async (raw: string, result: string, mode: AlignMode): Promise<IdentifierAlignment> => {
    const domain = toALabel(raw) ?? String(raw ?? '').slice(0, 255);
    const valid = toALabel(raw) !== null;
    const info = valid ? await orgOf(domain) : { org: null };
    const org = (d: string) => (d === domain ? info.org : d === author ? authorInfo.org : null);
    const ok = valid && aligned(author, domain, mode, org);
    const pslOrg = orgDomainPSL(domain);
    return {
      domain,
      result,
      authenticated: result === 'pass',
      aligned: ok,
      alignedDomain: ok ? (domain === author ? author : info.org) : null,
      orgDomain: info.org,
      unknown: !ok && valid && mode === 'r' && domain !== author && (info.org === null || authorInfo.org === null),
      orgDomainPSL: pslOrg,
      alignedRfc7489: valid && aligned(author, domain, mode, orgDomainPSL),
    };
  };
  const hasSpf = !!input?.spf && typeof input.spf.domain === 'string' && !!input.spf.domain;
  const sigs = Array.isArray(input?.dkim) ? input.dkim : [];
  const checks = [
    hasSpf ? check(input.spf!.domain, String(input.spf!.result), ev.aspf!) : null,
    ...sigs.slice(0, MAX_SIGNATURES).map((s) => check(s?.d ?? '', String(s?.result ?? 'none'), ev.adkim!)),
  ];
  const [spfCheck, ...dkimChecks] = await Promise.all(checks);
  restoreLogOrder(dns.log, logFrom, await Promise.all(walked));
  let unknown = false;
  if (spfCheck) {
    const a = spfCheck;
    ev.spfAlignment = a;
    ev.spfDomainAligned = a.aligned;
    ev.spfAligned = a.aligned && a.authenticated;
    unknown ||= a.unknown && a.authenticated;
    ev.steps.push(alignmentStep(tr, 'spf-alignment', tr('dmarc.title.spf-alignment'), 'SPF', a, author, ev.aspf!, ev.orgDomain));
  } else {
    ev.steps.push(step('spf-alignment', tr('dmarc.title.spf-alignment'), 'fail', tr('dmarc.align.no-spf'), rfc(9989, '4.4.2')));
  }
  if (sigs.length > MAX_SIGNATURES)
    ev.problems.push({
      code: 'dmarc-too-many-signatures',
      severity: 'warning',
      message: tr('dmarc.align.too-many-signatures', { max: MAX_SIGNATURES, n: sigs.length }),
    });
  for (const [i, a] of (dkimChecks as IdentifierAlignment[]).entries()) {
    ev.dkimAlignment.push({ ...a, d: a.domain });
    unknown ||= a.unknown && a.authenticated;
    ev.steps.push(
      alignmentStep(
        tr,
        `dkim-alignment-${i + 1}`,
        tr('dmarc.title.dkim-signature-alignment', { n: i + 1 }),
        `DKIM (d=${a.domain})`,
        a,
        author,
        ev.adkim!,
        ev.orgDomain,
      ),
    );
  }
  if (!sigs.length) ev.steps.push(step('dkim-alignment', tr('dmarc.title.dkim-alignment'), 'fail', tr('dmarc.align.no-dkim'), rfc(9989, '4.4.1')));
  ev.dkimAligned = ev.dkimAlignment.some((a) => a.aligned && a.authenticated);
  return unknown;
}

/**
 * Puts the queries logged since `from` in the order one-walk-after-another would have logged
 * them: each walk's queries in turn, a name shared by two walks where the first one asked it
 * (anything else, in its place after them).
 */
function restoreLogOrder(log: QueryLogEntry[], from: number, walks: TreeWalkResult[]): void {
  if (walks.length < 2 || log.length - from < 2) return;
  const rank = new Map<string, number>();
  for (const w of walks) {
    for (const q of w.queries) {
      const key = `TXT ${normName(q.name)}`;
      if (!rank.has(key)) rank.set(key, rank.size);
    }
  }
  const added = log.splice(from).map((e, i) => ({ e, r: rank.get(`${e.type} ${normName(e.name)}`) ?? rank.size + i }));
  log.push(...added.sort((a, b) => a.r - b.r).map((x) => x.e));
}

function alignmentStep(
  tr: Tr,
  id: string,
  title: string,
  what: string,
  a: IdentifierAlignment,
  author: string,
  mode: AlignMode,
  authorOrg: string | null,
): EngineStep {
  const rule = rfc(9989, what.startsWith('SPF') ? '4.4.2' : '4.4.1');
  const evidence = [
    tr('dmarc.align.evidence.identifier', { what, domain: a.domain, result: a.result }),
    tr('dmarc.align.evidence.author', { domain: author }),
    tr('dmarc.align.evidence.mode', { mode: mode === 's' ? 'strict' : 'relaxed' }),
  ];
  let text: string;
  if (mode === 's') {
    text = a.aligned ? tr('dmarc.align.strict.identical', { domain: a.domain }) : tr('dmarc.align.strict.different', { domain: a.domain, author });
  } else if (a.aligned) {
    text =
      a.domain === author
        ? tr('dmarc.align.same-domain', { domain: a.domain })
        : tr('dmarc.align.relaxed', { domain: a.domain, author, orgDomain: String(a.alignedDomain) });
    const dir = alignmentDirection(author, a.domain);
    if (dir === 'identifier-is-parent' || dir === 'identifier-is-child') {
      text = sentences(tr, text, tr(dir === 'identifier-is-parent' ? 'dmarc.align.both-ways.parent' : 'dmarc.align.both-ways.child', { domain: a.domain }));
    }
  } else if (a.unknown) {
    text = tr('dmarc.align.unknown', { domain: a.domain, author });
  } else {
    text = tr('dmarc.align.different-org', { domain: a.domain, orgDomain: a.orgDomain ?? tr('dmarc.unknown'), authorOrg: authorOrg ?? tr('dmarc.unknown') });
  }
  if (!a.authenticated) text = sentences(tr, text, tr('dmarc.align.not-authenticated', { what, result: a.result }));
  if (a.alignedRfc7489 !== a.aligned) {
    text = sentences(
      tr,
      text,
      tr(a.alignedRfc7489 ? 'dmarc.align.psl.aligned' : 'dmarc.align.psl.not-aligned', { orgDomain: a.orgDomainPSL ?? tr('dmarc.none') }),
    );
  }
  const outcome = a.aligned && a.authenticated ? 'pass' : a.unknown ? 'error' : 'fail';
  return step(id, title, outcome, text, rule, evidence);
}

/** Adds the RFC 7489 comparison and the verdict step. */
function finish(ev: DmarcEvaluation, input: DmarcInput, result: DmarcResult, tr: Tr): DmarcEvaluation {
  ev.result = result;
  compareRfc7489(ev, input);
  const r = ev.rfc7489;
  const differs = r.resultDiffers || r.alignmentDiffers || r.recordDiffers;
  ev.steps.push(
    step(
      'decided-by',
      tr('dmarc.title.decided-by'),
      differs ? 'warn' : 'info',
      differs
        ? tr('dmarc.decided.differs', {
            verdict: r.policy ? tr('dmarc.decided.verdict-policy', { result: r.result, policy: r.policy }) : r.result,
            record: r.recordDiffers ? (r.recordDomain ? tr('dmarc.decided.record', { recordDomain: r.recordDomain }) : tr('dmarc.decided.no-record')) : '',
            alignment: r.alignmentDiffers ? tr('dmarc.decided.alignment') : '',
          })
        : tr('dmarc.decided.same'),
      rfc(9989, '4.10.2'),
    ),
  );
  const policyText = !ev.policy
    ? ''
    : !ev.policySource
      ? tr('dmarc.verdict.policy', { policy: ev.policy })
      : tr(ev.testing ? 'dmarc.verdict.policy.testing' : 'dmarc.verdict.policy.source', { policy: ev.policy, source: ev.policySource });
  const withPolicy = (text: string) => (policyText ? sentences(tr, text, policyText) : text);
  const passed = ev.spfAligned && ev.dkimAligned ? tr('dmarc.verdict.spf-and-dkim') : ev.spfAligned ? 'SPF' : ev.dkimAligned ? 'DKIM' : '';
  const domain = String(ev.authorDomain);
  const verdict: Record<DmarcResult, string> = {
    pass: tr('dmarc.verdict.pass', { identifiers: passed, domain }),
    fail: withPolicy(tr('dmarc.verdict.fail', { domain })),
    none: tr('dmarc.verdict.none', { domain }),
    temperror: tr('dmarc.verdict.temperror'),
    permerror: tr('dmarc.verdict.permerror'),
  };
  ev.steps.push(
    step(
      'verdict',
      tr('dmarc.title.verdict'),
      result === 'pass' ? 'pass' : result === 'none' ? 'info' : result === 'fail' ? 'fail' : 'error',
      result === 'pass' ? withPolicy(verdict.pass) : verdict[result],
      rfc(9989, '5.3.5'),
    ),
  );
  return ev;
}

function compareRfc7489(ev: DmarcEvaluation, input: DmarcInput): void {
  const r = ev.rfc7489;
  const author = ev.authorDomain;
  if (!author || !r.record) {
    r.result = ev.result === 'temperror' || ev.result === 'permerror' ? ev.result : 'none';
    r.resultDiffers = r.result !== ev.result;
    return;
  }
  const rec = r.record === ev.record && ev.parsed ? ev.parsed : parseDmarcRecord(r.record);
  const pol = rec.policy;
  if (!pol) {
    r.result = 'none';
    r.resultDiffers = r.result !== ev.result;
    return;
  }
  // RFC 7489 6.6.3: p at the From domain's own record, sp (else p) for the organizational domain's.
  r.policy = r.recordDomain === `_dmarc.${author}` ? pol.p : (pol.sp ?? pol.p);
  const spf = input?.spf;
  r.spfAligned = !!spf && spf.result === 'pass' && aligned(author, spf.domain, rec.aspf, orgDomainPSL);
  r.dkimAligned = (Array.isArray(input?.dkim) ? input.dkim : [])
    .slice(0, MAX_SIGNATURES)
    .some((s) => s?.result === 'pass' && aligned(author, s.d, rec.adkim, orgDomainPSL));
  r.result = r.spfAligned || r.dkimAligned ? 'pass' : 'fail';
  r.alignmentDiffers =
    (ev.spfAlignment ? ev.spfAlignment.alignedRfc7489 !== ev.spfAlignment.aligned : false) || ev.dkimAlignment.some((a) => a.alignedRfc7489 !== a.aligned);
  r.resultDiffers = r.result !== ev.result;
}
