// The planner: from what was found about one message (PlanInput) to the fixes (records to publish).
// Problems, in order: SPF (alignment, then authorisation / permerror), DKIM (alignment, then a
// failing aligned signature), DMARC (no record, policy path, external report authorisation).
// Importance: required when DMARC fails without the fix; recommended when DMARC passes on the
// other mechanism (or the fix cannot work under the alignment mode in force); info when there
// is nothing to publish.
import { orgDomainOf, normDomain, isDomainShape } from './names.ts';
import { translator, type Tr } from './lang.ts';
import { GENERIC, RECIPES, senderMechanism, spfRecordWith, type Ctx, type Draft, type Recipe } from './recipes.ts';
import { isSpfRecord } from './spf-text.ts';
import { plainText } from '../findings/coded.ts';
import { dmarcDuplicateFix, heloFix, limitCaveats, sayer, spfFactsFor, spfLatentLimitFixes, spfMergeParts, spfSyntaxParts, type RecordCtx, type Say } from './record-fixes.ts';
import { fillTemplate, matchTemplate, normTemplateName, remainingPlaceholders } from './template.ts';
import type { Fix, FixProblem, FixRecord, Importance, PlanInput, RuaEntry } from './types.ts';
import { gateFixes } from '../diagnosis/gate.ts';

const EN = translator('en');

const RFC9989 = 'https://www.rfc-editor.org/rfc/rfc9989';
const MAX_DKIM_FAILURES = 3;
const MAX_RUA = 10;

type Mode = 'r' | 's';

interface State {
  input: PlanInput;
  from: string;
  org: string;
  recipe: Recipe;
  provider: Fix['provider'];
  ctx: Ctx;
  spfOk: boolean;
  dkimOk: boolean;
  /** the text picker for input.lang */
  tr: Tr;
  /** the catalogue renderer for input.lang (coded texts) */
  say: Say;
}

export function planFixes(input: PlanInput): Fix[] {
  const from = normDomain(String(input?.fromDomain ?? ''));
  if (!from || !isDomainShape(from)) return [];
  const org = input.orgDomain ? normDomain(input.orgDomain) : orgDomainOf(from);
  const detection = input.provider ?? null;
  const recipe = (detection && RECIPES[detection.id]) || GENERIC;
  const spfMode: Mode = input.dmarc?.aspf === 's' ? 's' : 'r';
  const dkimMode: Mode = input.dmarc?.adkim === 's' ? 's' : 'r';
  const mailFrom = input.mailFromDomain ? normDomain(input.mailFromDomain) : null;
  const ctx: Ctx = {
    from,
    org,
    detection,
    spfMode,
    dkimMode,
    mailFrom,
    ...(input.existing?.apexSpf !== undefined ? { apexSpf: input.existing.apexSpf } : {}),
    ...(typeof input.existing?.spfLookupsWorstCase === 'number' ? { spfLookupsWorstCase: input.existing.spfLookupsWorstCase } : {}),
    ...(input.lang ? { lang: input.lang } : {}),
    ...(input.spf?.result ? { spfResult: input.spf.result } : {}),
    ...(input.noMessage ? { noMessage: true } : {}),
  };
  const dkim = Array.isArray(input.dkim) ? input.dkim : [];
  const st: State = {
    input,
    from,
    org,
    recipe,
    provider: recipe === GENERIC ? null : detection!.id,
    ctx,
    spfOk: !!input.spf?.aligned && input.spf.result === 'pass',
    dkimOk: dkim.some((k) => k.aligned && k.result === 'pass'),
    tr: translator(input.lang),
    say: sayer(input.catalogue, input.lang),
  };

  const fixes: Fix[] = [];
  fixes.push(...spfFixes(st));
  fixes.push(...dkimFixes(st));
  // one set of records that fixes both (a delegated sending subdomain): keep the first only
  const present = new Set(fixes.map((f) => f.problem));
  const covered = new Set<FixProblem>();
  const merged: Fix[] = [];
  for (const f of fixes) {
    if (covered.has(f.problem)) continue;
    const also = (f.alsoFixes ?? []).filter((p) => present.has(p) && p !== f.problem);
    if (also.length) also.forEach((p) => covered.add(p));
    const { alsoFixes: _drop, ...rest } = f;
    merged.push(also.length ? { ...rest, alsoFixes: also } : rest);
  }
  merged.push(...spfLatentLimitFixes(recordCtx(st), input, new Set(merged.filter((f) => f.problem === 'spf-permerror').flatMap((f) => f.records.map((r) => r.name)))));
  merged.push(...dmarcFixes(st));
  for (const f of merged) warnSpfRecords(f, st);
  // the diagnosis decides who acts, the importance, and which records may be proposed at all
  return input.diagnosis ? gateFixes(merged, input.diagnosis) : merged;
}

// ---------------------------------------------------------------- helpers

function importance(records: FixRecord[], otherPasses: boolean): Importance {
  if (!records.length) return 'info';
  return otherPasses ? 'recommended' : 'required';
}

function fromDraft(problem: FixProblem, st: State, d: Draft, otherPasses: boolean, extraCaveats: string[] = []): Fix {
  return {
    problem,
    ...(d.alsoFixes?.length ? { alsoFixes: d.alsoFixes } : {}),
    provider: st.provider,
    importance: importance(d.records, otherPasses),
    title: d.title,
    explanation: d.explanation,
    records: d.records.map(normRecord),
    caveats: [...extraCaveats, ...d.caveats],
    ...(d.steps?.length ? { steps: d.steps } : {}),
    sources: d.sources,
    ...(d.unverified ? { unverified: true } : {}),
  };
}

function normRecord(r: FixRecord): FixRecord {
  const out: FixRecord = {
    type: r.type,
    name: normTemplateName(r.name, r.placeholders),
    value: r.type === 'TXT' ? r.value : normTemplateName(r.value, r.placeholders),
  };
  if (r.type === 'MX') out.priority = r.priority ?? 10;
  if (r.placeholders?.length) out.placeholders = r.placeholders;
  if (r.type === 'MX' && r.onlyRecord) out.onlyRecord = true;
  return out;
}

function recordCtx(st: State): RecordCtx {
  return { from: st.from, org: st.org, provider: st.provider, spfMode: st.ctx.spfMode, dkimOk: st.dkimOk, say: st.say };
}

function otherMechanism(st: State, which: 'spf' | 'dkim'): string {
  const { tr } = st;
  return which === 'spf'
    ? tr(st.dkimOk ? 'plan.other.spf-second' : 'plan.other.spf-needed')
    : tr(st.spfOk ? 'plan.other.dkim-second' : 'plan.other.dkim-needed');
}

/** Strict alignment defeats a fix whose identity is a subdomain of the From domain. */
function strictCaveat(st: State, d: Draft, which: 'spf' | 'dkim'): string | null {
  const mode = which === 'spf' ? st.ctx.spfMode : st.ctx.dkimMode;
  if (mode !== 's') return null;
  // only recipes that say so: a Marketing Cloud subdomain, say, becomes the From domain itself
  if (!d.relaxedOnly) return null;
  const identity = d.identity ? normDomain(d.identity) : null;
  const tag = which === 'spf' ? 'aspf=s' : 'adkim=s';
  const what = which === 'spf' ? 'MAIL FROM' : 'DKIM d=';
  const relaxed = tag.replace('=s', '=r');
  const { tr } = st;
  const way = tr(which === 'spf' ? 'plan.strict.aspf-way' : 'plan.strict.adkim-way', { from: st.from });
  const params = { tag, what, from: st.from, relaxed, way };
  return identity ? tr('plan.strict.identity', { ...params, identity }) : tr('plan.strict.subdomain', params);
}

// ---------------------------------------------------------------- SPF

function spfFixes(st: State): Fix[] {
  const { input, recipe, ctx } = st;
  const spf = input.spf ?? { result: 'none', domain: null, aligned: false };
  if (spf.result === 'temperror') return [];
  // a bounce keeps its empty MAIL FROM: SPF for the HELO name, never a custom MAIL FROM
  if (input.envelope?.nullSender) return st.spfOk ? [] : [heloFix(recordCtx(st), input, otherMechanism(st, 'spf'))];
  if (!spf.aligned) {
    const d = recipe.spf(ctx);
    const strict = strictCaveat(st, d, 'spf');
    const f = fromDraft('spf-alignment', st, d, st.dkimOk, [otherMechanism(st, 'spf'), ...(strict ? [strict] : [])]);
    if (strict && f.importance === 'required') f.importance = 'recommended';
    return [f];
  }
  if (spf.result === 'pass') return [];
  const name = normDomain(input.mailFromDomain ?? spf.domain ?? st.from);
  if (spf.result === 'permerror') return [spfPermerror(st, name)];
  const inc = recipe.include;
  const term = inc?.term ?? '<sender mechanism>';
  const { record, caveats } = spfRecordWith(ctx, name, term);
  const rec: FixRecord | null = record
    ? inc
      ? record
      : {
          ...record,
          placeholders: [senderMechanism(st.tr, 'plan.spf.sender-docs')],
        }
    : null;
  const { tr } = st;
  const service = st.provider ? (input.provider?.name ?? st.provider) : tr('plan.spf.sending-service');
  const records = rec ? [normRecord(rec)] : [];
  return [
    {
      problem: 'spf-authorization',
      provider: st.provider,
      importance: importance(records, st.dkimOk),
      title: tr('plan.spf.auth.title', { service, name }),
      explanation: rec
        ? tr('plan.spf.auth.explain-add', { name, from: st.from, result: spf.result, term, service })
        : tr('plan.spf.auth.explain', { name, from: st.from, result: spf.result }),
      records,
      caveats: [otherMechanism(st, 'spf'), ...caveats, ...(inc?.unverified ? [tr('plan.spf.auth.unverified', { term, source: inc.source, service })] : [])],
      sources: ['https://www.rfc-editor.org/rfc/rfc7208#section-2.6', ...(inc ? [inc.source] : [])],
      ...(inc?.unverified ? { unverified: true } : {}),
    },
  ];
}

function spfPermerror(st: State, name: string): Fix {
  const facts = spfFactsFor(st.input, name);
  const existing = facts ? facts.records.filter(isSpfRecord) : name === st.from ? (st.input.existing?.apexSpf ?? []).filter(isSpfRecord) : [];
  const records: FixRecord[] = [];
  const { tr } = st;
  const caveats: string[] = [otherMechanism(st, 'spf')];
  const lookups = facts ? facts.worstCaseLookups : name === st.from ? (st.input.existing?.spfLookupsWorstCase ?? 0) : 0;
  let mergedLookups: number | null = lookups;
  let why = tr('plan.spf.permerror.why-broken');
  if (existing.length > 1) {
    why = tr('plan.spf.permerror.why-several', { name, n: existing.length });
    const parts = spfMergeParts(recordCtx(st), facts, existing);
    mergedLookups = parts.worstCase;
    records.push({ type: 'TXT', name, value: parts.value });
    const list = existing.map((e) => `"${e}"`).join(', ');
    caveats.push(tr('plan.spf.permerror.merge', { n: existing.length, name, list }));
    caveats.push(...parts.caveats);
  } else if (facts?.repair && !facts.repair.valid) {
    const parts = spfSyntaxParts(recordCtx(st), facts, name);
    why = parts.why;
    if (parts.record) records.push(parts.record);
    caveats.push(...parts.caveats);
    mergedLookups = null;
  } else if (lookups > 10) {
    why = tr('plan.spf.permerror.why-lookups', { lookups });
    caveats.push(tr('plan.spf.permerror.trim-includes'));
    // a record within 10, built from what the includes publish now (spf-limit.ts)
    if (facts?.limit?.record) {
      records.push({ type: 'TXT', name, value: facts.limit.record });
      caveats.push(...limitCaveats(recordCtx(st), facts));
    } else if (facts?.limit) caveats.push(...limitCaveats(recordCtx(st), facts));
    mergedLookups = null;
  }
  if (records.length && mergedLookups !== null && mergedLookups > 10) {
    caveats.push(tr('plan.spf.permerror.merged-lookups', { lookups: mergedLookups }));
  }
  return {
    problem: 'spf-permerror',
    provider: st.provider,
    importance: importance(records, st.dkimOk),
    title: tr('plan.spf.permerror.title', { name }),
    explanation: tr('plan.spf.permerror.explain', { name, from: st.from, why }),
    records,
    caveats,
    sources: ['https://www.rfc-editor.org/rfc/rfc7208#section-4.5', 'https://www.rfc-editor.org/rfc/rfc7208#section-4.6.4'],
  };
}

// ---------------------------------------------------------------- DKIM

function dkimFixes(st: State): Fix[] {
  const sigs = Array.isArray(st.input.dkim) ? st.input.dkim : [];
  const alignedSigs = sigs.filter((k) => k.aligned && typeof k.d === 'string' && k.d);
  if (!alignedSigs.length) {
    const d = st.recipe.dkim(st.ctx);
    const strict = strictCaveat(st, d, 'dkim');
    const f = fromDraft('dkim-alignment', st, d, st.spfOk, [otherMechanism(st, 'dkim'), ...(strict ? [strict] : [])]);
    if (strict && f.importance === 'required') f.importance = 'recommended';
    return [f];
  }
  if (st.dkimOk) return [];
  const failing = alignedSigs.filter((k) => k.result !== 'temperror');
  if (!failing.length) return [];
  const seen = new Set<string>();
  const out: Fix[] = [];
  for (const k of failing) {
    const d = normDomain(k.d);
    const s = String(k.s ?? '').trim().toLowerCase();
    const key = `${s}._domainkey.${d}`;
    if (seen.has(key) || out.length >= MAX_DKIM_FAILURES) continue;
    seen.add(key);
    out.push(dkimFailure(st, d, s, k.result, keyTypeOf(k.algorithm), !!k.keyRevoked));
  }
  return out;
}

/** The key type (k=) a signature's algorithm needs: ed25519 for ed25519-sha256 (RFC 8463), else rsa. */
function keyTypeOf(algorithm: string | null | undefined): 'rsa' | 'ed25519' {
  return /^ed25519/i.test(String(algorithm ?? '').trim()) ? 'ed25519' : 'rsa';
}

/** The record a failing aligned signature needs: the recipe's, when one of its names fits the selector. */
function keyRecordFor(st: State, d: string, s: string, keyType: 'rsa' | 'ed25519' = 'rsa'): FixRecord {
  const name = `${s}._domainkey.${d}`;
  const draft = st.recipe.dkim({ ...st.ctx, from: d });
  for (const r of draft.records) {
    const values = matchTemplate(r.name, r.placeholders, name);
    if (!values) continue;
    let value = fillTemplate(r.value, values);
    if (keyType === 'ed25519' && r.type === 'TXT') value = value.replace(/\bk=rsa\b/i, 'k=ed25519');
    const placeholders = remainingPlaceholders(name, value, r.placeholders);
    return normRecord({ ...r, name, value, ...(placeholders.length ? { placeholders } : { placeholders: undefined }) });
  }
  return {
    type: 'TXT',
    name,
    value: `v=DKIM1; k=${keyType}; p=<public key>`,
    placeholders: [
      {
        token: '<public key>',
        meaning: st.tr('plan.dkim.key.meaning', { selector: s }),
        where: st.tr('plan.dkim.key.where'),
        shape: '[A-Za-z0-9+/=]{16,4096}',
      },
    ],
  };
}

function dkimFailure(st: State, d: string, s: string, result: string, keyType: 'rsa' | 'ed25519' = 'rsa', revoked = false): Fix {
  const record = keyRecordFor(st, d, s, keyType);
  const name = record.name;
  const { tr } = st;
  const unchecked = tr('plan.dkim.why.unchecked');
  const why: Record<string, string> = {
    fail: tr('plan.dkim.why.fail'),
    permerror: tr('plan.dkim.why.permerror', { name }),
    policy: tr('plan.dkim.why.policy'),
    neutral: unchecked,
    none: unchecked,
  };
  return {
    problem: 'dkim-failure',
    provider: st.provider,
    importance: importance([record], st.spfOk),
    title: tr('plan.dkim.failure.title', { selector: s, domain: d }),
    explanation: tr('plan.dkim.failure.explain', { domain: d, from: st.from, selector: s, result, why: why[result] ?? tr('plan.dkim.why.other'), name }),
    records: [record],
    // a revoked key was withdrawn on purpose (rotated, or leaked): publishing one there is right only
    // if the service still signs with that selector and gives the current key
    caveats: [...(revoked ? [tr('plan.dkim.failure.revoked', { name, selector: s })] : []), otherMechanism(st, 'dkim'), ...(revoked ? [] : [tr('plan.dkim.failure.changed')]), tr('plan.dkim.failure.long-key')],
    sources: ['https://www.rfc-editor.org/rfc/rfc6376#section-3.6.2', 'https://www.rfc-editor.org/rfc/rfc6376#section-6.1.3'],
  };
}

// ---------------------------------------------------------------- DMARC

const POLICY_RANK: Record<string, number> = { none: 1, quarantine: 2, reject: 3 };
const NEXT: Record<string, string> = { none: 'quarantine', quarantine: 'reject' };

function dmarcFixes(st: State): Fix[] {
  const dm = st.input.dmarc;
  // several records at a name of the tree walk: keep one (merged, never weaker), not a new p=none
  const dups = (st.input.existing?.dmarcDuplicates ?? []).filter((x) => x && x.records?.length > 1).slice(0, 2);
  if (dups.length) return dups.map((x) => dmarcDuplicateFix(recordCtx(st), x, st.input));
  if (dm && (dm.result === 'temperror' || dm.result === 'permerror') && dm.record === null) return [];
  const out: Fix[] = [];
  const usable = dm && dm.record && dm.policy;
  if (!usable) out.push(noDmarc(st));
  else {
    const pol = policyPath(st);
    if (pol) out.push(pol);
    const auth = ruaAuth(st);
    if (auth) out.push(auth);
  }
  return out;
}

function noDmarc(st: State): Fix {
  const dm = st.input.dmarc;
  const name = `_dmarc.${st.org}`;
  const rua = `dmarc-reports@${st.org}`;
  const { tr } = st;
  const note = st.recipe.dmarcNote ? tr(st.recipe.dmarcNote) : undefined;
  const requiredByService = st.provider === 'mandrill';
  const broken = !!dm?.record;
  const sub = st.from !== st.org;
  return {
    problem: 'no-dmarc',
    provider: st.provider,
    importance: requiredByService ? 'required' : 'recommended',
    title: tr(broken ? 'plan.dmarc.none.title-broken' : 'plan.dmarc.none.title', { org: st.org }),
    explanation: broken
      ? tr('plan.dmarc.none.explain-broken', { record: String(dm!.record), org: st.org })
      : tr('plan.dmarc.none.explain', { from: st.from, org: st.org }),
    records: [{ type: 'TXT', name, value: `v=DMARC1; p=none; rua=mailto:${rua}` }],
    caveats: [
      ...(note ? [note] : []),
      tr('plan.dmarc.none.rua', { rua, org: st.org }),
      sub ? tr('plan.dmarc.none.covers-from', { org: st.org, from: st.from }) : tr('plan.dmarc.none.covers-subdomains', { org: st.org }),
      tr('plan.dmarc.none.bulk-senders'),
      ...(broken ? [tr('plan.dmarc.none.replace', { name })] : []),
    ],
    sources: [`${RFC9989}#section-4.7`, 'https://support.google.com/a/answer/81126'],
  };
}

/** DMARC tag list → ordered [tag, value] pairs (first occurrence wins on lookup). */
function tagsOf(record: string): [string, string][] {
  return record
    .split(';', 64)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? ([p.toLowerCase(), ''] as [string, string]) : ([p.slice(0, eq).trim().toLowerCase(), p.slice(eq + 1).trim()] as [string, string]);
    });
}

function withTag(record: string, tag: string, value: string): string {
  const tags = tagsOf(record);
  const at = tags.findIndex(([k]) => k === tag);
  if (at >= 0) tags[at] = [tag, value];
  else {
    // after p (or v) so that the record keeps reading naturally
    const p = tags.findIndex(([k]) => k === 'p');
    tags.splice(p >= 0 ? p + 1 : 1, 0, [tag, value]);
  }
  return tags.map(([k, v]) => `${k}=${v}`).join('; ');
}

function policyDomainOf(st: State): string {
  const rd = st.input.dmarc?.recordDomain ? normDomain(st.input.dmarc.recordDomain) : null;
  return rd && rd.startsWith('_dmarc.') ? rd.slice('_dmarc.'.length) : rd ?? st.from;
}

function policyPath(st: State): Fix | null {
  const dm = st.input.dmarc!;
  if (!(st.spfOk && st.dkimOk)) return null;
  const record = dm.record!;
  const tags = new Map(tagsOf(record).reverse());
  const policyDomain = policyDomainOf(st);
  const recordName = `_dmarc.${policyDomain}`;
  // the tag that sets this From domain's policy: sp when the record is a parent's and has one
  const tag = st.from !== policyDomain && tags.has('sp') ? 'sp' : 'p';
  const current = (tags.get(tag) ?? dm.policy ?? 'none').toLowerCase();
  const testing = (tags.get('t') ?? '').toLowerCase() === 'y';
  const { tr } = st;
  const caveats: string[] = [tr('plan.dmarc.policy.one-sample')];
  let value: string;
  let next: string;
  if (NEXT[current]) {
    next = NEXT[current]!;
    value = withTag(record, tag, next);
    if (testing) value = tagsOf(value).filter(([k]) => k !== 't').map(([k, v]) => `${k}=${v}`).join('; ');
  } else if (testing) {
    next = current;
    value = tagsOf(record).filter(([k]) => k !== 't').map(([k, v]) => `${k}=${v}`).join('; ');
  } else {
    return null;
  }
  if (testing) {
    caveats.push(tr('plan.dmarc.policy.testing'));
  }
  if (next === 'quarantine') caveats.push(tr('plan.dmarc.policy.then-reject'));
  const subNotes: string[] = [];
  if (tag === 'p' && policyDomain === st.org) {
    const sp = tags.get('sp')?.toLowerCase();
    if (sp && (POLICY_RANK[sp] ?? 0) < (POLICY_RANK[next] ?? 0)) {
      subNotes.push(tr('plan.dmarc.policy.sp-lower', { sp, domain: policyDomain }));
    } else if (!sp) {
      subNotes.push(tr('plan.dmarc.policy.no-sp', { domain: policyDomain }));
    }
    if (!tags.has('np')) {
      subNotes.push(tr('plan.dmarc.policy.np'));
    }
  }
  if (tag === 'sp') {
    subNotes.push(tr('plan.dmarc.policy.from-sp', { from: st.from, record: recordName, domain: policyDomain }));
  }
  return {
    problem: 'dmarc-policy',
    provider: st.provider,
    importance: 'recommended',
    title: tr('plan.dmarc.policy.title', { domain: policyDomain, tag, next }),
    explanation: policyExplanation(st, current, testing, tag, next),
    records: [{ type: 'TXT', name: recordName, value }],
    caveats: [...caveats, ...subNotes],
    sources: [`${RFC9989}#section-4.7`, `${RFC9989}#section-8`],
  };
}

/** Why the next policy: what the one in force does with mail that fails (quarantine is not "nothing";
 * under t=y receivers apply the policy one step lower, RFC 9989 t tag). */
function policyExplanation(st: State, current: string, testing: boolean, tag: string, next: string): string {
  const { tr } = st;
  const action = tr(next === 'reject' ? 'plan.dmarc.policy.action-reject' : 'plan.dmarc.policy.action-quarantine');
  const params = { policy: current, from: st.from, tag, next, action };
  if (!testing) return tr(current === 'quarantine' ? 'plan.dmarc.policy.explain-quarantine' : 'plan.dmarc.policy.explain', params);
  const applied = current === 'reject' ? 'quarantine' : 'none';
  const meaning = tr(applied === 'quarantine' ? 'plan.dmarc.policy.meaning-quarantine' : 'plan.dmarc.policy.meaning-none', { from: st.from });
  return tr('plan.dmarc.policy.explain-testing', { ...params, applied, meaning });
}

function ruaDomain(e: RuaEntry): { uri: string; domain: string } | null {
  const uri = typeof e === 'string' ? e.trim() : typeof e?.uri === 'string' ? e.uri.trim() : '';
  if (!uri) return null;
  let domain = typeof e === 'object' && e && typeof e.domain === 'string' ? e.domain : '';
  if (!domain) {
    const m = /^mailto:([^?]*)/i.exec(uri);
    if (!m) return null;
    let addr = m[1]!.replace(/![0-9]+[kmgt]?$/i, '');
    try {
      addr = decodeURIComponent(addr);
    } catch {
      /* keep as written */
    }
    const at = addr.lastIndexOf('@');
    domain = at < 0 ? '' : addr.slice(at + 1);
  }
  domain = normDomain(domain);
  return domain && isDomainShape(domain) ? { uri, domain } : null;
}

function ruaAuth(st: State): Fix | null {
  const dm = st.input.dmarc!;
  const policyDomain = policyDomainOf(st);
  const own = orgDomainOf(policyDomain);
  const external = new Map<string, string>();
  for (const e of (Array.isArray(dm.rua) ? dm.rua : []).slice(0, MAX_RUA)) {
    const r = ruaDomain(e);
    if (r && orgDomainOf(r.domain) !== own && !external.has(r.domain)) external.set(r.domain, r.uri);
  }
  if (!external.size) return null;
  const records: FixRecord[] = [...external.keys()].map((dest) => ({ type: 'TXT', name: `${policyDomain}._report._dmarc.${dest}`, value: 'v=DMARC1' }));
  const { tr } = st;
  const list = [...external.entries()].map(([d, u]) => tr('plan.rua.entry', { uri: u, domain: d })).join(tr('plan.rua.sep'));
  const many = external.size > 1;
  return {
    problem: 'dmarc-rua-auth',
    provider: st.provider,
    importance: 'recommended',
    title: tr(many ? 'plan.rua.title-many' : 'plan.rua.title-one', { domain: policyDomain }),
    explanation: tr('plan.rua.explain', { list, own, domain: policyDomain }),
    records,
    caveats: [tr(many ? 'plan.rua.their-zones' : 'plan.rua.their-zone')],
    sources: ['https://www.rfc-editor.org/rfc/rfc7489#section-7.1'],
  };
}

// ---------------------------------------------------------------- SPF record warnings

/**
 * Every fix that proposes a v=spf1 record: warn when the name may already have one (a second one is a
 * permerror) and when the From domain's record would pass 10 lookups. spfRecordWith already does
 * this for the records it builds; recipes that write a record directly (e.g. SES's MAIL FROM) get it here.
 */
function warnSpfRecords(f: Fix, st: State): void {
  // how a caveat names an SPF record, in English and in the planner's language
  const spfWords = [EN('plan.spf.mention'), plainText(st.tr('plan.spf.mention'))];
  for (const r of f.records) {
    if (r.type !== 'TXT' || !isSpfRecord(r.value)) continue;
    // (read as words: with coded texts on, a caveat is a token until it is shown)
    const mentions = f.caveats.map(plainText).some((c) => c.includes(r.name) && (c.includes('v=spf1') || spfWords.some((w) => c.includes(w))));
    if (r.name === st.from && st.ctx.apexSpf !== undefined) {
      const existing = st.ctx.apexSpf.filter(isSpfRecord);
      const same = existing.some((e) => e.trim().toLowerCase() === r.value.trim().toLowerCase());
      if (existing.length && !same && !mentions) {
        f.caveats.push(
          existing.length === 1
            ? st.tr('plan.spf.warn.has-one', { name: r.name, record: String(existing[0]), total: existing.length + 1 })
            : st.tr('plan.spf.warn.has-several', { name: r.name, n: existing.length, total: existing.length + 1 }),
        );
      }
    } else if (!mentions) {
      f.caveats.push(st.tr('plan.spf.warn.maybe', { name: r.name }));
    }
  }
}
