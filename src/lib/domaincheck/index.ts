// The domain check: what a domain publishes for mail authentication, without a message.
// SPF (lint, worst-case lookups), DMARC (discovery, policy, external report authorisation), DKIM
// keys at the chosen service's selectors and the common ones, MX, MTA-STS, TLS-RPT and BIMI as far
// as DNS shows them; then the fix advisor for the chosen sending service, each proposed record
// checked live. Pure: everything goes through the Resolver it is given (DNS queries only; the
// MTA-STS policy file, served over HTTPS, is not fetched).
import { isTransientFailure, type DnsResult, type QueryLogEntry, type Resolver, type RRType } from '../dns/types.ts';
import { RecordingResolver } from '../domain/recording-resolver.ts';
import { toALabel } from '../domain/names.ts';
import { lintSpf } from '../spf/lint.ts';
import type { SpfLint, SpfLintNode } from '../spf/types.ts';
import { discoverDmarc } from '../dmarc/discover.ts';
import { checkExternalReportAuth } from '../dmarc/report-auth.ts';
import type { DmarcRecord } from '../dmarc/record.ts';
import { fetchKey } from '../dkim/key.ts';
import { planFixes } from '../advice/plan.ts';
import { checkFix, summarizeChecks } from '../advice/check.ts';
import { toBindZone, toTable } from '../advice/export.ts';
import { RECIPES, type Ctx } from '../advice/recipes.ts';
import { providerName } from '../advice/providers.ts';
import { normDomain, orgDomainOf } from '../advice/names.ts';
import { PROVIDER_IDS, type Detection, type Fix, type FixCheck, type FixProblem, type PlanInput, type ProviderId, type RuaEntry } from '../advice/types.ts';
import { plainText } from '../findings/coded.ts';
import { EN_CATALOGUE, loadCatalogue, loadedCatalogue, renderText, type Catalogue, type Evidence, type Finding, type FindingParams, type Outcome, type TextCode } from '../findings/index.ts';
import { translator } from '../i18n/tr.ts';
import type { Step } from '../report/types.ts';
import { rfc, type Problem, type RuleRef } from '../types.ts';
import { claims, parseBimi, parseMtaSts, parseTlsRpt, tlsRptUris, type TagRecord, type TxtStatus } from './records.ts';

/** Selectors checked for every domain (besides the service's and the ones given). */
export const COMMON_SELECTORS = ['google', 'selector1', 'selector2', 's1', 's2', 'k1', 'k2', 'mte1', 'mte2', 'default', 'dkim'] as const;
/** Services that send with the user's own address as MAIL FROM (esp-fixes.md §9-11): SPF aligns once the apex record authorises them. */
const OWN_ENVELOPE: readonly ProviderId[] = ['google-workspace', 'microsoft-365', 'zoho'];
/** Services that host a delegated subdomain's records themselves: the name servers that show it. */
const HOSTED_NS: Partial<Record<ProviderId, RegExp>> = { 'salesforce-marketing-cloud': /(^|\.)exacttarget\.com\.?$/i };

/** The name servers of a name delegated to the service (every NS answer its own), else null. */
function hostedNs(ns: DnsResult, re: RegExp): string[] | null {
  const names = ns.answers.map((a) => a.data.trim().toLowerCase()).filter(Boolean);
  return names.length && names.every((n) => re.test(n)) ? names : null;
}

/** Services whose MAIL FROM becomes the user's address only after a setting is changed in them. */
const SETTINGS_ENVELOPE: readonly ProviderId[] = ['salesforce'];
const MAX_SELECTORS = 40;
/** The planner's sentences about the message at hand (plan.ts otherMechanism), in both languages. */
const ABOUT_MESSAGE = /\bfor this message\b|このメッセージは|このメッセージでは/;
const MAX_GIVEN_SELECTORS = 20;
const MAX_RUA = 10;
const SELECTOR = /^[a-z0-9_-]{1,63}(?:\.[a-z0-9_-]{1,63}){0,4}$/i;
const REGION = /^[a-z]{2}(?:-gov)?-[a-z]{1,12}-\d$|^[a-z]{2,3}$/;

export interface DomainCheckOptions {
  service?: ProviderId | null;
  region?: string | null;
  selectors?: string[];
  lang?: 'en' | 'ja';
  /** query the proposed records now (default true) */
  liveCheck?: boolean;
}

export type DkimKeyStatus = 'ok' | 'short' | 'weak' | 'revoked' | 'invalid' | 'none' | 'error';

export interface DkimKeyCheck {
  selector: string;
  name: string;
  /** where the selector came from */
  source: 'given' | 'service' | 'common';
  status: DkimKeyStatus;
  record: string | null;
  keyType: 'rsa' | 'ed25519' | null;
  bits: number | null;
  testing: boolean;
  /** CNAMEs followed (e.g. Easy DKIM) */
  chain: string[];
  reason?: string;
}

export interface ReportAuthCheck {
  uri: string;
  destination: string | null;
  external: boolean;
  /** null: unknown (DNS error, unusable URI) */
  authorized: boolean | null;
  queryName: string | null;
}

export interface DomainCheckFix extends Fix {
  /** the records looked up now */
  check?: FixCheck;
}

export interface DomainCheckResult {
  version: 1;
  domain: string;
  generatedAt: string;
  service: { id: ProviderId; name: string; region: string | null } | null;
  spf: {
    status: 'ok' | 'none' | 'invalid' | 'error';
    record: string | null;
    records: string[];
    /** worst-case DNS lookups; null for an include loop */
    lookups: number | null;
    voidLookups: number;
    problems: Problem[];
    lint: SpfLint;
  };
  dmarc: {
    /** found: a record applies; none: no record applies; temperror: DNS failed */
    result: 'found' | 'none' | 'temperror' | 'invalid';
    recordDomain: string | null;
    record: string | null;
    /** the policy for this domain (p for its own record, sp (else p) for an inherited one) */
    policy: 'none' | 'quarantine' | 'reject' | null;
    policySource: 'p' | 'sp' | null;
    orgDomain: string | null;
    aspf: 'r' | 's' | null;
    adkim: 'r' | 's' | null;
    reports: ReportAuthCheck[];
    problems: Problem[];
  };
  dkim: DkimKeyCheck[];
  mx: { priority: number; exchange: string }[];
  mxStatus: 'found' | 'none' | 'null' | 'nxdomain' | 'error';
  mtaSts: { status: TxtStatus; record: string | null; id: string | null; policyHost: { name: string; resolves: boolean | null } | null; policyFetched: false; note: string };
  tlsRpt: { status: TxtStatus; record: string | null; rua: string[] };
  bimi: { status: TxtStatus; record: string | null; logo: string | null; authority: string | null };
  fixes: DomainCheckFix[];
  fixExports?: { bind: string; table: string };
  findings: Finding[];
  steps: Step[];
  dns: QueryLogEntry[];
}

export class DomainInputError extends Error {}

/** The domain as an A-label, lowercase, no trailing dot; null when it is not a domain name. */
export function normaliseDomain(input: string): string | null {
  const s = String(input ?? '').trim().replace(/\.$/, '');
  if (!s || s.length > 253 || /[\s/@:]/.test(s)) return null;
  const a = toALabel(s);
  if (!a || !a.includes('.') || !/^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/.test(a)) return null;
  return a;
}

export function isProviderId(x: unknown): x is ProviderId {
  return typeof x === 'string' && (PROVIDER_IDS as readonly string[]).includes(x);
}

export function isRegion(x: unknown): boolean {
  return typeof x === 'string' && REGION.test(x);
}

export function isSelector(x: unknown): boolean {
  return typeof x === 'string' && SELECTOR.test(x);
}

/** A Detection for a service the user named (no headers): the recipes read id, name and region from it. */
export function chosenService(id: ProviderId, region?: string | null): Detection {
  return {
    id,
    name: providerName(id),
    ...(region ? { region } : {}),
    confidence: 'high',
    score: 0,
    evidence: [],
    captures: {},
    candidates: [],
    notes: [],
  };
}

function ctxFor(domain: string, detection: Detection | null, lang: 'en' | 'ja'): Ctx {
  return { from: domain, org: orgDomainOf(domain), detection, spfMode: 'r', dkimMode: 'r', mailFrom: null, lang, noMessage: true };
}

/** The selectors the service's DKIM recipe names at the domain itself; `unknown` when they are per-account tokens. */
export function serviceSelectors(id: ProviderId, domain: string, region?: string | null): { selectors: string[]; unknown: boolean } {
  const recipe = RECIPES[id];
  if (!recipe) return { selectors: [], unknown: false };
  const draft = recipe.dkim(ctxFor(domain, chosenService(id, region), 'en'));
  const selectors: string[] = [];
  let unknown = false;
  const suffix = `._domainkey.${domain}`;
  for (const r of draft.records) {
    if (!r.name.toLowerCase().endsWith(suffix)) continue;
    const sel = r.name.slice(0, -suffix.length);
    // a placeholder is not a selector, marked (<token1>) or not (SparkPost's scphMMYY)
    if (/[<>]/.test(sel) || !isSelector(sel) || (r.placeholders ?? []).some((p) => sel.includes(p.token))) unknown = true;
    else if (!selectors.includes(sel.toLowerCase())) selectors.push(sel.toLowerCase());
  }
  return { selectors, unknown };
}

// ---------------------------------------------------------------------------------- the check

export async function checkDomain(input: string, resolver: Resolver, opts: DomainCheckOptions = {}): Promise<DomainCheckResult> {
  const domain = normaliseDomain(input);
  if (!domain) throw new DomainInputError(`"${String(input).slice(0, 100)}" is not a domain name`);
  const service = opts.service ?? null;
  if (service !== null && !isProviderId(service)) throw new DomainInputError(`unknown service "${String(service as unknown).slice(0, 40)}" (one of: ${PROVIDER_IDS.join(', ')})`);
  const region = opts.region ? String(opts.region).trim().toLowerCase() : null;
  if (region && !isRegion(region)) throw new DomainInputError(`"${String(region as unknown).slice(0, 40)}" is not a region name (e.g. ap-northeast-1)`);
  const given = (opts.selectors ?? []).map((s) => String(s).trim().toLowerCase()).filter(Boolean);
  const badSel: string | undefined = given.find((s) => !isSelector(s));
  if (badSel !== undefined) throw new DomainInputError(`"${String(badSel as unknown).slice(0, 70)}" is not a DKIM selector`);
  const lang = opts.lang === 'ja' ? 'ja' : 'en';
  await loadCatalogue(lang);
  // (the coded catalogue when texts are kept as codes: findings/coded.ts)
  const cat = loadedCatalogue(lang);
  const tr = translator(lang);
  const dns = new RecordingResolver(resolver);
  const detection = service ? chosenService(service, region) : null;

  // DKIM selectors: given, then the service's, then the common ones
  const svcSel = service ? serviceSelectors(service, domain, region) : { selectors: [], unknown: false };
  const selectors: { selector: string; source: DkimKeyCheck['source'] }[] = [];
  const addSel = (s: string, source: DkimKeyCheck['source']) => {
    if (selectors.length < MAX_SELECTORS && !selectors.some((x) => x.selector === s)) selectors.push({ selector: s, source });
  };
  given.slice(0, MAX_GIVEN_SELECTORS).forEach((s) => addSel(s, 'given'));
  svcSel.selectors.forEach((s) => addSel(s, 'service'));
  COMMON_SELECTORS.forEach((s) => addSel(s, 'common'));

  const [lint, disc, keys, mxRes, sts, tlsrpt, bimi] = await Promise.all([
    lintSpf(domain, dns, { lang }),
    discoverDmarc(domain, dns, { lang }),
    Promise.all(selectors.map((s) => keyAt(dns, s.selector, s.source, domain, lang))),
    dns.query(domain, 'MX'),
    txtRecord(dns, `_mta-sts.${domain}`, 'STSv1', parseMtaSts),
    txtRecord(dns, `_smtp._tls.${domain}`, 'TLSRPTv1', parseTlsRpt),
    txtRecord(dns, `default._bimi.${domain}`, 'BIMI1', parseBimi),
  ]);

  // MTA-STS: the policy host must resolve for senders to fetch the file (the file itself is not fetched here)
  let policyHost: DomainCheckResult['mtaSts']['policyHost'] = null;
  if (sts.status === 'found') {
    const host = `mta-sts.${domain}`;
    const [a, aaaa] = await Promise.all([dns.query(host, 'A'), dns.query(host, 'AAAA')]);
    const failed = isTransientFailure(a) && isTransientFailure(aaaa);
    policyHost = { name: host, resolves: failed ? null : a.answers.length + aaaa.answers.length > 0 };
  }

  // DMARC: the policy for this domain, and every report address's authorisation
  const rec = disc.record;
  const policyDomain = disc.policyDomain;
  const { policy, policySource } = policyFor(rec, disc.ownRecord);
  const ruas = (rec?.rua ?? []).slice(0, MAX_RUA);
  const reports: ReportAuthCheck[] = policyDomain
    ? await Promise.all(
        ruas.map(async (u) => {
          const r = await checkExternalReportAuth(policyDomain, u.uri, dns);
          return { uri: r.uri, destination: r.destination, external: r.external, authorized: r.authorized, queryName: r.queryName };
        }),
      )
    : [];

  // SPF state
  const loop = lint.worstCaseLookups === Infinity;
  const spfDnsError = lint.problems.some((p) => p.code === 'spf-lint-dns-error' && p.subject === domain) || lint.queries.some((q) => q.name === domain && q.type === 'TXT' && ['SERVFAIL', 'TIMEOUT', 'ERROR', 'REFUSED'].includes(q.status));
  const spfStatus: DomainCheckResult['spf']['status'] =
    lint.records.length > 1 || loop || lint.worstCaseLookups > 10 || lint.voidLookups > 2 || (lint.record !== null && lint.problems.some((p) => p.severity === 'error'))
      ? 'invalid'
      : spfDnsError && !lint.record
        ? 'error'
        : lint.record
          ? 'ok'
          : 'none';

  // ---- the fix advisor, fed what DNS shows in place of a message
  // DKIM at the service counts as set up only when every selector it signs with (its own and any
  // given) has a usable key and each record of its DKIM recipe that can be compared is published as
  // the recipe says: one key found is not enough (a second selector missing, two CNAMEs swapped, a
  // revoked key, a CNAME to another target).
  const dkimGap = detection ? await serviceDkimGap(detection, domain, keys, dns, lang) : null;
  const usableKeysAtService = dkimGap && !dkimGap.noKey.length && !dkimGap.differs.length ? dkimGap.keys : [];
  // a name delegated to the service itself (Marketing Cloud's Sender Authentication Package: NS to
  // exacttarget.com): the service publishes SPF, DKIM and DMARC there, so no sender record is ours to add
  const hostedBy = detection && HOSTED_NS[detection.id] ? hostedNs(await dns.query(domain, 'NS'), HOSTED_NS[detection.id]!) : null;
  const planned = planInput(domain, detection, lint, spfStatus, usableKeysAtService, disc.status === 'found' ? rec : null, disc, policy, reports, lang);
  const plan: PlanInput = hostedBy ? { ...planned, mailFromDomain: domain, spf: { result: 'pass', domain, aligned: true }, dkim: [{ d: domain, s: '', result: 'pass', aligned: true }] } : planned;
  const keep: (p: FixProblem) => boolean = service ? (p) => p !== 'dmarc-policy' : (p) => p === 'spf-permerror' || p === 'no-dmarc' || p === 'dmarc-rua-auth';
  // the planner speaks of "this message" where it weighs SPF against DKIM: without a message that
  // sentence is replaced by one that says what is known
  const context = renderText(cat, 'dc.fix.context');
  const fixes: DomainCheckFix[] = planFixes(plan)
    .filter((f) => keep(f.problem))
    .map((f) => {
      // (read as words: with coded texts on, a caveat is a token until it is shown)
      const aboutMessage = (x: string) => ABOUT_MESSAGE.test(plainText(x));
      const about = f.caveats.filter(aboutMessage);
      const g = about.length ? { ...f, caveats: [context, ...f.caveats.filter((x) => !aboutMessage(x))] } : f;
      return spfAuthWithoutMessage(g, { cat, domain, service: detection?.name ?? '', term: detection ? (RECIPES[detection.id]?.include?.term ?? '') : '' });
    });
  if (opts.liveCheck !== false) {
    await Promise.all(
      fixes.map(async (f) => {
        if (f.records.length) f.check = summarizeChecks(await checkFix(f, dns, { lang }));
      }),
    );
  }

  const result: DomainCheckResult = {
    version: 1,
    domain,
    generatedAt: new Date().toISOString(),
    service: detection ? { id: detection.id, name: detection.name, region } : null,
    spf: {
      status: spfStatus,
      record: lint.record,
      records: lint.records,
      lookups: loop ? null : lint.worstCaseLookups,
      voidLookups: lint.voidLookups,
      problems: lint.problems,
      lint,
    },
    dmarc: {
      result: disc.status,
      recordDomain: disc.recordDomain,
      record: disc.recordText,
      policy,
      policySource,
      orgDomain: disc.orgDomain,
      aspf: rec?.aspf ?? null,
      adkim: rec?.adkim ?? null,
      reports,
      problems: disc.problems,
    },
    dkim: keys,
    mx: mxRes.answers.map((a) => ({ priority: a.priority ?? 0, exchange: a.exchange ?? a.data })),
    mxStatus: mxStatus(mxRes),
    mtaSts: {
      status: sts.status,
      record: sts.record,
      id: sts.parsed?.tags.id ?? null,
      policyHost,
      policyFetched: false,
      note: 'policy file not fetched: DNS only',
    },
    tlsRpt: { status: tlsrpt.status, record: tlsrpt.record, rua: tlsrpt.status === 'found' ? tlsRptUris(tlsrpt.parsed?.tags.rua) : [] },
    bimi: { status: bimi.status, record: bimi.record, logo: bimi.parsed?.tags.l || null, authority: bimi.parsed?.tags.a || null },
    fixes,
    ...(fixes.some((f) => f.records.length) ? { fixExports: { bind: toBindZone(fixes, { lang, catalogue: loadedCatalogue(lang) }), table: toTable(fixes) } } : {}),
    findings: [],
    steps: [],
    dns: dns.log,
  };
  const sections = buildSections(result, { disc, sts, tlsrpt, bimi, svcSel, dkimGap, hostedBy, mx: mxRes, tr });
  result.findings = sections.flatMap((s) => [s.main, ...s.extra, ...(s.children ?? []).flatMap((c) => [c.main, ...c.extra])]);
  result.steps = sections.map((s) => renderSection(cat, s));
  return result;
}

// ---------------------------------------------------------------------------------- wording

/** The advisor's explanation of an SPF record that lacks the service is about the server that sent a
 * message: without one, it says what the record lacks. */
function spfAuthWithoutMessage(f: DomainCheckFix, o: { cat: Catalogue; domain: string; service: string; term: string }): DomainCheckFix {
  if (f.problem !== 'spf-authorization' || !o.service || !o.term) return f;
  return { ...f, explanation: renderText(o.cat, 'dc.fix.spfAuth', { name: o.domain, service: o.service, term: o.term }) };
}

// ---------------------------------------------------------------------------------- lookups

/** A key a signature can verify with (a short one is accepted, with a warning). */
const usableKey = (k: DkimKeyCheck) => k.status === 'ok' || k.status === 'short';

/** What stands between the service's DKIM and a complete setup (null: no selector of the service's to check). */
interface DkimGap {
  /** the usable keys at the service's selectors */
  keys: DkimKeyCheck[];
  /** the service's selectors (its own, and the ones given) without a usable key */
  noKey: string[];
  /** the names of the recipe's DKIM records, given in full, that are missing or published otherwise */
  differs: string[];
}

async function serviceDkimGap(detection: Detection, domain: string, keys: DkimKeyCheck[], dns: Resolver, lang: 'en' | 'ja'): Promise<DkimGap | null> {
  const needed = keys.filter((k) => k.source === 'given' || k.source === 'service');
  if (!needed.length) return null;
  const recipe = RECIPES[detection.id];
  // only records the service gives in full (dkim2.mcsv.net, zendesk1._domainkey.zendesk.com): where
  // the target holds a per-account part, another target may be right (Microsoft's newer tenants)
  const records = recipe ? recipe.dkim(ctxFor(domain, detection, lang)).records.filter((r) => /\._domainkey\./i.test(r.name) && !r.placeholders?.length) : [];
  const checks = records.length ? await checkFix({ records }, dns, { lang }) : [];
  return {
    keys: needed.filter(usableKey),
    noKey: needed.filter((k) => !usableKey(k)).map((k) => k.selector),
    differs: checks.filter((c) => c.status === 'missing' || c.status === 'different').map((c) => c.queried),
  };
}

async function keyAt(dns: Resolver, selector: string, source: DkimKeyCheck['source'], domain: string, lang: 'en' | 'ja'): Promise<DkimKeyCheck> {
  const tr = translator(lang);
  let o = await fetchKey(dns, selector, domain, 'rsa-sha256', null, tr);
  if (o.failure?.code === 'key-type-mismatch' && o.info.type === 'ed25519') o = await fetchKey(dns, selector, domain, 'ed25519-sha256', null, tr);
  const i = o.info;
  const base = { selector, name: i.name, source, record: i.record, keyType: i.type, bits: i.bits, testing: i.testing, chain: i.chain };
  if (!o.failure) return { ...base, status: i.type === 'rsa' && (i.bits ?? 0) < 2048 ? 'short' : 'ok' };
  const f = o.failure;
  const status: DkimKeyStatus =
    f.code === 'key-not-found' ? 'none' : f.code === 'key-dns-temperror' ? 'error' : f.code === 'key-revoked' ? 'revoked' : f.code === 'key-too-small' ? 'weak' : 'invalid';
  return { ...base, status, ...(status === 'none' ? {} : { reason: f.reason }) };
}

interface TxtLookup {
  name: string;
  status: TxtStatus;
  record: string | null;
  parsed: TagRecord | null;
  count: number;
  res: DnsResult;
}

/** A TXT record of one kind at a name: the ones that claim the version are kept; exactly one must remain. */
async function txtRecord(dns: Resolver, name: string, version: string, parse: (t: string) => TagRecord): Promise<TxtLookup> {
  const res = await dns.query(name, 'TXT');
  if (isTransientFailure(res)) return { name, status: 'error', record: null, parsed: null, count: 0, res };
  const mine = res.answers.map((a) => a.data).filter((t) => claims(t, version));
  if (!mine.length) return { name, status: 'none', record: null, parsed: null, count: 0, res };
  if (mine.length > 1) return { name, status: 'multiple', record: mine[0]!, parsed: null, count: mine.length, res };
  const parsed = parse(mine[0]!);
  return { name, status: parsed.invalid ? 'invalid' : 'found', record: mine[0]!, parsed, count: 1, res };
}

function mxStatus(r: DnsResult): DomainCheckResult['mxStatus'] {
  if (isTransientFailure(r)) return 'error';
  if (r.status === 'NXDOMAIN') return 'nxdomain';
  if (!r.answers.length) return 'none';
  if (r.answers.length === 1 && (r.answers[0]!.exchange ?? r.answers[0]!.data.split(/\s+/)[1] ?? '').replace(/\.$/, '') === '') return 'null';
  return 'found';
}

function policyFor(rec: DmarcRecord | null, own: boolean): { policy: DomainCheckResult['dmarc']['policy']; policySource: 'p' | 'sp' | null } {
  const pol = rec?.policy;
  if (!pol) return { policy: null, policySource: null };
  if (own || !pol.sp) return { policy: pol.p, policySource: 'p' };
  return { policy: pol.sp, policySource: 'sp' };
}

/** Every SPF record text of the lint tree (the apex and what it includes or redirects to). */
function spfTexts(node: SpfLintNode | null, out: string[] = [], depth = 0): string[] {
  if (!node || depth > 12 || out.length > 50) return out;
  if (node.record) out.push(node.record);
  for (const c of node.children) spfTexts(c.node, out, depth + 1);
  return out;
}

function planInput(
  domain: string,
  detection: Detection | null,
  lint: SpfLint,
  spfStatus: DomainCheckResult['spf']['status'],
  serviceKeys: DkimKeyCheck[],
  rec: DmarcRecord | null,
  disc: Awaited<ReturnType<typeof discoverDmarc>>,
  policy: string | null,
  reports: ReportAuthCheck[],
  lang: 'en' | 'ja',
): PlanInput {
  const broken = spfStatus === 'invalid';
  let spf: PlanInput['spf'];
  let mailFromDomain: string | null;
  let dkim: PlanInput['dkim'];
  const recipe = detection ? RECIPES[detection.id] : null;
  if (detection && recipe) {
    // the service's envelope: its own domain (the recipe moves it to a subdomain of ours), or ours
    const draft = recipe.spf(ctxFor(domain, detection, lang));
    // Salesforce sends with the user's address only once two settings are off (by default its bounce
    // address is …bnc.salesforce.com, esp-fixes.md §12): its recipe explains the settings and the record
    const ownEnvelope = OWN_ENVELOPE.includes(detection.id) || (!!draft.identity && normDomain(draft.identity) === domain && !SETTINGS_ENVELOPE.includes(detection.id));
    if (ownEnvelope) {
      mailFromDomain = domain;
      const term = recipe.include?.term.toLowerCase();
      const authorised = !!term && spfTexts(lint.tree).some((t) => t.toLowerCase().split(/\s+/).includes(term));
      spf = { result: broken ? 'permerror' : spfStatus === 'none' ? 'none' : authorised ? 'pass' : 'fail', domain, aligned: true };
    } else {
      mailFromDomain = null;
      spf = { result: 'pass', domain: null, aligned: false };
    }
    dkim = serviceKeys.map((k) => ({ d: domain, s: k.selector, result: 'pass' as const, aligned: true }));
  } else {
    // no service: only the domain's own records (its SPF as a MAIL FROM of its own, DMARC)
    mailFromDomain = domain;
    spf = { result: broken ? 'permerror' : 'pass', domain, aligned: true };
    dkim = [{ d: domain, s: '', result: 'pass', aligned: true }];
  }
  const unauthorised: RuaEntry[] = reports.filter((r) => r.authorized !== true && r.destination).map((r) => ({ uri: r.uri, domain: r.destination! }));
  return {
    lang,
    noMessage: true,
    fromDomain: domain,
    mailFromDomain,
    provider: detection,
    spf,
    dkim,
    dmarc: rec
      ? {
          record: disc.recordText,
          recordDomain: disc.recordDomain,
          aspf: rec.aspf,
          adkim: rec.adkim,
          p: rec.p,
          sp: rec.sp,
          np: rec.np,
          rua: unauthorised,
          policy,
          result: 'none',
          spfAligned: false,
          dkimAligned: false,
        }
      : disc.status === 'temperror'
        ? { record: null, recordDomain: null, policy: null, result: 'temperror', spfAligned: false, dkimAligned: false }
        : null,
    existing: { apexSpf: lint.records, spfLookupsWorstCase: lint.worstCaseLookups },
  };
}

// ---------------------------------------------------------------------------------- findings and steps

interface Section {
  id: string;
  title: [TextCode, FindingParams];
  main: Finding;
  extra: Finding[];
  /** texts the engines wrote in the requested language (lint and discovery problems) */
  details: string[];
  ruleCode: TextCode;
  children?: Section[];
}

function finding(id: string, outcome: Outcome, code: TextCode, params: FindingParams, rule: RuleRef | undefined, evidence: Evidence[] = []): Finding {
  return { id, outcome, code, params, ...(rule ? { rule } : {}), evidence };
}

function dnsEvidence(name: string, type: RRType, r: DnsResult | null, answers?: string[]): Evidence {
  const label = `${type} ${name}`;
  if (!r) return { kind: 'dns', label, text: (answers ?? []).join('\n') || '—' };
  if (r.status !== 'NOERROR') return { kind: 'dns', label, text: `${r.status}${r.error ? ` (${r.error})` : ''}` };
  if (!r.answers.length) return { kind: 'dns', label, text: 'NODATA' };
  return { kind: 'dns', label, text: r.answers.map((a) => (type === 'TXT' ? `"${a.data}"` : a.data)).join('\n') };
}

function txtEvidence(t: TxtLookup): Evidence {
  return dnsEvidence(t.name, 'TXT', t.res);
}

interface Ctx2 {
  disc: Awaited<ReturnType<typeof discoverDmarc>>;
  sts: TxtLookup;
  tlsrpt: TxtLookup;
  bimi: TxtLookup;
  svcSel: { selectors: string[]; unknown: boolean };
  dkimGap: DkimGap | null;
  /** the service's name servers, when the checked name is delegated to it */
  hostedBy: string[] | null;
  mx: DnsResult;
  tr: ReturnType<typeof translator>;
}

function buildSections(r: DomainCheckResult, c: Ctx2): Section[] {
  const d = r.domain;
  const out: Section[] = [];

  // SPF
  {
    const rule = rfc(7208, '4.6.4');
    const lint = r.spf.lint;
    const ev: Evidence[] = [{ kind: 'dns', label: `TXT ${d}`, text: lint.records.length ? lint.records.map((x) => `"${x}"`).join('\n') : r.spf.status === 'error' ? 'ERROR' : '—' }];
    let main: Finding;
    const txtStatus = lint.queries.find((q) => q.name === d && q.type === 'TXT')?.status ?? 'ERROR';
    if (r.spf.status === 'error') main = finding('domain.spf', 'error', 'dc.spf.error', { domain: d, error: txtStatus }, rule, ev);
    else if (r.spf.status === 'none') main = finding('domain.spf', 'warn', 'dc.spf.none', { domain: d }, rfc(7208, '4.5'), ev);
    else if (lint.records.length > 1) main = finding('domain.spf', 'fail', 'dc.spf.multiple', { domain: d, n: lint.records.length }, rfc(7208, '4.5'), ev);
    else if (r.spf.lookups === null) main = finding('domain.spf', 'fail', 'dc.spf.loop', { domain: d }, rfc(7208, '4.6.4'), ev);
    else if (r.spf.lookups > 10) main = finding('domain.spf', 'fail', 'dc.spf.overLimit', { domain: d, lookups: r.spf.lookups }, rule, ev);
    else if (r.spf.status === 'invalid') main = finding('domain.spf', 'fail', 'dc.spf.problems', { domain: d, n: lint.problems.filter((p) => p.severity !== 'info').length }, rule, ev);
    else {
      const warns = lint.problems.some((p) => p.severity === 'warning');
      main = finding('domain.spf', warns ? 'warn' : 'pass', 'dc.spf.ok', { domain: d, record: lint.record ?? '', lookups: r.spf.lookups }, rule, ev);
    }
    const details = lint.problems.filter((p) => p.code !== 'spf-lint-no-record' && p.code !== 'spf-lint-lookup-limit').map((p) => p.message);
    out.push({ id: 'domain-spf', title: ['dc.spf.title', { domain: d }], main, extra: [], details, ruleCode: 'dc.spf.rule' });
  }

  // DMARC
  {
    const rule = rfc(9989, '4.10.1');
    const ev: Evidence[] = c.disc.queries.map((q) => ({
      kind: 'dns' as const,
      label: `TXT ${q.name}`,
      text: q.status !== 'NOERROR' ? `${q.status}${q.error ? ` (${q.error})` : ''}` : q.answers.length ? q.answers.map((a) => `"${a}"`).join('\n') : 'NODATA',
    }));
    let main: Finding;
    const extra: Finding[] = [];
    const dm = r.dmarc;
    if (dm.result === 'temperror') main = finding('domain.dmarc', 'error', 'dc.dmarc.temperror', { domain: d, error: c.disc.error ?? 'DNS' }, rfc(9989, '5.3.6'), ev);
    else if (dm.result !== 'found' || !dm.policy) main = finding('domain.dmarc', 'fail', 'dc.dmarc.none', { domain: d }, rule, ev);
    else {
      const own = c.disc.ownRecord;
      const params = { domain: d, recordDomain: dm.recordDomain ?? '', record: dm.record ?? '', policy: dm.policy, tag: dm.policySource ?? 'p' };
      main = finding('domain.dmarc', dm.policy === 'none' ? 'warn' : 'pass', own ? 'dc.dmarc.own' : 'dc.dmarc.inherited', params, rule, ev);
      if (dm.policy === 'none') extra.push(finding('domain.dmarc.monitor', 'warn', 'dc.dmarc.monitor', { domain: d }, rfc(9989, '4.7')));
      if (!dm.reports.length) extra.push(finding('domain.dmarc.no-rua', 'warn', 'dc.dmarc.noRua', { domain: d }, rfc(9989, '4.7')));
      if (dm.aspf === 's') extra.push(finding('domain.dmarc.aspf', 'info', 'dc.dmarc.strict', { domain: d, tag: 'aspf' }, rfc(9989, '4.7')));
      if (dm.adkim === 's') extra.push(finding('domain.dmarc.adkim', 'info', 'dc.dmarc.strict', { domain: d, tag: 'adkim' }, rfc(9989, '4.7')));
    }
    const children: Section[] = dm.reports.map((a, i) => {
      const rr = rfc(7489, '7.1');
      const pd = dm.recordDomain?.replace(/^_dmarc\./, '') ?? d;
      const qev: Evidence[] = a.queryName ? [dnsEvidence(a.queryName, 'TXT', null, r.dns.filter((q) => q.name === a.queryName && q.type === 'TXT').flatMap((q) => (q.answers.length ? q.answers.map((x) => `"${x}"`) : [q.status === 'NOERROR' ? 'NODATA' : q.status])))] : [];
      const p = { uri: a.uri, destination: a.destination ?? '', policyDomain: pd, queryName: a.queryName ?? '' };
      const f = !a.destination
        ? finding(`domain.dmarc.rua.${i}`, 'warn', 'dc.rua.unusable', p, rr)
        : !a.external
          ? finding(`domain.dmarc.rua.${i}`, 'pass', 'dc.rua.same', p, rr)
          : a.authorized === true
            ? finding(`domain.dmarc.rua.${i}`, 'pass', 'dc.rua.ok', p, rr, qev)
            : a.authorized === false
              ? finding(`domain.dmarc.rua.${i}`, 'fail', 'dc.rua.missing', p, rr, qev)
              : finding(`domain.dmarc.rua.${i}`, 'error', 'dc.rua.error', p, rr, qev);
      return { id: `domain-dmarc-rua-${i}`, title: ['dc.rua.title', { uri: a.uri }], main: f, extra: [], details: [], ruleCode: 'dc.rua.rule' };
    });
    const details = dm.problems.map((p) => p.message);
    out.push({ id: 'domain-dmarc', title: ['dc.dmarc.title', {}], main, extra, details, ruleCode: 'dc.dmarc.rule', children });
  }

  // DKIM
  {
    const rule = rfc(6376, '3.6.2.1');
    const found = r.dkim.filter((k) => k.status !== 'none');
    const ev: Evidence[] = found.map((k) => ({ kind: 'dns', label: `TXT ${k.name}${k.chain.length ? ` → ${k.chain.join(' → ')}` : ''}`, text: k.status === 'error' ? (k.reason ?? 'ERROR') : `"${k.record ?? ''}"` }));
    const total = r.dkim.length;
    const usable = r.dkim.filter(usableKey);
    const main = usable.length
      ? finding('domain.dkim', 'pass', 'dc.dkim.found', { n: found.length, total, selectors: found.map((k) => k.selector).join(', ') }, rule, ev)
      : found.length
        ? finding('domain.dkim', 'fail', 'dc.dkim.found', { n: found.length, total, selectors: found.map((k) => k.selector).join(', ') }, rule, ev)
        : finding('domain.dkim', 'warn', 'dc.dkim.none', { total }, rule, ev);
    const extra: Finding[] = [];
    for (const k of found) {
      const p = { name: k.name, keyType: k.keyType ?? '', bits: k.bits ?? 0, reason: k.reason ?? '' };
      const id = `domain.dkim.${k.selector}`;
      const kr = rfc(8301, '3.2');
      if (k.status === 'ok') extra.push(finding(id, 'pass', 'dc.dkim.key.ok', p, rule));
      else if (k.status === 'short') extra.push(finding(id, 'warn', 'dc.dkim.key.short', p, kr));
      else if (k.status === 'weak') extra.push(finding(id, 'fail', 'dc.dkim.key.weak', p, kr));
      else if (k.status === 'revoked') extra.push(finding(id, 'fail', 'dc.dkim.key.revoked', p, rfc(6376, '3.6.1')));
      else if (k.status === 'invalid') extra.push(finding(id, 'fail', 'dc.dkim.key.invalid', p, rfc(6376, '3.6.1')));
      else if (k.status === 'error') extra.push(finding(id, 'error', 'dc.dkim.key.error', p, rule));
      if (k.testing) extra.push(finding(`${id}.testing`, 'info', 'dc.dkim.key.testing', p, rfc(6376, '3.6.1')));
    }
    if (r.service) {
      const svcKeys = r.dkim.filter((k) => k.source === 'service' || c.svcSel.selectors.includes(k.selector));
      if (c.svcSel.unknown && !c.svcSel.selectors.length && !r.dkim.some((k) => k.source === 'given')) extra.push(finding('domain.dkim.service', 'info', 'dc.dkim.serviceUnknown', { service: r.service.name }, rule));
      else if (svcKeys.length && !svcKeys.some(usableKey))
        extra.push(finding('domain.dkim.service', 'warn', 'dc.dkim.serviceNone', { service: r.service.name, selectors: svcKeys.map((k) => k.selector).join(', '), domain: d }, rule));
      else if (c.dkimGap?.keys.length && c.dkimGap.noKey.length)
        extra.push(finding('domain.dkim.service', 'fail', 'dc.dkim.serviceNoKey', { service: r.service.name, selectors: c.dkimGap.noKey.join(', ') }, rule));
      if (c.dkimGap?.differs.length) extra.push(finding('domain.dkim.service.records', 'fail', 'dc.dkim.serviceDiffers', { service: r.service.name, names: c.dkimGap.differs.join(', ') }, rule));
    }
    // Mailgun signs and bounces with its sending domain, usually a subdomain: its key is there, not here
    if (r.service?.id === 'mailgun' && !r.dkim.some((k) => k.source === 'given' && usableKey(k)))
      extra.push(finding('domain.dkim.sending-domain', 'info', 'dc.mailgun.sendingDomain', { domain: d }, rule));
    if (r.service && c.hostedBy) extra.push(finding('domain.hosted', 'info', 'dc.hostedByService', { domain: d, service: r.service.name, ns: c.hostedBy.slice(0, 4).join(', ') }, rule));
    out.push({ id: 'domain-dkim', title: ['dc.dkim.title', {}], main, extra, details: [], ruleCode: 'dc.dkim.rule' });
  }

  // MX
  {
    const rule = rfc(5321, '5.1');
    const ev: Evidence[] = [dnsEvidence(d, 'MX', c.mx)];
    const hosts = [...r.mx].sort((a, b) => a.priority - b.priority).map((m) => `${m.exchange || '.'} (${m.priority})`).join(', ');
    const main =
      r.mxStatus === 'found'
        ? finding('domain.mx', 'pass', 'dc.mx.found', { n: r.mx.length, hosts }, rule, ev)
        : r.mxStatus === 'null'
          ? finding('domain.mx', 'info', 'dc.mx.null', { domain: d }, rfc(7505, '3'), ev)
          : r.mxStatus === 'nxdomain'
            ? finding('domain.mx', 'fail', 'dc.mx.nxdomain', { domain: d }, rule, ev)
            : r.mxStatus === 'error'
              ? finding('domain.mx', 'error', 'dc.mx.error', { domain: d, error: `${c.mx.status}${c.mx.error ? `: ${c.mx.error}` : ''}` }, rule, ev)
              : finding('domain.mx', 'warn', 'dc.mx.none', { domain: d }, rule, ev);
    out.push({ id: 'domain-mx', title: ['dc.mx.title', { domain: d }], main, extra: [], details: [], ruleCode: 'dc.mx.rule' });
  }

  // MTA-STS, TLS-RPT, BIMI
  const tagSection = (
    id: string,
    key: 'mtasts' | 'tlsrpt' | 'bimi',
    t: TxtLookup,
    rule: RuleRef,
    found: () => Finding,
    noneOutcome: Outcome,
    extra: Finding[] = [],
  ): Section => {
    const ev = [txtEvidence(t)];
    const err = t.res.error ?? t.res.status;
    const main =
      t.status === 'found'
        ? found()
        : t.status === 'none'
          ? finding(`domain.${key}`, noneOutcome, `dc.${key}.none` as TextCode, { domain: d }, rule, ev)
          : t.status === 'multiple'
            ? finding(`domain.${key}`, 'fail', `dc.${key}.multiple` as TextCode, { domain: d, n: t.count }, rule, ev)
            : t.status === 'invalid'
              ? finding(`domain.${key}`, 'fail', `dc.${key}.invalid` as TextCode, { domain: d, record: t.record ?? '', ...reasonParams(t.parsed!.invalid!) }, rule, ev)
              : finding(`domain.${key}`, 'error', `dc.${key}.error` as TextCode, { domain: d, error: err }, rule, ev);
    return { id, title: [`dc.${key}.title` as TextCode, {}], main, extra, details: [], ruleCode: `dc.${key}.rule` as TextCode };
  };
  {
    const rule = rfc(8461, '3.1');
    const extra: Finding[] = [];
    if (r.mtaSts.policyHost && r.mtaSts.policyHost.resolves === false) extra.push(finding('domain.mtasts.host', 'fail', 'dc.mtasts.host', { domain: d }, rfc(8461, '3.2')));
    out.push(
      tagSection('domain-mtasts', 'mtasts', c.sts, rule, () => finding('domain.mtasts', extra.length ? 'warn' : 'pass', 'dc.mtasts.found', { domain: d, record: r.mtaSts.record ?? '', id: r.mtaSts.id ?? '' }, rule, [txtEvidence(c.sts)]), 'info', extra),
    );
  }
  {
    const rule = rfc(8460, '3');
    out.push(tagSection('domain-tlsrpt', 'tlsrpt', c.tlsrpt, rule, () => finding('domain.tlsrpt', 'pass', 'dc.tlsrpt.found', { domain: d, record: r.tlsRpt.record ?? '', rua: r.tlsRpt.rua.join(', ') }, rule, [txtEvidence(c.tlsrpt)]), 'info'));
  }
  {
    const rule: RuleRef = { doc: 'BIMI draft', section: '4', url: 'https://datatracker.ietf.org/doc/draft-brand-indicators-for-message-identification/' };
    const extra: Finding[] = [];
    const weak = r.bimi.status === 'found' && r.dmarc.policy !== 'quarantine' && r.dmarc.policy !== 'reject';
    if (weak) extra.push(finding('domain.bimi.policy', 'warn', 'dc.bimi.policy', { domain: d, policy: r.dmarc.policy ?? 'none' }, rule));
    out.push(tagSection('domain-bimi', 'bimi', c.bimi, rule, () => finding('domain.bimi', weak ? 'warn' : 'pass', 'dc.bimi.found', { domain: d, record: r.bimi.record ?? '', logo: r.bimi.logo ?? '—' }, rule, [txtEvidence(c.bimi)]), 'info', extra));
  }

  // the service's records
  {
    const rule = rfc(9989, '4.4');
    let main: Finding;
    if (!r.service) main = finding('domain.service', 'info', 'dc.service.none', { domain: d }, rule);
    else {
      const recs = r.fixes.flatMap((f) => f.check?.records ?? []);
      const count = (s: string[]) => recs.filter((x) => s.includes(x.status)).length;
      const n = r.fixes.filter((f) => f.records.length).length;
      const missing = count(['missing', 'different', 'error']);
      main = n
        ? finding('domain.service', missing ? 'fail' : recs.length && count(['published']) === recs.length ? 'pass' : 'warn', 'dc.service.summary', {
            service: r.service.name,
            domain: d,
            n,
            records: r.fixes.reduce((a, f) => a + f.records.length, 0),
            published: count(['published']),
            missing,
            unchecked: count(['unchecked']),
          }, rule)
        : finding('domain.service', 'pass', 'dc.service.nothing', { service: r.service.name, domain: d }, rule);
    }
    const extra = [finding('domain.note', 'info', 'dc.note', {}, undefined)];
    out.push({ id: 'domain-service', title: r.service ? ['dc.service.title', { service: r.service.name }] : ['dc.ui.service', {}], main, extra, details: [], ruleCode: 'dc.service.rule' });
  }
  void c.tr;
  return out;
}

/** A record's defect: its English sentence, and its code and params so that renderSection can say it in the step's language. */
function reasonParams(inv: NonNullable<TagRecord['invalid']>): FindingParams {
  return { reason: renderText(EN_CATALOGUE, inv.code, inv.params), reasonCode: inv.code, ...inv.params };
}

function renderSection(cat: Catalogue, s: Section): Step {
  const params = { ...s.main.params };
  if (typeof params.reasonCode === 'string') params.reason = renderText(cat, params.reasonCode as TextCode, params);
  return {
    id: s.id,
    title: renderText(cat, s.title[0], s.title[1]),
    status: s.main.outcome,
    summary: renderText(cat, s.main.code, params),
    rule: renderText(cat, s.ruleCode),
    ...(s.main.rule ? { ref: s.main.rule } : {}),
    details: [...s.extra.map((f) => renderText(cat, f.code, f.params)), ...s.details],
    evidence: s.main.evidence,
    ...(s.children?.length ? { children: s.children.map((c) => renderSection(cat, c)) } : {}),
  };
}
