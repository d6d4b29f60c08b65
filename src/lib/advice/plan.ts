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
import { dmarcDuplicateFix, heloFix, limitCaveats, sayer, spfFactsFor, spfLatentLimitFixes, spfMergeParts, spfSyntaxParts, type RecordCtx, type Say } from './record-fixes.ts';
import { fillTemplate, matchTemplate, normTemplateName, remainingPlaceholders } from './template.ts';
import type { Fix, FixProblem, FixRecord, Importance, PlanInput, RuaEntry } from './types.ts';
import { gateFixes } from '../diagnosis/gate.ts';

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
    ? st.dkimOk
      ? tr({
          en: 'DMARC passes for this message on DKIM alone; this fix adds SPF as a second aligned pass (useful when DKIM breaks, e.g. a signature invalidated on the way).',
          ja: 'このメッセージは DKIM だけで DMARC に pass しています。この修正は、アライメントした 2 つ目の pass として SPF を加えます（途中で署名が無効になるなど、DKIM が壊れたときに役立ちます）。',
        })
      : tr({
          en: 'DMARC needs SPF or DKIM to pass aligned; neither does for this message, so DMARC fails until this (or the DKIM fix) is done.',
          ja: 'DMARC には、SPF か DKIM がアライメントして pass することが必要です。このメッセージではどちらも満たしていないため、この修正（または DKIM の修正）を終えるまで DMARC は fail します。',
        })
    : st.spfOk
      ? tr({
          en: 'DMARC passes for this message on SPF alone; an aligned DKIM signature survives forwarding, which SPF does not.',
          ja: 'このメッセージは SPF だけで DMARC に pass しています。アライメントした DKIM 署名は転送後も有効ですが、SPF はそうではありません。',
        })
      : tr({
          en: 'DMARC needs SPF or DKIM to pass aligned; neither does for this message, so DMARC fails until this (or the SPF fix) is done.',
          ja: 'DMARC には、SPF か DKIM がアライメントして pass することが必要です。このメッセージではどちらも満たしていないため、この修正（または SPF の修正）を終えるまで DMARC は fail します。',
        });
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
  const way =
    which === 'spf'
      ? tr({
          en: `With aspf=s, DKIM is the way: a signature with d=${st.from} aligns even in strict mode.`,
          ja: `aspf=s の場合は DKIM で対応してください。d=${st.from} の署名なら strict モードでもアライメントします。`,
        })
      : tr({
          en: `With adkim=s only a signature with d=${st.from} exactly aligns: ask the service to sign with the From domain itself, or rely on an SPF pass for ${st.from}.`,
          ja: `adkim=s でアライメントするのは、d= がちょうど ${st.from} の署名だけです。From ドメインそのもので署名するようサービスに依頼するか、${st.from} についての SPF の pass に頼ってください。`,
        });
  return tr({
    en: `Your DMARC record sets ${tag} (strict alignment): the ${what} must be exactly ${st.from}, and this fix uses ${identity ?? 'a subdomain'}, which aligns in relaxed mode only. It does nothing for DMARC until you change ${tag} to ${relaxed} (relaxed, the default). ${way}`,
    ja: `DMARC レコードで ${tag}（strict アライメント）が指定されています。${what} は ${st.from} と完全に一致する必要がありますが、この修正で使う${identity ? ` ${identity} ` : 'サブドメイン'}は relaxed モードでしかアライメントしません。${tag} を ${relaxed}（relaxed、既定値）に変えるまで、DMARC には効果がありません。${way}`,
  });
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
          placeholders: [senderMechanism(st.tr, { en: "the sending service's documentation on SPF", ja: '送信サービスの SPF に関する文書' })],
        }
    : null;
  const { tr } = st;
  const service = st.provider ? (input.provider?.name ?? st.provider) : tr({ en: 'the sending service', ja: '送信サービス' });
  const records = rec ? [normRecord(rec)] : [];
  return [
    {
      problem: 'spf-authorization',
      provider: st.provider,
      importance: importance(records, st.dkimOk),
      title: tr({ en: `Authorise ${service} in the SPF record of ${name}`, ja: `${name} の SPF レコードで ${service} を許可する` }),
      explanation: tr({
        en: `The MAIL FROM domain ${name} aligns with ${st.from}, but SPF did not pass for it (${spf.result}): its SPF record does not authorise the server that sent this message. ${rec ? `Adding ${term} lets ${service} send for ${name}.` : ''}`.trim(),
        ja: `MAIL FROM のドメイン ${name} は ${st.from} とアライメントしていますが、SPF は pass しませんでした（${spf.result}）。その SPF レコードが、このメッセージを送ったサーバーを許可していません。${rec ? `${term} を加えると、${service} が ${name} として送信できるようになります。` : ''}`,
      }),
      records,
      caveats: [
        otherMechanism(st, 'spf'),
        ...caveats,
        ...(inc?.unverified
          ? [tr({ en: `Unverified: ${term} rests on ${inc.source}; use the value ${service} shows.`, ja: `未確認: ${term} は ${inc.source} に基づく値です。${service} に表示される値を使ってください。` })]
          : []),
      ],
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
  let why = tr({
    en: 'its SPF record is broken (a syntax error, more than 10 DNS lookups, more than 2 void lookups, or more than one v=spf1 record)',
    ja: 'その SPF レコードが壊れています（構文エラー、10 回を超える DNS 参照、2 回を超える結果なしの参照（void lookup）、複数の v=spf1 レコードのいずれか）',
  });
  if (existing.length > 1) {
    why = tr({
      en: `${name} has ${existing.length} v=spf1 records; more than one is a permerror (RFC 7208 §4.5), even if they are identical`,
      ja: `${name} に v=spf1 レコードが ${existing.length} 件あります。内容が同じでも、2 件以上あれば permerror です（RFC 7208 §4.5）`,
    });
    const parts = spfMergeParts(recordCtx(st), facts, existing);
    mergedLookups = parts.worstCase;
    records.push({ type: 'TXT', name, value: parts.value });
    const list = existing.map((e) => `"${e}"`).join(', ');
    caveats.push(
      tr({
        en: `Delete the ${existing.length} current v=spf1 records at ${name} (${list}) and publish this single merged one.`,
        ja: `${name} にある現在の v=spf1 レコード ${existing.length} 件（${list}）を削除し、まとめたこの 1 件を公開してください。`,
      }),
    );
    caveats.push(...parts.caveats);
  } else if (facts?.repair && !facts.repair.valid) {
    const parts = spfSyntaxParts(recordCtx(st), facts, name);
    why = parts.why;
    if (parts.record) records.push(parts.record);
    caveats.push(...parts.caveats);
    mergedLookups = null;
  } else if (lookups > 10) {
    why = tr({
      en: `its SPF record needs ${lookups} DNS lookups in the worst case; more than 10 is a permerror (RFC 7208 §4.6.4)`,
      ja: `その SPF レコードは最悪の場合 ${lookups} 回の DNS 参照が必要です。10 回を超えると permerror です（RFC 7208 §4.6.4）`,
    });
    caveats.push(
      tr({
        en: 'Remove includes of services you no longer use, or replace nested includes by ip4:/ip6: ranges the service publishes (and keep them up to date).',
        ja: 'もう使っていないサービスの include を削除するか、入れ子になった include を、サービスが公開している ip4:/ip6: の範囲に置き換えてください（その場合は範囲を最新に保ってください）。',
      }),
    );
    // a record within 10, built from what the includes publish now (spf-limit.ts)
    if (facts?.limit?.record) {
      records.push({ type: 'TXT', name, value: facts.limit.record });
      caveats.push(...limitCaveats(recordCtx(st), facts));
    } else if (facts?.limit) caveats.push(...limitCaveats(recordCtx(st), facts));
    mergedLookups = null;
  }
  if (records.length && mergedLookups !== null && mergedLookups > 10) {
    caveats.push(
      tr({
        en: `The merged record still needs up to ${mergedLookups} lookups: more than 10 is a permerror too (RFC 7208 §4.6.4).`,
        ja: `まとめたレコードでも、最大 ${mergedLookups} 回の参照が必要です。10 回を超えると、これも permerror です（RFC 7208 §4.6.4）。`,
      }),
    );
  }
  return {
    problem: 'spf-permerror',
    provider: st.provider,
    importance: importance(records, st.dkimOk),
    title: tr({ en: `Repair the SPF record of ${name}`, ja: `${name} の SPF レコードを修復する` }),
    explanation: tr({
      en: `The MAIL FROM domain ${name} aligns with ${st.from}, but SPF ended in permerror: ${why}. Receivers then treat SPF as failed.`,
      ja: `MAIL FROM のドメイン ${name} は ${st.from} とアライメントしていますが、SPF は permerror になりました。${why}。この場合、受信側は SPF を失敗として扱います。`,
    }),
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
    out.push(dkimFailure(st, d, s, k.result, keyTypeOf(k.algorithm)));
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
        meaning: st.tr({ en: `the public key matching the private key that signs with s=${s}`, ja: `s=${s} で署名する秘密鍵と対になる公開鍵` }),
        where: st.tr({ en: "the sending service's DKIM / domain authentication settings", ja: '送信サービスの DKIM / ドメイン認証の設定' }),
        shape: '[A-Za-z0-9+/=]{16,4096}',
      },
    ],
  };
}

function dkimFailure(st: State, d: string, s: string, result: string, keyType: 'rsa' | 'ed25519' = 'rsa'): Fix {
  const record = keyRecordFor(st, d, s, keyType);
  const name = record.name;
  const { tr } = st;
  const unchecked = tr({ en: 'the signature could not be checked', ja: '署名を検証できませんでした' });
  const why: Record<string, string> = {
    fail: tr({ en: 'the signature did not verify with the key published there', ja: 'そこに公開されている鍵では署名を検証できませんでした' }),
    permerror: tr({ en: `the key record at ${name} is missing or unusable`, ja: `${name} の鍵レコードがないか、使えない状態です` }),
    policy: tr({ en: 'the key was refused (for example an RSA key shorter than 1024 bits)', ja: '鍵が拒否されました（たとえば 1024 ビット未満の RSA 鍵）' }),
    neutral: unchecked,
    none: unchecked,
  };
  return {
    problem: 'dkim-failure',
    provider: st.provider,
    importance: importance([record], st.spfOk),
    title: tr({ en: `Repair the DKIM key for selector ${s} of ${d}`, ja: `${d} のセレクター ${s} の DKIM 鍵を修復する` }),
    explanation: tr({
      en: `A signature with d=${d} (which aligns with ${st.from}) and s=${s} exists, but its result is ${result}: ${why[result] ?? 'it did not pass'}. The key at ${name} must be the public half of the key the service signs with.`,
      ja: `d=${d}（${st.from} とアライメントします）、s=${s} の署名はありますが、結果は ${result} です。${why[result] ?? 'pass しませんでした'}。${name} の鍵は、サービスが署名に使う鍵の公開鍵でなければなりません。`,
    }),
    records: [record],
    caveats: [
      otherMechanism(st, 'dkim'),
      tr({
        en: 'If the key is right, the message was changed after signing (a mailing list, a forwarder adding a footer, a security gateway rewriting links): nothing in DNS fixes that; sign after the last change, or use ARC at the forwarder.',
        ja: '鍵が正しい場合、メッセージは署名の後に変更されています（メーリングリスト、フッターを付ける転送、リンクを書き換えるセキュリティゲートウェイなど）。これは DNS では直せません。最後の変更の後に署名するか、転送する側で ARC を使ってください。',
      }),
      tr({
        en: 'A key longer than 255 characters must be split into several strings in one TXT record (the zone export does this).',
        ja: '255 文字を超える鍵は、1 つの TXT レコードの中で複数の文字列に分割する必要があります（ゾーンファイル形式の出力では分割済みです）。',
      }),
    ],
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
    title: broken
      ? tr({ en: `Replace the unusable DMARC record of ${st.org}`, ja: `${st.org} の使えない DMARC レコードを置き換える` })
      : tr({ en: `Publish a DMARC record for ${st.org}`, ja: `${st.org} の DMARC レコードを公開する` }),
    explanation: tr({
      en: `${broken ? `The DMARC record found ("${dm!.record}") gives no usable policy, so receivers apply no DMARC processing.` : `No DMARC record applies to ${st.from}, so receivers apply no DMARC policy and send no reports.`} Start with p=none: nothing is blocked, and the aggregate reports (rua) show every service that sends as ${st.org}. Once all of them pass aligned, move to quarantine, then reject.`,
      ja: `${broken ? `見つかった DMARC レコード（"${dm!.record}"）には使えるポリシーがないため、受信側は DMARC の処理を行いません。` : `${st.from} に適用される DMARC レコードがないため、受信側は DMARC ポリシーを適用せず、レポートも送りません。`}まずは p=none で始めてください。何もブロックされず、集約レポート（rua）で ${st.org} として送信しているすべてのサービスがわかります。すべてがアライメントして pass するようになったら quarantine に、その後 reject に進めます。`,
    }),
    records: [{ type: 'TXT', name, value: `v=DMARC1; p=none; rua=mailto:${rua}` }],
    caveats: [
      ...(note ? [note] : []),
      tr({
        en: `${rua} must be a mailbox you read (reports arrive daily from each large receiver), or the address of a DMARC report service; an address outside ${st.org} needs an authorisation record at the service (<policy domain>._report._dmarc.<its domain>).`,
        ja: `${rua} は、実際に読むメールボックス（大手の受信側からそれぞれ毎日レポートが届きます）か、DMARC レポートサービスのアドレスにしてください。${st.org} 以外のアドレスにする場合は、そのサービス側に許可のレコード（<policy domain>._report._dmarc.<its domain>）が必要です。`,
      }),
      ...(sub
        ? [
            tr({
              en: `Published at ${st.org}, the record also covers ${st.from} and every other subdomain (sp defaults to p). Add sp= for a different subdomain policy, or publish _dmarc.${st.from} for this name alone.`,
              ja: `${st.org} に公開したレコードは、${st.from} とほかのすべてのサブドメインにも適用されます（sp の既定値は p です）。サブドメインに別のポリシーを使うには sp= を加えるか、この名前だけに適用する _dmarc.${st.from} を公開してください。`,
            }),
          ]
        : [
            tr({
              en: `The record also covers every subdomain of ${st.org} (sp defaults to p); add sp= for a different subdomain policy, and np= for names that do not exist (RFC 9989).`,
              ja: `このレコードは ${st.org} のすべてのサブドメインにも適用されます（sp の既定値は p です）。サブドメインに別のポリシーを使うには sp= を、存在しない名前には np= を加えてください（RFC 9989）。`,
            }),
          ]),
      tr({
        en: 'Large mailbox providers (Google, Yahoo) require a DMARC record, at least p=none, from bulk senders since February 2024.',
        ja: '大手のメールボックスプロバイダー（Google、Yahoo）は、2024 年 2 月から大量送信者に DMARC レコード（少なくとも p=none）を求めています。',
      }),
      ...(broken
        ? [
            tr({
              en: `Replace the current record; two v=DMARC1 records at ${name} make both unusable.`,
              ja: `現在のレコードを置き換えてください。${name} に v=DMARC1 レコードが 2 つあると、どちらも使えなくなります。`,
            }),
          ]
        : []),
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
  const caveats: string[] = [
    tr({
      en: 'This message is one sample: before tightening, read the aggregate (rua) reports for a few weeks and make sure every service that sends as your domain passes aligned; otherwise their mail is quarantined or rejected.',
      ja: 'このメッセージは 1 つのサンプルにすぎません。ポリシーを強める前に、数週間分の集約レポート（rua）を読み、あなたのドメインとして送信しているすべてのサービスがアライメントして pass することを確かめてください。そうしないと、それらのメールが隔離されたり拒否されたりします。',
    }),
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
  if (testing) {
    caveats.push(
      tr({
        en: 'The record has t=y (testing): receivers apply one step less than the policy says. Removing t=y makes the policy apply as written.',
        ja: 'このレコードには t=y（テスト）があるため、受信側はポリシーより 1 段階弱い処理をします。t=y を削除すると、ポリシーが書かれたとおりに適用されます。',
      }),
    );
  }
  if (next === 'quarantine') caveats.push(tr({ en: 'After quarantine has run without surprises, the next step is p=reject.', ja: 'quarantine で問題なく運用できたら、次は p=reject です。' }));
  const subNotes: string[] = [];
  if (tag === 'p' && policyDomain === st.org) {
    const sp = tags.get('sp')?.toLowerCase();
    if (sp && (POLICY_RANK[sp] ?? 0) < (POLICY_RANK[next] ?? 0)) {
      subNotes.push(
        tr({
          en: `sp=${sp} keeps subdomains of ${policyDomain} at ${sp}: raise it too once they pass aligned.`,
          ja: `sp=${sp} により、${policyDomain} のサブドメインは ${sp} のままです。サブドメインもアライメントして pass するようになったら、こちらも強めてください。`,
        }),
      );
    } else if (!sp) {
      subNotes.push(
        tr({
          en: `Without sp= the new policy covers every subdomain of ${policyDomain} as well; add sp=none if some subdomain's senders are not ready.`,
          ja: `sp= がないため、新しいポリシーは ${policyDomain} のすべてのサブドメインにも適用されます。準備のできていない送信元があるサブドメインがあれば、sp=none を加えてください。`,
        }),
      );
    }
    if (!tags.has('np')) {
      subNotes.push(
        tr({
          en: `np=reject tells receivers to reject mail from subdomains that do not exist (RFC 9989 np tag), which only spoofers use.`,
          ja: `np=reject を指定すると、存在しないサブドメインからのメールを拒否するよう受信側に伝えられます（RFC 9989 の np タグ）。そうしたサブドメインを使うのはなりすましだけです。`,
        }),
      );
    }
  }
  if (tag === 'sp') {
    subNotes.push(
      tr({
        en: `${st.from} gets its policy from sp= of ${recordName}: this raises it for every subdomain of ${policyDomain}. Publish _dmarc.${st.from} to set this name alone.`,
        ja: `${st.from} のポリシーは ${recordName} の sp= で決まります。これを変えると、${policyDomain} のすべてのサブドメインのポリシーが強まります。この名前だけに設定するには、_dmarc.${st.from} を公開してください。`,
      }),
    );
  }
  return {
    problem: 'dmarc-policy',
    provider: st.provider,
    importance: 'recommended',
    title: tr({ en: `Move the DMARC policy of ${policyDomain} to ${tag}=${next}`, ja: `${policyDomain} の DMARC ポリシーを ${tag}=${next} に進める` }),
    explanation: tr({
      en: `This message passes DMARC on both SPF and DKIM, aligned. The policy in force is ${dm.policy ?? current}${testing ? ' (t=y)' : ''}, which asks receivers to do nothing with mail that fails: spoofed mail as ${st.from} is still delivered. ${tag}=${next} asks them to ${next === 'reject' ? 'reject it' : 'put it in spam'}.`,
      ja: `このメッセージは SPF と DKIM の両方がアライメントして DMARC に pass しています。現在のポリシーは ${dm.policy ?? current}${testing ? '（t=y）' : ' '}で、失敗したメールに対して何もしないよう受信側に求めています。そのため、${st.from} になりすましたメールも配信されてしまいます。${tag}=${next} にすると、そうしたメールを${next === 'reject' ? '拒否する' : '迷惑メールに振り分ける'}よう受信側に求めます。`,
    }),
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
  const { tr } = st;
  const list = tr({ en: [...external.entries()].map(([d, u]) => `${u} (${d})`).join(', '), ja: [...external.entries()].map(([d, u]) => `${u}（${d}）`).join('、') });
  return {
    problem: 'dmarc-rua-auth',
    provider: st.provider,
    importance: 'recommended',
    title: tr({
      en: `Authorise the external report address${external.size > 1 ? 'es' : ''} of ${policyDomain}`,
      ja: `${policyDomain} の外部レポート送信先を許可する`,
    }),
    explanation: tr({
      en: `The DMARC record sends aggregate reports to ${list}, outside ${own}. Receivers send reports to another organisation only when it says it accepts them for ${policyDomain}: a TXT record "v=DMARC1" at <policy domain>._report._dmarc.<report domain> (RFC 7489 §7.1). Without it the reports are not sent.`,
      ja: `DMARC レコードは、集約レポートを ${own} の外にある ${list}に送るよう指定しています。受信側がほかの組織にレポートを送るのは、その組織が ${policyDomain} のレポートを受け付けると表明している場合だけです。その表明が <policy domain>._report._dmarc.<report domain> の TXT レコード "v=DMARC1" です（RFC 7489 §7.1）。これがないと、レポートは送られません。`,
    }),
    records,
    caveats: [
      tr({
        en: `These records belong in the zone of the report domain${external.size > 1 ? 's' : ''}, not in yours: if a report service runs it, it usually publishes them (or a wildcard) itself. This fix only lets you check.`,
        ja: `これらのレコードを置くのは、あなたのゾーンではなくレポート送信先のドメインのゾーンです。レポートサービスが運用しているドメインなら、通常はサービス自身が公開しています（ワイルドカードの場合もあります）。この修正は確認のためのものです。`,
      }),
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
    const mentions = f.caveats.some((c) => c.includes(r.name) && /v=spf1|SPF record|SPF レコード/.test(c));
    if (r.name === st.from && st.ctx.apexSpf !== undefined) {
      const existing = st.ctx.apexSpf.filter(isSpfRecord);
      const same = existing.some((e) => e.trim().toLowerCase() === r.value.trim().toLowerCase());
      if (existing.length && !same && !mentions) {
        f.caveats.push(
          st.tr({
            en: `${r.name} already has ${existing.length === 1 ? `an SPF record ("${existing[0]}")` : `${existing.length} SPF records`}: publishing this one as well makes ${existing.length + 1} v=spf1 records, a permerror (RFC 7208 §4.5). Merge the terms into one record.`,
            ja: `${r.name} にはすでに ${existing.length === 1 ? `SPF レコード（"${existing[0]}"）があります` : `SPF レコードが ${existing.length} 件あります`}。これも公開すると v=spf1 レコードが ${existing.length + 1} 件になり、permerror になります（RFC 7208 §4.5）。記述を 1 つのレコードにまとめてください。`,
          }),
        );
      }
    } else if (!mentions) {
      f.caveats.push(
        st.tr({
          en: `If ${r.name} already has a v=spf1 record, merge into it instead of adding a second: two v=spf1 records at one name are a permerror (RFC 7208 §4.5).`,
          ja: `${r.name} にすでに v=spf1 レコードがある場合は、2 つ目を追加せずにそのレコードにまとめてください。1 つの名前に v=spf1 レコードが 2 つあると permerror になります（RFC 7208 §4.5）。`,
        }),
      );
    }
  }
}
