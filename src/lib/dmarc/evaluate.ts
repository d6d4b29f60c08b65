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
import { step, type DmarcStep } from './steps.ts';

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
  steps: DmarcStep[];
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
  const message = tr({
    en:
      `The From header names ${domains.length} different domains (${domains.join(', ')}). RFC 9989 5.3.1 says DMARC cannot then be evaluated as usual; ` +
      `following 11.5, each domain was evaluated and the strictest outcome is reported: ${worst.authorDomain} → ${worst.result}${worst.policy ? ` (policy ${worst.policy})` : ''}.`,
    ja:
      `From ヘッダーに ${domains.length} 個の異なるドメインがあります (${domains.join(', ')})。RFC 9989 5.3.1 によると、この場合 DMARC を通常どおりには評価できません。` +
      `11.5 に従って各ドメインを評価し、最も厳しい結果を示します: ${worst.authorDomain} → ${worst.result}${worst.policy ? ` (ポリシー ${worst.policy})` : ''}。`,
  });
  return {
    ...worst,
    perDomain: each,
    queries: dns.log,
    problems: [{ code: 'dmarc-multiple-from-domains', severity: 'warning', message }, ...worst.problems],
    steps: [step('multiple-from', tr({ en: 'Several From domains', ja: '複数の From ドメイン' }), 'warning', message, rfc(9989, '11.5'), domains), ...worst.steps],
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
    rfc7489: { orgDomain: null, recordDomain: null, record: null, policy: null, spfAligned: false, dkimAligned: false, result: 'none', recordDiffers: false, alignmentDiffers: false, resultDiffers: false },
    discovery: null,
    perDomain: [],
    queries: [],
    steps: [],
    problems: [],
  };
}

function noAuthorDomain(tr: Tr): DmarcEvaluation {
  const message = tr({
    en: 'No domain could be taken from the From header, so DMARC cannot be evaluated (RFC 9989 5.3.1): permerror.',
    ja: 'From ヘッダーからドメインを取り出せなかったため、DMARC を評価できません (RFC 9989 5.3.1): permerror。',
  });
  return {
    ...blank(null),
    result: 'permerror',
    problems: [{ code: 'dmarc-no-author-domain', severity: 'error', message }],
    steps: [step('author-domain', tr({ en: 'From domain', ja: 'From ドメイン' }), 'error', message, rfc(9989, '5.3.1'))],
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
  ev.rfc7489 = { ...ev.rfc7489, orgDomain: disc.rfc7489.orgDomain, recordDomain: disc.rfc7489.recordDomain, record: disc.rfc7489.record, recordDiffers: disc.rfc7489.differs };
  if (disc.status === 'invalid') return { ...ev, result: 'permerror' };
  if (disc.status === 'temperror') return { ...ev, result: 'temperror' };
  const record = disc.record;
  if (!record?.policy) {
    if (record)
      ev.steps.push(
        step(
          'record-unusable',
          tr({ en: 'Unusable record', ja: '使えないレコード' }),
          'info',
          tr({
            en: `The record at ${disc.recordDomain} has no usable policy and no valid rua, so no DMARC processing applies: result none.`,
            ja: `${disc.recordDomain} のレコードには使えるポリシーも有効な rua もないため、DMARC 処理は行われません: 結果 none。`,
          }),
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
  const noSp = (src: string) => (src === 'p' ? tr({ en: ' (no sp tag, so p is used)', ja: ' (sp タグがないため p を使用)' }) : '');
  if (pol.assumed) {
    text = tr({
      en: 'The record has no valid policy but a valid rua, so it acts as p=none (RFC 9989 4.10.1).',
      ja: 'レコードに有効なポリシーはありませんが有効な rua があるため、p=none として扱われます (RFC 9989 4.10.1)。',
    });
  } else if (disc.ownRecord) {
    text = tr({ en: `The record is ${author}'s own, so its p tag applies: p=${pol.p}.`, ja: `このレコードは ${author} 自身のものなので、p タグが適用されます: p=${pol.p}。` });
  } else if (pol.np) {
    // RFC 9989 3.2.13 / A.4: a domain does not exist when the answer is NXDOMAIN; NODATA means it exists.
    const r = await dns.query(author, 'A');
    evidence.push(`${author} A → ${r.status}${r.answers.length ? ` (${r.answers.map((a) => a.data).join(', ')})` : r.status === 'NOERROR' ? ' (NODATA)' : ''}`);
    if (isTransientFailure(r)) {
      const why = r.error ?? r.status;
      const msg = tr({
        en: `The existence test for ${author} failed (${why}), so it is unknown whether np or sp applies: temperror (RFC 9989 5.3.6).`,
        ja: `${author} の存在確認に失敗したため (${why})、np と sp のどちらが適用されるか不明です: temperror (RFC 9989 5.3.6)。`,
      });
      ev.problems.push({ code: 'dmarc-dns-temperror', severity: 'error', message: msg });
      ev.steps.push(step('policy', tr({ en: 'Policy', ja: 'ポリシー' }), 'error', msg, rfc(9989, '4.10.1'), evidence));
      return false;
    }
    ev.authorExists = r.status !== 'NXDOMAIN';
    if (!ev.authorExists) {
      chosen = pol.np;
      source = 'np';
      text = tr({ en: `${author} does not exist (NXDOMAIN), so the record's np tag applies to it: np=${pol.np}.`, ja: `${author} は存在しない (NXDOMAIN) ため、レコードの np タグが適用されます: np=${pol.np}。` });
    } else {
      [chosen, source] = pol.sp ? [pol.sp, 'sp'] : [pol.p, 'p'];
      text = tr({
        en: `${author} exists (the A query did not return NXDOMAIN), so the subdomain policy applies: ${source}=${chosen}${noSp(source)}.`,
        ja: `${author} は存在する (A の問い合わせが NXDOMAIN を返さなかった) ため、サブドメインのポリシーが適用されます: ${source}=${chosen}${noSp(source)}。`,
      });
    }
  } else {
    [chosen, source] = pol.sp ? [pol.sp, 'sp'] : [pol.p, 'p'];
    text = tr({
      en:
        `${author} is a subdomain of the policy domain ${disc.policyDomain}, so the subdomain policy applies: ${source}=${chosen}${noSp(source)}. ` +
        'The record has no np tag, so whether the domain exists makes no difference and was not tested.',
      ja:
        `${author} はポリシードメイン ${disc.policyDomain} のサブドメインなので、サブドメインのポリシーが適用されます: ${source}=${chosen}${noSp(source)}。` +
        'レコードに np タグがないため、ドメインが存在するかどうかは結果に影響せず、確認していません。',
    });
  }
  ev.requestedPolicy = chosen;
  ev.policySource = source;
  ev.policy = chosen;
  if (record.t === 'y' && chosen !== 'none') {
    // RFC 9989 4.7 "t": test mode expects the policy one level below the published one.
    ev.testing = true;
    ev.policy = TEST_MODE[chosen];
    text += tr({
      en: ` The record has t=y (testing), so failing mail gets one level less: ${ev.policy} instead of ${chosen} (RFC 9989 4.7).`,
      ja: `レコードに t=y (テスト) があるため、失敗したメールには 1 段階緩いポリシーが適用されます: ${chosen} ではなく ${ev.policy} (RFC 9989 4.7)。`,
    });
  }
  if (record.pct !== null || record.tags.pct !== undefined) text += tr({ en: ' The pct tag is historic in RFC 9989 and was not applied.', ja: 'pct タグは RFC 9989 では廃止されているため、適用していません。' });
  ev.steps.push(step('policy', tr({ en: 'Policy', ja: 'ポリシー' }), 'info', text, rfc(9989, '4.10.1'), evidence));
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
    ev.steps.push(alignmentStep(tr, 'spf-alignment', tr({ en: 'SPF alignment', ja: 'SPF のアラインメント' }), 'SPF', a, author, ev.aspf!, ev.orgDomain));
  } else {
    ev.steps.push(
      step(
        'spf-alignment',
        tr({ en: 'SPF alignment', ja: 'SPF のアラインメント' }),
        'fail',
        tr({ en: 'No SPF result with a domain was given, so SPF cannot provide an aligned pass.', ja: 'ドメイン付きの SPF 結果がないため、SPF でアラインした pass は得られません。' }),
        rfc(9989, '4.4.2'),
      ),
    );
  }
  if (sigs.length > MAX_SIGNATURES)
    ev.problems.push({
      code: 'dmarc-too-many-signatures',
      severity: 'warning',
      message: tr({ en: `Only the first ${MAX_SIGNATURES} of ${sigs.length} DKIM signatures were considered.`, ja: `${sigs.length} 個の DKIM 署名のうち、最初の ${MAX_SIGNATURES} 個だけを考慮しました。` }),
    });
  for (const [i, a] of (dkimChecks as IdentifierAlignment[]).entries()) {
    ev.dkimAlignment.push({ ...a, d: a.domain });
    unknown ||= a.unknown && a.authenticated;
    ev.steps.push(
      alignmentStep(tr, `dkim-alignment-${i + 1}`, tr({ en: `DKIM signature ${i + 1} alignment`, ja: `DKIM 署名 ${i + 1} のアラインメント` }), `DKIM (d=${a.domain})`, a, author, ev.adkim!, ev.orgDomain),
    );
  }
  if (!sigs.length)
    ev.steps.push(
      step(
        'dkim-alignment',
        tr({ en: 'DKIM alignment', ja: 'DKIM のアラインメント' }),
        'fail',
        tr({ en: 'The message has no DKIM signature, so DKIM cannot provide an aligned pass.', ja: 'メッセージに DKIM 署名がないため、DKIM でアラインした pass は得られません。' }),
        rfc(9989, '4.4.1'),
      ),
    );
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

function alignmentStep(tr: Tr, id: string, title: string, what: string, a: IdentifierAlignment, author: string, mode: AlignMode, authorOrg: string | null): DmarcStep {
  const rule = rfc(9989, what.startsWith('SPF') ? '4.4.2' : '4.4.1');
  const evidence = [
    tr({ en: `${what} domain: ${a.domain} (result ${a.result})`, ja: `${what} のドメイン: ${a.domain} (結果 ${a.result})` }),
    tr({ en: `From domain: ${author}`, ja: `From ドメイン: ${author}` }),
    tr({ en: `mode: ${mode === 's' ? 'strict' : 'relaxed'}`, ja: `モード: ${mode === 's' ? 'strict' : 'relaxed'}` }),
  ];
  let text: string;
  if (mode === 's') {
    text = a.aligned
      ? tr({ en: `${a.domain} is identical to the From domain: aligned (strict mode).`, ja: `${a.domain} は From ドメインと同一です: アラインしています (strict モード)。` })
      : tr({ en: `Strict mode requires ${a.domain} to be identical to ${author}; it is not: not aligned.`, ja: `strict モードでは ${a.domain} が ${author} と同一である必要がありますが、同一ではありません: アラインしていません。` });
  } else if (a.aligned) {
    text =
      a.domain === author
        ? tr({ en: `${a.domain} is the From domain itself: aligned.`, ja: `${a.domain} は From ドメインそのものです: アラインしています。` })
        : tr({
            en: `${a.domain} and ${author} share the organizational domain ${a.alignedDomain}: aligned (relaxed mode).`,
            ja: `${a.domain} と ${author} は組織ドメイン ${a.alignedDomain} が同じです: アラインしています (relaxed モード)。`,
          });
    const dir = alignmentDirection(author, a.domain);
    if (dir === 'identifier-is-parent' || dir === 'identifier-is-child') {
      text += tr({
        en:
          ` Note: this holds in both directions. ${dir === 'identifier-is-parent' ? `The From domain is a subdomain of ${a.domain}` : `${a.domain} is a subdomain of the From domain`}, ` +
          'and a common belief says only one of the two directions aligns. Relaxed alignment compares organizational domains only, so both do (RFC 9989 Appendix B.1).',
        ja:
          `補足: これはどちらの向きでも成り立ちます。${dir === 'identifier-is-parent' ? `From ドメインは ${a.domain} のサブドメインです` : `${a.domain} は From ドメインのサブドメインです`}。` +
          '片方の向きだけがアラインするとよく誤解されますが、relaxed のアラインメントは組織ドメインだけを比べるため、どちらもアラインします (RFC 9989 Appendix B.1)。',
      });
    }
  } else if (a.unknown) {
    text = tr({
      en: `The organizational domain of ${a.domain} or ${author} could not be determined because of a DNS error, so alignment is unknown.`,
      ja: `DNS エラーのため ${a.domain} または ${author} の組織ドメインを特定できず、アラインメントは不明です。`,
    });
  } else {
    text = tr({
      en: `${a.domain} has organizational domain ${a.orgDomain ?? '(unknown)'}, the From domain has ${authorOrg ?? '(unknown)'}: different, so not aligned.`,
      ja: `${a.domain} の組織ドメインは ${a.orgDomain ?? '(不明)'}、From ドメインの組織ドメインは ${authorOrg ?? '(不明)'} で、異なるためアラインしていません。`,
    });
  }
  if (!a.authenticated)
    text += tr({
      en: ` ${what} did not pass (${a.result}), so this identifier cannot make DMARC pass whatever its alignment.`,
      ja: `${what} が pass ではない (${a.result}) ため、アラインメントにかかわらず、この識別子で DMARC が pass になることはありません。`,
    });
  if (a.alignedRfc7489 !== a.aligned) {
    text += tr({
      en: ` With the Public Suffix List (RFC 7489) the answer would be "${a.alignedRfc7489 ? 'aligned' : 'not aligned'}" (organizational domain ${a.orgDomainPSL ?? 'none'}); RFC 9989's tree walk decides here.`,
      ja: `Public Suffix List (RFC 7489) を使うと「${a.alignedRfc7489 ? 'アラインしている' : 'アラインしていない'}」となります (組織ドメイン ${a.orgDomainPSL ?? 'なし'})。ここでは RFC 9989 のツリーウォークで判定します。`,
    });
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
      tr({ en: 'Which rules decided', ja: '判定に使った規則' }),
      differs ? 'warning' : 'info',
      tr({
        en:
          'The verdict uses RFC 9989 (DNS tree walk for the organizational domain). ' +
          (differs
            ? `A receiver still on RFC 7489 (Public Suffix List) would conclude ${r.result}${r.policy ? ` with policy ${r.policy}` : ''}` +
              `${r.recordDiffers ? `, using ${r.recordDomain ?? 'no record'}` : ''}${r.alignmentDiffers ? ', with different alignment' : ''}.`
            : 'A receiver still on RFC 7489 (Public Suffix List) reaches the same result.'),
        ja:
          '判定には RFC 9989 (組織ドメインを DNS ツリーウォークで求める方式) を使っています。' +
          (differs
            ? `RFC 7489 (Public Suffix List) に従う受信側では${r.recordDiffers ? (r.recordDomain ? `、${r.recordDomain} を使い` : '、レコードなしで') : ''}${r.alignmentDiffers ? '、アラインメントも異なり' : ''}、` +
              `結果は ${r.result}${r.policy ? ` (ポリシー ${r.policy})` : ''} になります。`
            : 'RFC 7489 (Public Suffix List) に従う受信側でも同じ結果になります。'),
      }),
      rfc(9989, '4.10.2'),
    ),
  );
  const policyText = ev.policy
    ? tr({
        en: ` The policy for failing mail is ${ev.policy}${ev.policySource ? ` (from ${ev.policySource}${ev.testing ? ', lowered by t=y' : ''})` : ''}.`,
        ja: `失敗したメールに対するポリシーは ${ev.policy} です${ev.policySource ? ` (${ev.policySource} タグから${ev.testing ? '、t=y で 1 段階緩和' : ''})` : ''}。`,
      })
    : '';
  const passed = [ev.spfAligned ? 'SPF' : '', ev.dkimAligned ? 'DKIM' : ''].filter(Boolean);
  const verdict: Record<DmarcResult, string> = {
    pass: tr({
      en: `DMARC passes: ${passed.join(' and ')} authenticated a domain aligned with ${ev.authorDomain}.`,
      ja: `DMARC は pass です: ${passed.join(' と ')} が ${ev.authorDomain} とアラインしたドメインを認証しました。`,
    }),
    fail: tr({
      en: `DMARC fails: neither an SPF pass nor a DKIM pass comes with a domain aligned with ${ev.authorDomain}.${policyText}`,
      ja: `DMARC は fail です: ${ev.authorDomain} とアラインしたドメインでの SPF の pass も DKIM の pass もありません。${policyText}`,
    }),
    none: tr({ en: `No DMARC policy applies to ${ev.authorDomain}: result none.`, ja: `${ev.authorDomain} に適用される DMARC ポリシーはありません: 結果 none。` }),
    temperror: tr({
      en: 'A DNS query failed, so DMARC could not reach a verdict: temperror. Try again later.',
      ja: 'DNS 問い合わせが失敗したため、DMARC の判定ができませんでした: temperror。しばらくしてから再度お試しください。',
    }),
    permerror: tr({ en: 'DMARC could not be evaluated: permerror.', ja: 'DMARC を評価できませんでした: permerror。' }),
  };
  ev.steps.push(
    step(
      'verdict',
      tr({ en: 'DMARC result', ja: 'DMARC の結果' }),
      result === 'pass' ? 'pass' : result === 'none' ? 'info' : result === 'fail' ? 'fail' : 'error',
      result === 'pass' ? verdict.pass + policyText : verdict[result],
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
  r.dkimAligned = (Array.isArray(input?.dkim) ? input.dkim : []).slice(0, MAX_SIGNATURES).some((s) => s?.result === 'pass' && aligned(author, s.d, rec.adkim, orgDomainPSL));
  r.result = r.spfAligned || r.dkimAligned ? 'pass' : 'fail';
  r.alignmentDiffers = (ev.spfAlignment ? ev.spfAlignment.alignedRfc7489 !== ev.spfAlignment.aligned : false) || ev.dkimAlignment.some((a) => a.alignedRfc7489 !== a.aligned);
  r.resultDiffers = r.result !== ev.result;
}
