// The planner: from what was found about one message (PlanInput) to the fixes (records to publish).
// Problems, in order: SPF (alignment, then authorisation / permerror), DKIM (alignment, then a
// failing aligned signature), DMARC (no record, policy path, external report authorisation).
// Importance: required when DMARC fails without the fix; recommended when DMARC passes on the
// other mechanism (or the fix cannot work under the alignment mode in force); info when there
// is nothing to publish.
import { orgDomainOf, normDomain, isDomainShape } from './names.ts';
import { GENERIC, RECIPES, spfRecordWith, type Ctx, type Draft, type Recipe } from './recipes.ts';
import { isAllTerm, isSpfRecord, spfTerms } from './spf-text.ts';
import { fillTemplate, matchTemplate, normTemplateName, remainingPlaceholders } from './template.ts';
import type { Fix, FixProblem, FixRecord, Importance, PlanInput, RuaEntry } from './types.ts';

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
  merged.push(...dmarcFixes(st));
  for (const f of merged) warnSpfRecords(f, st);
  return merged;
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

function otherMechanism(st: State, which: 'spf' | 'dkim'): string {
  return which === 'spf'
    ? st.dkimOk
      ? 'DMARC passes for this message on DKIM alone; this fix adds SPF as a second aligned pass (useful when DKIM breaks, e.g. a signature invalidated on the way).'
      : 'DMARC needs SPF or DKIM to pass aligned; neither does for this message, so DMARC fails until this (or the DKIM fix) is done.'
    : st.spfOk
      ? 'DMARC passes for this message on SPF alone; an aligned DKIM signature survives forwarding, which SPF does not.'
      : 'DMARC needs SPF or DKIM to pass aligned; neither does for this message, so DMARC fails until this (or the SPF fix) is done.';
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
  const way =
    which === 'spf'
      ? `With aspf=s, DKIM is the way: a signature with d=${st.from} aligns even in strict mode.`
      : `With adkim=s only a signature with d=${st.from} exactly aligns: ask the service to sign with the From domain itself, or rely on an SPF pass for ${st.from}.`;
  return `Your DMARC record sets ${tag} (strict alignment): the ${what} must be exactly ${st.from}, and this fix uses ${identity ?? 'a subdomain'}, which aligns in relaxed mode only. It does nothing for DMARC until you change ${tag} to ${tag.replace('=s', '=r')} (relaxed, the default). ${way}`;
}

// ---------------------------------------------------------------- SPF

function spfFixes(st: State): Fix[] {
  const { input, recipe, ctx } = st;
  const spf = input.spf ?? { result: 'none', domain: null, aligned: false };
  if (spf.result === 'temperror') return [];
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
          placeholders: [
            {
              token: '<sender mechanism>',
              meaning: 'what authorises the sending service, e.g. include:<its SPF domain> or ip4:<its address>',
              where: "the sending service's documentation on SPF",
              shape: '(?:include:|ip4:|ip6:|a:|mx:)[A-Za-z0-9_./:-]{1,253}',
            },
          ],
        }
    : null;
  const service = st.provider ? (input.provider?.name ?? st.provider) : 'the sending service';
  const records = rec ? [normRecord(rec)] : [];
  return [
    {
      problem: 'spf-authorization',
      provider: st.provider,
      importance: importance(records, st.dkimOk),
      title: `Authorise ${service} in the SPF record of ${name}`,
      explanation: `The MAIL FROM domain ${name} aligns with ${st.from}, but SPF did not pass for it (${spf.result}): its SPF record does not authorise the server that sent this message. ${rec ? `Adding ${term} lets ${service} send for ${name}.` : ''}`.trim(),
      records,
      caveats: [otherMechanism(st, 'spf'), ...caveats, ...(inc?.unverified ? [`Unverified: ${term} rests on ${inc.source}; use the value ${service} shows.`] : [])],
      sources: ['https://www.rfc-editor.org/rfc/rfc7208#section-2.6', ...(inc ? [inc.source] : [])],
      ...(inc?.unverified ? { unverified: true } : {}),
    },
  ];
}

function spfPermerror(st: State, name: string): Fix {
  const existing = name === st.from ? (st.input.existing?.apexSpf ?? []).filter(isSpfRecord) : [];
  const records: FixRecord[] = [];
  const caveats: string[] = [otherMechanism(st, 'spf')];
  let why = 'its SPF record is broken (a syntax error, more than 10 DNS lookups, more than 2 void lookups, or more than one v=spf1 record)';
  if (existing.length > 1) {
    why = `${name} has ${existing.length} v=spf1 records; more than one is a permerror (RFC 7208 §4.5), even if they are identical`;
    const merged = mergeSpf(existing);
    records.push({ type: 'TXT', name, value: merged });
    caveats.push(`Delete the ${existing.length} current v=spf1 records at ${name} (${existing.map((e) => `"${e}"`).join(', ')}) and publish this single merged one.`);
  } else if ((st.input.existing?.spfLookupsWorstCase ?? 0) > 10) {
    why = `its SPF record needs ${st.input.existing!.spfLookupsWorstCase} DNS lookups in the worst case; more than 10 is a permerror (RFC 7208 §4.6.4)`;
    caveats.push('Remove includes of services you no longer use, or replace nested includes by ip4:/ip6: ranges the service publishes (and keep them up to date).');
  }
  if (records.length && (st.input.existing?.spfLookupsWorstCase ?? 0) > 10) {
    caveats.push(`The merged record still needs up to ${st.input.existing!.spfLookupsWorstCase} lookups: more than 10 is a permerror too (RFC 7208 §4.6.4).`);
  }
  return {
    problem: 'spf-permerror',
    provider: st.provider,
    importance: importance(records, st.dkimOk),
    title: `Repair the SPF record of ${name}`,
    explanation: `The MAIL FROM domain ${name} aligns with ${st.from}, but SPF ended in permerror: ${why}. Receivers then treat SPF as failed.`,
    records,
    caveats,
    sources: ['https://www.rfc-editor.org/rfc/rfc7208#section-4.5', 'https://www.rfc-editor.org/rfc/rfc7208#section-4.6.4'],
  };
}

/** Several v=spf1 records merged into one: all terms in order, duplicates once, one `all` (the first record's) last. */
function mergeSpf(records: string[]): string {
  const terms: string[] = [];
  let all: string | null = null;
  for (const r of records) {
    for (const t of spfTerms(r)) {
      if (isAllTerm(t) || /^redirect=/i.test(t)) {
        all ??= isAllTerm(t) ? t : null;
        continue;
      }
      if (!terms.some((x) => x.toLowerCase() === t.toLowerCase())) terms.push(t);
    }
  }
  return ['v=spf1', ...terms, all ?? '~all'].join(' ');
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
    out.push(dkimFailure(st, d, s, k.result));
  }
  return out;
}

/** The record a failing aligned signature needs: the recipe's, when one of its names fits the selector. */
function keyRecordFor(st: State, d: string, s: string): FixRecord {
  const name = `${s}._domainkey.${d}`;
  const draft = st.recipe.dkim({ ...st.ctx, from: d });
  for (const r of draft.records) {
    const values = matchTemplate(r.name, r.placeholders, name);
    if (!values) continue;
    const value = fillTemplate(r.value, values);
    const placeholders = remainingPlaceholders(name, value, r.placeholders);
    return normRecord({ ...r, name, value, ...(placeholders.length ? { placeholders } : { placeholders: undefined }) });
  }
  return {
    type: 'TXT',
    name,
    value: 'v=DKIM1; k=rsa; p=<public key>',
    placeholders: [
      {
        token: '<public key>',
        meaning: `the public key matching the private key that signs with s=${s}`,
        where: "the sending service's DKIM / domain authentication settings",
        shape: '[A-Za-z0-9+/=]{16,4096}',
      },
    ],
  };
}

function dkimFailure(st: State, d: string, s: string, result: string): Fix {
  const record = keyRecordFor(st, d, s);
  const name = record.name;
  const why: Record<string, string> = {
    fail: 'the signature did not verify with the key published there',
    permerror: `the key record at ${name} is missing or unusable`,
    policy: 'the key was refused (for example an RSA key shorter than 1024 bits)',
    neutral: 'the signature could not be checked',
    none: 'the signature could not be checked',
  };
  return {
    problem: 'dkim-failure',
    provider: st.provider,
    importance: importance([record], st.spfOk),
    title: `Repair the DKIM key for selector ${s} of ${d}`,
    explanation: `A signature with d=${d} (which aligns with ${st.from}) and s=${s} exists, but its result is ${result}: ${why[result] ?? 'it did not pass'}. The key at ${name} must be the public half of the key the service signs with.`,
    records: [record],
    caveats: [
      otherMechanism(st, 'dkim'),
      'If the key is right, the message was changed after signing (a mailing list, a forwarder adding a footer, a security gateway rewriting links): nothing in DNS fixes that; sign after the last change, or use ARC at the forwarder.',
      'A key longer than 255 characters must be split into several strings in one TXT record (the zone export does this).',
    ],
    sources: ['https://www.rfc-editor.org/rfc/rfc6376#section-3.6.2', 'https://www.rfc-editor.org/rfc/rfc6376#section-6.1.3'],
  };
}

// ---------------------------------------------------------------- DMARC

const POLICY_RANK: Record<string, number> = { none: 1, quarantine: 2, reject: 3 };
const NEXT: Record<string, string> = { none: 'quarantine', quarantine: 'reject' };

function dmarcFixes(st: State): Fix[] {
  const dm = st.input.dmarc;
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
  const note = st.recipe.dmarcNote;
  const requiredByService = st.provider === 'mandrill';
  const broken = !!dm?.record;
  const sub = st.from !== st.org;
  return {
    problem: 'no-dmarc',
    provider: st.provider,
    importance: requiredByService ? 'required' : 'recommended',
    title: broken ? `Replace the unusable DMARC record of ${st.org}` : `Publish a DMARC record for ${st.org}`,
    explanation: `${broken ? `The DMARC record found ("${dm!.record}") gives no usable policy, so receivers apply no DMARC processing.` : `No DMARC record applies to ${st.from}, so receivers apply no DMARC policy and send no reports.`} Start with p=none: nothing is blocked, and the aggregate reports (rua) show every service that sends as ${st.org}. Once all of them pass aligned, move to quarantine, then reject.`,
    records: [{ type: 'TXT', name, value: `v=DMARC1; p=none; rua=mailto:${rua}` }],
    caveats: [
      ...(note ? [note] : []),
      `${rua} must be a mailbox you read (reports arrive daily from each large receiver), or the address of a DMARC report service; an address outside ${st.org} needs an authorisation record at the service (<policy domain>._report._dmarc.<its domain>).`,
      ...(sub ? [`Published at ${st.org}, the record also covers ${st.from} and every other subdomain (sp defaults to p). Add sp= for a different subdomain policy, or publish _dmarc.${st.from} for this name alone.`] : [`The record also covers every subdomain of ${st.org} (sp defaults to p); add sp= for a different subdomain policy, and np= for names that do not exist (RFC 9989).`]),
      'Large mailbox providers (Google, Yahoo) require a DMARC record, at least p=none, from bulk senders since February 2024.',
      ...(broken ? [`Replace the current record; two v=DMARC1 records at ${name} make both unusable.`] : []),
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
  const caveats: string[] = [
    'This message is one sample: before tightening, read the aggregate (rua) reports for a few weeks and make sure every service that sends as your domain passes aligned; otherwise their mail is quarantined or rejected.',
  ];
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
  if (testing) caveats.push('The record has t=y (testing): receivers apply one step less than the policy says. Removing t=y makes the policy apply as written.');
  if (next === 'quarantine') caveats.push('After quarantine has run without surprises, the next step is p=reject.');
  const subNotes: string[] = [];
  if (tag === 'p' && policyDomain === st.org) {
    const sp = tags.get('sp')?.toLowerCase();
    if (sp && (POLICY_RANK[sp] ?? 0) < (POLICY_RANK[next] ?? 0)) subNotes.push(`sp=${sp} keeps subdomains of ${policyDomain} at ${sp}: raise it too once they pass aligned.`);
    else if (!sp) subNotes.push(`Without sp= the new policy covers every subdomain of ${policyDomain} as well; add sp=none if some subdomain's senders are not ready.`);
    if (!tags.has('np')) subNotes.push(`np=reject tells receivers to reject mail from subdomains that do not exist (RFC 9989 np tag), which only spoofers use.`);
  }
  if (tag === 'sp') subNotes.push(`${st.from} gets its policy from sp= of ${recordName}: this raises it for every subdomain of ${policyDomain}. Publish _dmarc.${st.from} to set this name alone.`);
  return {
    problem: 'dmarc-policy',
    provider: st.provider,
    importance: 'recommended',
    title: `Move the DMARC policy of ${policyDomain} to ${tag}=${next}`,
    explanation: `This message passes DMARC on both SPF and DKIM, aligned. The policy in force is ${dm.policy ?? current}${testing ? ' (t=y)' : ''}, which asks receivers to do nothing with mail that fails: spoofed mail as ${st.from} is still delivered. ${tag}=${next} asks them to ${next === 'reject' ? 'reject it' : 'put it in spam'}.`,
    records: [{ type: 'TXT', name: recordName, value }],
    caveats: [...caveats, ...subNotes],
    sources: [`${RFC9989}#section-4.7`, `${RFC9989}#section-8`],
  };
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
  const list = [...external.entries()].map(([d, u]) => `${u} (${d})`).join(', ');
  return {
    problem: 'dmarc-rua-auth',
    provider: st.provider,
    importance: 'recommended',
    title: `Authorise the external report address${external.size > 1 ? 'es' : ''} of ${policyDomain}`,
    explanation: `The DMARC record sends aggregate reports to ${list}, outside ${own}. Receivers send reports to another organisation only when it says it accepts them for ${policyDomain}: a TXT record "v=DMARC1" at <policy domain>._report._dmarc.<report domain> (RFC 7489 §7.1). Without it the reports are not sent.`,
    records,
    caveats: [
      `These records belong in the zone of the report domain${external.size > 1 ? 's' : ''}, not in yours: if a report service runs it, it usually publishes them (or a wildcard) itself. This fix only lets you check.`,
    ],
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
  for (const r of f.records) {
    if (r.type !== 'TXT' || !isSpfRecord(r.value)) continue;
    const mentions = f.caveats.some((c) => c.includes(r.name) && /v=spf1|SPF record/.test(c));
    if (r.name === st.from && st.ctx.apexSpf !== undefined) {
      const existing = st.ctx.apexSpf.filter(isSpfRecord);
      const same = existing.some((e) => e.trim().toLowerCase() === r.value.trim().toLowerCase());
      if (existing.length && !same && !mentions) {
        f.caveats.push(`${r.name} already has ${existing.length === 1 ? `an SPF record ("${existing[0]}")` : `${existing.length} SPF records`}: publishing this one as well makes ${existing.length + 1} v=spf1 records, a permerror (RFC 7208 §4.5). Merge the terms into one record.`);
      }
    } else if (!mentions) {
      f.caveats.push(`If ${r.name} already has a v=spf1 record, merge into it instead of adding a second: two v=spf1 records at one name are a permerror (RFC 7208 §4.5).`);
    }
  }
}
