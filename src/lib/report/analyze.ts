// The whole analysis: raw input + a Resolver → Report. Runs in the worker, in Node (CLI) and tests.
import { justifiedByHeaders } from './offline-fixes.ts';
import type { Resolver } from '../dns/types.ts';
import { CachingResolver } from '../dns/cache.ts';
import type { AuthResult, Problem } from '../types.ts';
import { normaliseInput, type Normalised } from '../message/normalise.ts';
import { splitMessage, binaryToText, unfold, type RawMessage } from '../message/raw.ts';
import { parseFrom, type FromInfo } from '../message/address.ts';
import { decodeAntispam } from '../message/antispam.ts';
import { decodeHeaderValue, explainHeader } from '../message/header-info.ts';
import { isMsgFile, readMsg, msgToMessage } from '../message/msg.ts';
import { checkSpf, lintSpf } from '../spf/index.ts';
import { repairedSpfPasses } from '../diagnosis/spf-repaired.ts';
import { verifyDkim } from '../dkim/index.ts';
import type { DkimSignatureResult } from '../dkim/types.ts';
import { validateArc, type ArcResult } from '../arc/index.ts';
import { evaluateDmarc, discoverDmarc, prefetchDmarc, signingDomains } from '../dmarc/index.ts';
import { aligned, orgDomainPSL } from '../domain/index.ts';
import { detectProvider, markPublished, planFixes, spfCanAlign, spfFactsOf, toBindZone, toTable, type SpfFacts } from '../advice/index.ts';
import type { Lang } from '../i18n/core.ts';
import { translator, type Tr } from '../i18n/tr.ts';
import { chooseIdentifiers, type Identifiers } from './identifiers.ts';
import { findDisagreement } from './disagreement.ts';
import { loadCatalogue, loadedCatalogue, type Catalogue } from '../findings/catalog.ts';
import { renderText } from '../findings/render.ts';
import { compareWithReceiver } from './compare.ts';
import { buildSteps } from './steps.ts';
import { checkRequirements, startFcrdns, type FcrdnsResult } from '../requirements/index.ts';
import { diagnose } from '../diagnosis/index.ts';
import type { Report, ReportFix } from './types.ts';
import type { HeaderView } from './types.ts';

export interface AnalyzeOptions {
  lang?: Lang;
  /** index (oldest = 0) of the Received hop to take the client IP and HELO from; default: the receiver's boundary */
  hop?: number | null;
  /** no DNS at all: DNS-dependent checks fall back to the receiver's Authentication-Results */
  offline?: boolean;
  /** unix seconds, for DKIM x= expiry (tests) */
  now?: number;
  /** the query log of the resolver, copied into the report */
  queryLog?: () => Report['dns'];
  /** verdicts only (an mbox row): no story, no header table beyond Subject and Date, no exports */
  summaryOnly?: boolean;
}

const MAX_DISPLAY_VALUE = 65536;
/** header rows in the report (a message may carry thousands of fields) */
const MAX_HEADER_ROWS = 2000;

export function headerViews(raw: RawMessage): HeaderView[] {
  return raw.headers.map((h) => {
    const v = binaryToText(unfold(h.value)).trim();
    return { index: h.index, name: h.name, value: v.length > MAX_DISPLAY_VALUE ? v.slice(0, MAX_DISPLAY_VALUE) + '…' : v, line: h.line };
  });
}

/** An Outlook .msg: the transport headers Outlook kept, and the plain-text body. */
function outlookMsg(bytes: Uint8Array, tr: Tr): { text: string; problems: Problem[] } {
  const r = readMsg(bytes);
  if (!r.ok) return { text: '', problems: [{ code: 'msg-unreadable', severity: 'error', subject: '.msg', message: tr('report.outlook.unreadable', { error: r.error }) }] };
  const problems: Problem[] = r.value.problems.map((m) => ({ code: 'msg-note', severity: 'info' as const, subject: '.msg', message: m }));
  const text = msgToMessage(r.value);
  if (text === null) problems.unshift({ code: 'msg-no-headers', severity: 'error', subject: '.msg', message: tr('report.outlook.no-headers') });
  return { text: text ?? '', problems };
}

/** The message's header rows named k (lower case). */
const named = (views: HeaderView[], k: string) => views.filter((h) => h.name.toLowerCase() === k);

type SpfCheck = Awaited<ReturnType<typeof checkSpf>>;
type SpfLint = Awaited<ReturnType<typeof lintSpf>> | null;
type DmarcEvaluation = Awaited<ReturnType<typeof evaluateDmarc>>;
type DkimView = Report['dkim'][number];

/** Stage 1: the message read and its identifiers chosen, with the report's words loaded. */
interface Identified {
  cat: Catalogue;
  tr: Tr;
  norm: Normalised;
  raw: RawMessage;
  views: HeaderView[];
  from: FromInfo;
  ids: Identifiers;
  /** the report's problems; later stages add to this array */
  problems: Problem[];
}

/** The signature's key record is revoked (empty p=): our own verification said so. */
const keyRevoked = (k: { source: 'ours' | 'receiver'; detail?: unknown }): boolean => k.source === 'ours' && !!(k.detail as DkimSignatureResult | undefined)?.problems.some((p) => p.code === 'key-revoked');

/** Stage 2: the verdicts (ours, else the receiver's), alignment, provider and diagnosis. */
interface Checks {
  spf: SpfCheck | null;
  spfResult: AuthResult | null;
  spfDomain: string | null;
  spfSource: 'ours' | 'receiver' | 'none';
  spfAligned: boolean;
  apexLint: SpfLint;
  envLint: SpfLint;
  dkimList: DkimView[];
  arc: ArcResult | null;
  dmarc: DmarcEvaluation | null;
  fcrdns: FcrdnsResult | null;
  provider: ReturnType<typeof detectProvider>;
  spfFacts: SpfFacts[];
  diag: ReturnType<typeof diagnose>;
}

// The stages, in order. The provider is detected among the checks (it reads the DKIM domains);
// the receiver comparison, the story and the requirements read the assembled report, so come last.
export async function analyzeMessage(input: string | Uint8Array, resolver: Resolver, opts: AnalyzeOptions = {}): Promise<Report> {
  const msg = await identify(input, opts);
  const checks = await runChecks(msg, resolver, opts);
  const report = await assemble(msg, checks, resolver, opts);
  review(report, msg, checks, opts);
  return report;
}

/** Stage 1: .msg or text, normalised, split into headers; From, envelope, hops and client IP. */
async function identify(input: string | Uint8Array, opts: AnalyzeOptions): Promise<Identified> {
  // the words of the report's language, loaded before any engine renders one
  await loadCatalogue(opts.lang === 'ja' ? 'ja' : 'en');
  // (the coded catalogue when texts are kept as codes: findings/coded.ts)
  const cat = loadedCatalogue(opts.lang === 'ja' ? 'ja' : 'en');
  const tr = translator(opts.lang);
  const fromMsg = input instanceof Uint8Array && isMsgFile(input) ? outlookMsg(input, tr) : null;
  const norm = normaliseInput(fromMsg ? fromMsg.text : input, { lang: opts.lang });
  const problems: Problem[] = [...(fromMsg?.problems ?? []), ...norm.problems];
  const raw = splitMessage(norm.bytes, norm.binary);
  const views = headerViews(raw);

  for (const j of raw.junk.slice(0, 5)) {
    problems.push({ code: 'header-junk', severity: 'warning', subject: `line ${j.line}`, message: tr('report.header-junk', { line: j.line, text: binaryToText(j.text).slice(0, 120) }) });
  }

  const from = parseFrom(named(views, 'from').map((h) => h.value), { lang: opts.lang, cat });
  problems.push(...from.problems);

  const ids = chooseIdentifiers(views, { hop: opts.hop, cat });
  problems.push(...ids.problems);
  return { cat, tr, norm, raw, views, from, ids, problems };
}

/** The DNS work that runs concurrently: started together, in this order (the query log keeps it). */
function startChecks(msg: Identified, resolver: Resolver, opts: AnalyzeOptions) {
  const { raw, from, ids } = msg;
  const { envelope, clientIp, helo } = ids;
  const offline = !!opts.offline;
  const fromDomain = from.domain;
  const spfIdentity = envelope.nullSender ? (helo ? `postmaster@${helo}` : null) : envelope.address;
  const spfP =
    !offline && clientIp && (spfIdentity || helo)
      ? checkSpf({ ip: clientIp, mailFrom: envelope.nullSender ? '' : envelope.address ?? '', helo: helo ?? '' }, resolver, { lang: opts.lang ?? 'en' })
      : Promise.resolve(null);
  const dkimP = offline ? Promise.resolve(null) : verifyDkim(raw, resolver, { now: opts.now, lang: opts.lang ?? 'en' });
  const arcP = offline ? Promise.resolve(null) : validateArc(raw, resolver, { now: opts.now, lang: opts.lang ?? 'en' });
  const lintP = !offline && fromDomain ? lintSpf(fromDomain, resolver, { lang: opts.lang ?? 'en' }).catch(() => null) : Promise.resolve(null);
  // the record that was evaluated is linted too when it is not the From domain's (the cache
  // answers the queries check_host already made)
  const envDomain = envelope.domain ?? (envelope.nullSender ? helo : null);
  const envLintP = !offline && envDomain && envDomain.toLowerCase() !== fromDomain?.toLowerCase() ? lintSpf(envDomain, resolver, { lang: opts.lang ?? 'en' }).catch(() => null) : Promise.resolve(null);
  // DMARC discovery needs only the From domain: start it now so its queries run beside SPF/DKIM
  // (after them: the SPF chain, record then includes, is the longest, so its first query goes first).
  const warmDmarc = !offline && fromDomain ? discoverDmarc(fromDomain, resolver).catch(() => null) : null;
  // Every name of the DMARC tree walks (discovery and alignment) is known now: behind a caching
  // resolver, ask them all at once (after the checks above, whose chains are longer) so the walks,
  // still one query after another, find them answered. A plain resolver is left alone.
  const dmarcPrefetch =
    !offline && fromDomain && resolver instanceof CachingResolver
      ? prefetchDmarc({ fromDomains: from.domains, identifierDomains: [envelope.domain ?? helo, ...signingDomains(raw.headers.filter((h) => h.key === 'dkim-signature').map((h) => h.value))] }, resolver)
      : null;
  const fcrdnsP = startFcrdns(clientIp, resolver, offline); // sender requirements: PTR, then A/AAAA, beside the checks
  return { spfP, dkimP, arcP, lintP, envLintP, warmDmarc, dmarcPrefetch, fcrdnsP };
}

/** Stage 2: SPF, DKIM, ARC, DMARC and alignment, then the provider and the diagnosis. */
async function runChecks(msg: Identified, resolver: Resolver, opts: AnalyzeOptions): Promise<Checks> {
  const { from, ids } = msg;
  const { topClaim, topLine, envelope, clientIp, helo } = ids;
  const offline = !!opts.offline;
  const fromDomain = from.domain;
  const started = startChecks(msg, resolver, opts);
  const [spf, dkim, arc, apexLint, envLint] = await Promise.all([started.spfP, started.dkimP, started.arcP, started.lintP, started.envLintP]);
  await started.warmDmarc;

  // SPF: ours, else the receiver's claim
  const spfDomain = spf?.domain ?? envelope.domain ?? (helo || null);
  const spfResult: AuthResult | null = spf ? spf.result : ((topClaim?.spf?.result as AuthResult | undefined) ?? null);
  const spfSource: 'ours' | 'receiver' | 'none' = spf ? 'ours' : topClaim?.spf ? 'receiver' : 'none';
  if (!spf && !offline && !clientIp) {
    msg.problems.push({ code: 'no-client-ip', severity: 'warning', subject: 'Received', message: msg.tr('report.no-client-ip') });
  }

  // DKIM: ours, else the receiver's claims
  const dkimList = dkim
    ? dkim.map((s) => ({ d: s.d ?? null, s: s.s ?? null, algorithm: s.algorithm ?? null, result: s.result, bodyHash: s.bodyHash, aligned: false, source: 'ours' as const, reason: s.reason, line: s.headerLine, detail: s }))
    : (topClaim?.dkim ?? []).map((c) => ({ d: c.d ?? null, s: c.s ?? null, algorithm: c.a ?? null, result: c.result as AuthResult, bodyHash: 'not-checked' as const, aligned: false, source: 'receiver' as const, reason: c.comment, line: topLine, detail: c }));

  // DMARC
  const dmarc = fromDomain
    ? offline
      ? null
      : await evaluateDmarc(
          {
            fromDomains: from.domains,
            spf: spfResult && spfDomain ? { result: spfResult, domain: spfDomain } : null,
            dkim: dkimList.filter((k) => k.d).map((k) => ({ result: k.result, d: k.d! })),
          },
          resolver,
          { lang: opts.lang ?? 'en' },
        )
    : null;
  await started.dmarcPrefetch; // no query of this analysis outlives it
  const fcrdns = await started.fcrdnsP;
  const spfAligned = alignIdentifiers(fromDomain, spfDomain, dkimList, dmarc);

  const advice = await diagnoseMessage(msg, { spf, spfResult, spfDomain, spfAligned, apexLint, envLint, dkimList, arc, dmarc }, resolver, opts);
  return { spf, spfResult, spfDomain, spfSource, spfAligned, apexLint, envLint, dkimList, arc, dmarc, fcrdns, ...advice };
}

/** SPF alignment, returned, and each DKIM signature's, set on it. */
function alignIdentifiers(fromDomain: string | null, spfDomain: string | null, dkimList: DkimView[], dmarc: DmarcEvaluation | null): boolean {
  const mode = { aspf: dmarc?.aspf ?? 'r', adkim: dmarc?.adkim ?? 'r' } as const;
  const org = (d: string) => orgDomainPSL(d, { allowPrivate: true });
  // alignment as DMARC decided it (RFC 9989 tree walk); the Public Suffix List only when DMARC
  // could not be evaluated (offline, no record lookups)
  const spfAligned = dmarc?.spfAlignment ? dmarc.spfAlignment.aligned : !!(fromDomain && spfDomain && aligned(fromDomain, spfDomain, mode.aspf, org));
  for (const k of dkimList) {
    const d = (k.d ?? '').toLowerCase().replace(/\.$/, '');
    const walked = d ? dmarc?.dkimAlignment?.find((a) => a.d.toLowerCase() === d) : undefined;
    k.aligned = walked ? walked.aligned : !!(fromDomain && k.d && aligned(fromDomain, k.d, mode.adkim, org));
  }
  return spfAligned;
}

type Verdicts = Pick<Checks, 'spf' | 'spfResult' | 'spfDomain' | 'spfAligned' | 'apexLint' | 'envLint' | 'dkimList' | 'arc' | 'dmarc'>;

/** The sending service, the SPF facts the advisor needs, and the root causes. */
async function diagnoseMessage(msg: Identified, v: Verdicts, resolver: Resolver, opts: AnalyzeOptions): Promise<Pick<Checks, 'provider' | 'spfFacts' | 'diag'>> {
  const { from, ids, views, cat } = msg;
  const { envelope, clientIp, helo, hops, chosen } = ids;
  const { spf, spfResult, spfDomain, spfAligned, apexLint, envLint, dkimList, arc, dmarc } = v;
  const offline = !!opts.offline;
  const fromDomain = from.domain;
  const provider = detectProvider({
    headers: views.map((h) => ({ name: h.name, value: h.value })),
    mailFromDomain: envelope.domain,
    dkimDomains: dkimList.filter((k) => k.d).map((k) => ({ d: k.d!, s: k.s ?? '' })),
    lang: opts.lang ?? 'en',
  });
  // the advisor's DNS part: SPF merged / corrected / within 10 lookups (only when one of those is needed)
  const spfFacts = fromDomain && !offline ? (await Promise.all([apexLint, envLint].map((l) => spfFactsOf(l, resolver).catch(() => null)))).filter((f) => f !== null) : [];
  // SPF broke on the owner's own record: does the repaired record pass this client? (then the sender is the owner's)
  const spfRepairedPass = spfResult === 'permerror' && spfAligned && !!clientIp && !!spfDomain ? await repairedSpfPasses(spfFacts, spfDomain, { ip: clientIp, mailFrom: envelope.nullSender ? '' : (envelope.address ?? ''), helo: helo ?? '' }, resolver) : false;
  const diag = diagnose({ from, envelope, helo, clientIp, spf, spfResult, spfDomain, spfAligned, lints: [apexLint, envLint], dkim: dkimList, arc, dmarc, provider, providerSpfRoute: provider && from.domain ? spfCanAlign(provider, from.domain) : true, headers: views, hops: hops.hops, boundaryIndex: chosen?.hop.index ?? null, receiverIds: ids.claims.map((c) => c.claim.authservId).filter((x): x is string => !!x), offline, spfRepairedPass }, cat);
  return { provider, spfFacts, diag };
}

/** Stage 3: the Report: the fixes (planned, checked against DNS), the receiver's views, the exports. */
async function assemble(msg: Identified, c: Checks, resolver: Resolver, opts: AnalyzeOptions): Promise<Report> {
  const { norm, raw, views, from, ids, tr, problems } = msg;
  const { hops, chosen, envelope, clientIp, helo, ipSource, ipCrossCheck } = ids;
  const { spf, spfResult, spfDomain, spfSource, spfAligned, apexLint, envLint, dkimList, arc, provider } = c;
  const offline = !!opts.offline;
  const fromDomain = from.domain;
  const fixes = await planReportFixes(msg, c, resolver, opts);
  return {
    version: 1,
    generatedAt: new Date().toISOString(),
    input: { bytes: norm.bytes.length, headersOnly: !raw.hasBody, headerCount: raw.headers.length, repairs: norm.repairs },
    from: { domain: fromDomain, domains: from.domains, mailboxes: from.mailboxes, line: named(views, 'from')[0]?.line },
    mailFrom: { domain: envelope.domain, address: envelope.address, source: envelope.source, nullSender: envelope.nullSender, evidence: envelope.evidence ?? undefined },
    spf:
      spfResult || spf
        ? {
            result: spfResult ?? 'none',
            domain: spfDomain,
            clientIp,
            helo,
            lookups: spf?.lookups ?? 0,
            ipCrossCheck,
            clientIpSource: ids.clientIpSource,
            ...(ids.assumed ? { assumed: ids.assumed } : {}),
            aligned: spfAligned,
            explanation: spf?.explanation,
            reason: spf?.summary,
            source: spfSource,
            identity: spf?.identity,
            trace: spf?.trace,
            lint: (envLint ?? (spfDomain?.toLowerCase() === fromDomain?.toLowerCase() ? apexLint : null)) ?? undefined,
          }
        : null,
    spfLints: [envLint, apexLint].filter((l) => l !== null),
    dkim: dkimList,
    arc: { result: arc?.result ?? 'none', detail: arc ?? undefined },
    dmarc: dmarcView(c, ids.topClaim, offline),
    provider: provider ? { id: provider.id, region: provider.region ?? null, name: provider.name, evidence: provider.evidence } : null,
    fixes,
    diagnoses: c.diag.diagnoses,
    fixExports: !opts.summaryOnly && fixes.some((f) => f.records.length) ? { bind: toBindZone(fixes, { lang: opts.lang ?? 'en', catalogue: loadedCatalogue(opts.lang) }), table: toTable(fixes) } : undefined,
    receiver: receiverViews(ids, msg.cat),
    comparisons: [],
    dns: opts.queryLog?.() ?? [],
    hops: hops.hops.map((h) => ({ ip: h.ip ?? null, from: h.from ?? null, by: h.by ?? null, date: h.date ?? null, delaySeconds: h.delaySeconds ?? null })),
    hopDetail: { ...hops, boundary: chosen, ipSource, clientIpSource: ids.clientIpSource, clientIpLine: ids.clientIpLine, block: ids.block, assumed: ids.assumed },
    antispam: opts.summaryOnly ? undefined : decodeAntispam(views.map((h) => ({ name: h.name, value: h.value, trusted: ids.block.endLine === null || h.line < ids.block.endLine })), tr),
    headers: (opts.summaryOnly ? views.filter((h) => /^(subject|date)$/i.test(h.name)) : views).slice(0, MAX_HEADER_ROWS).map((h) => ({ name: h.name, value: h.value, decoded: decodeHeaderValue(h.value), line: h.line, explain: explainHeader(h.name, tr) })),
    steps: [],
    problems,
    offline: offline || undefined,
  };
}

/** The advisor's fixes; offline, only those the headers alone justify (see offline-fixes.ts). */
async function planReportFixes(msg: Identified, c: Checks, resolver: Resolver, opts: AnalyzeOptions): Promise<ReportFix[]> {
  const { envelope, helo } = msg.ids;
  const { spfResult, spfDomain, spfAligned, apexLint, spfFacts, dkimList, dmarc, provider } = c;
  const offline = !!opts.offline;
  const fromDomain = msg.from.domain;
  const dmarcDuplicates = (dmarc?.discovery?.walk.queries ?? [])
    .filter((q) => q.dropped.filter((x) => x.reason === 'multiple').length > 1)
    .map((q) => ({ name: q.name, records: q.dropped.filter((x) => x.reason === 'multiple').map((x) => x.text) }));
  const fixes = (
    fromDomain
      ? planFixes({
          lang: opts.lang ?? 'en',
          fromDomain,
          mailFromDomain: envelope.domain,
          provider,
          spf: { result: spfResult ?? 'none', domain: spfDomain, aligned: spfAligned },
          dkim: dkimList.map((k) => ({ d: k.d ?? '', s: k.s ?? '', result: k.result, aligned: k.aligned, algorithm: k.algorithm, ...(keyRevoked(k) ? { keyRevoked: true } : {}) })),
          envelope: { nullSender: !!envelope.nullSender, helo: helo ?? null },
          dmarc: dmarc
            ? {
                record: dmarc.record ?? null,
                recordDomain: dmarc.recordDomain ?? null,
                aspf: dmarc.aspf,
                adkim: dmarc.adkim,
                p: dmarc.parsed?.p ?? null,
                sp: dmarc.parsed?.sp ?? null,
                np: dmarc.parsed?.np ?? null,
                rua: dmarc.parsed?.rua ?? [],
                policy: dmarc.policy ?? null,
                result: dmarc.result,
                spfAligned: dmarc.spfAligned,
                dkimAligned: dmarc.dkimAligned,
              }
            : null,
          existing: apexLint || spfFacts.length || dmarcDuplicates.length
            ? { ...(apexLint ? { apexSpf: apexLint.records ?? [], spfLookupsWorstCase: apexLint.worstCaseLookups } : {}), spf: spfFacts, dmarcDuplicates }
            : undefined,
          diagnosis: c.diag.gate,
        })
      : []
  ).filter((f) => !offline || justifiedByHeaders(f));
  // what DNS has now: records already published are not proposed again
  if (fixes.length && !offline) await markPublished(fixes, resolver, { lang: opts.lang ?? 'en' }).catch(() => fixes);
  return fixes;
}

/** Our DMARC verdict; the receiver's when we could not evaluate (offline). */
function dmarcView(c: Checks, topClaim: Identifiers['topClaim'], offline: boolean): Report['dmarc'] {
  const { dmarc, spfResult, spfAligned, dkimList } = c;
  return dmarc
    ? {
        result: dmarc.result,
        recordDomain: dmarc.recordDomain ?? null,
        record: dmarc.record ?? null,
        policy: dmarc.policy ?? null,
        policySource: dmarc.policySource ?? null,
        spfAligned: dmarc.spfAligned,
        dkimAligned: dmarc.dkimAligned,
        aspf: dmarc.aspf ?? undefined,
        adkim: dmarc.adkim ?? undefined,
        orgDomain: dmarc.orgDomain ?? null,
        detail: dmarc,
      }
    : {
        result: offline && topClaim?.dmarc ? ((topClaim.dmarc.result as Report['dmarc']['result']) ?? 'none') : 'none',
        recordDomain: null,
        record: null,
        policy: null,
        spfAligned: spfResult === 'pass' && spfAligned,
        dkimAligned: dkimList.some((k) => k.result === 'pass' && k.aligned),
      };
}

/** Each receiver's Authentication-Results, as the report shows it. */
function receiverViews(ids: Identifiers, cat: Catalogue): Report['receiver'] {
  return ids.claims.map((c) => ({
    authservId: c.claim.authservId,
    spf: c.claim.spf?.result ?? null,
    dkim: c.claim.dkim.map((d) => d.result),
    dmarc: c.claim.dmarc?.result ?? null,
    arc: c.claim.arc?.result ?? null,
    smtpMailfrom: c.claim.spf?.mailfrom ?? null,
    headerFrom: c.claim.dmarc?.headerFrom ?? null,
    line: c.line,
    trusted: c.trusted,
    compauth: c.claim.compauth?.result ?? null,
    recordedAt: c.recordedAt,
    note: c.trusted ? undefined : renderText(cat, 'recv.intermediary', { by: c.claim.authservId ?? 'a server without authserv-id', line: c.line, when: c.recordedAt ? `, ${c.recordedAt}` : '' }),
  }));
}

/** Stage 4, on the assembled report: the receiver comparison and disagreement, the story, the sender requirements. */
function review(report: Report, msg: Identified, c: Checks, opts: AnalyzeOptions): void {
  const { tr, cat, raw, views, ids } = msg;
  const { topClaim, chosen, envelope, ipSource } = ids;
  report.comparisons = compareWithReceiver(report, topClaim, tr);
  const disagreement = findDisagreement(report, ids.claims.find((k) => k.trusted && k.claim.dmarc), { cat, dateHeader: named(views, 'date')[0]?.value, nowMs: opts.now != null ? opts.now * 1000 : undefined });
  if (disagreement) {
    report.disagreement = disagreement;
    // no fix prescribed from our view alone when it contradicts the receiver
    if (disagreement.fixesSuppressed) {
      // kept apart, not shown: a shared link restores those the sender was shown (src/lib/share/compare.ts)
      if (report.fixes.length) report.withheldFixes = report.fixes;
      report.fixes = [];
      report.fixExports = undefined;
    }
  }
  const ipFromText = ids.clientIpSource && ids.clientIpLine != null ? renderText(cat, `recv.ipsrc.${ids.clientIpSource}`, { line: ids.clientIpLine }) : undefined;
  if (!opts.summaryOnly) report.steps = buildSteps(report, { t: tr, envelope, ipSource, chosen, raw, views, assumed: ids.assumed, ipFromText });
  if (!opts.summaryOnly) report.requirements = checkRequirements({ report, headers: views, hop: chosen?.hop ?? null, fcrdns: c.fcrdns, context: c.diag.gate });
}
