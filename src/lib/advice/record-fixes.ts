// The record-level fixes the planner (plan.ts) hands off here: duplicate DMARC records, SPF for
// the HELO name of a bounce, the parts of the SPF repair (merged, corrected, within 10 lookups)
// and the latent 10-lookup fix. Texts are catalogue codes (findings/en|ja/advice.ts).
import { loadedCatalogue, type Catalogue, type TextCode } from '../findings/catalog.ts';
import { renderText } from '../findings/render.ts';
import type { AdviceLang } from './lang.ts';
import type { FindingParams } from '../findings/types.ts';
import { mergeDmarcRecords } from './dmarc-merge.ts';
import { normDomain, orgDomainOf } from './names.ts';
import type { SpfFacts } from './spf-limit.ts';
import { mergeSpfRecords } from './spf-merge.ts';
import { addSpfTerm } from './spf-text.ts';
import type { SpfChange } from './spf-repair.ts';
import type { Fix, FixRecord, PlanInput, ProviderId } from './types.ts';

export type Say = (code: TextCode, params?: FindingParams) => string;

/**
 * The renderer for the planner's language: the catalogue given, else the one loaded for `lang`
 * (the entry point loads it: findings/catalog.ts loadCatalogue, i18n/tr.ts loadTexts).
 */
export function sayer(cat?: Catalogue | null, lang?: AdviceLang): Say {
  const c = cat ?? loadedCatalogue(lang);
  return (code, params) => renderText(c, code, params);
}

export interface RecordCtx {
  from: string;
  org: string;
  provider: ProviderId | null;
  spfMode: 'r' | 's';
  /** an aligned DKIM signature passed */
  dkimOk: boolean;
  say: Say;
}

const quote = (r: string) => `"${r}"`;
const says = (say: Say, changes: SpfChange[]) => changes.map((c) => say(c.code, c.params));

// ---------------------------------------------------------------- DMARC duplicates

export function dmarcDuplicateFix(c: RecordCtx, dup: { name: string; records: string[] }, input: PlanInput): Fix {
  const { say } = c;
  const name = normDomain(dup.name);
  const records = dup.records.slice(0, 10);
  const m = mergeDmarcRecords(records);
  const caveats: string[] = [];
  if (m.keep !== null) caveats.push(say(records.length === 2 ? 'advice.dmarc.dup.keep-one' : 'advice.dmarc.dup.keep', { record: records[m.keep]!, others: records.length - 1, name }));
  else caveats.push(say('advice.dmarc.dup.replace', { count: records.length, name, policy: `p=${m.p}${m.sp !== m.p ? `, sp=${m.sp}` : ''}` }));
  caveats.push(...says(say, m.conflicts));
  // duplicates applied no policy: the kept one enforces from the moment it is alone
  if (m.p === 'quarantine' || m.p === 'reject') caveats.push(say('advice.dmarc.dup.enforce-now', { count: records.length, policy: m.p, from: c.from }));
  const dm = input.dmarc;
  if (dm?.record && dm.recordDomain && normDomain(dm.recordDomain) !== name) {
    caveats.push(say('advice.dmarc.dup.inherited', { from: c.from, record: dm.recordDomain, policy: dm.policy ?? 'none' }));
  }
  return {
    problem: 'dmarc-duplicates',
    provider: c.provider,
    importance: 'recommended',
    title: say('advice.dmarc.dup.title', { name }),
    explanation: say('advice.dmarc.dup.explain', { name, count: records.length, records: records.map(quote).join(', '), from: c.from }),
    records: [{ type: 'TXT', name, value: m.merged }],
    caveats,
    sources: ['https://www.rfc-editor.org/rfc/rfc9989#section-4.10', 'https://www.rfc-editor.org/rfc/rfc7489#section-6.6.3'],
  };
}

// ---------------------------------------------------------------- bounces: SPF for the HELO name

export function heloFix(c: RecordCtx, input: PlanInput, otherMechanism: string): Fix {
  const { say } = c;
  const heloRaw = input.envelope?.helo ?? input.spf?.domain ?? '';
  const helo = heloRaw ? normDomain(heloRaw) : '';
  // its own problem: a null sender never gets the MAIL FROM fixes (spf-alignment), only SPF for the HELO name
  const problem = 'spf-helo' as const;
  const sources = ['https://www.rfc-editor.org/rfc/rfc7208#section-2.3', 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.5'];
  const ours = !!helo && orgDomainOf(helo) === c.org;
  if (!ours) {
    const shown = helo || say('advice.helo.unknown');
    return {
      problem,
      provider: c.provider,
      importance: 'info',
      title: say('advice.helo.other-title', { helo: shown }),
      explanation: say('advice.helo.other-explain', { helo: shown, org: c.org, from: c.from }),
      records: [],
      caveats: [say('advice.helo.no-custom')],
      sources,
    };
  }
  if (c.spfMode === 's' && helo !== c.from) {
    return {
      problem,
      provider: c.provider,
      importance: 'info',
      title: say('advice.helo.title', { helo }),
      explanation: say('advice.helo.explain', { helo, org: c.org, from: c.from }),
      records: [],
      caveats: [say('advice.helo.strict', { helo, from: c.from }), say('advice.helo.no-custom')],
      sources,
    };
  }
  // the HELO name's SPF record now (analyze.ts lints the HELO name of a null sender): add "a" to it
  const facts = spfFactsFor(input, helo);
  const current = facts && facts.records.length === 1 ? facts.records[0]! : null;
  const merged = current ? addSpfTerm(current, 'a') : 'v=spf1 a -all';
  const records: FixRecord[] = merged ? [{ type: 'TXT', name: helo, value: merged }] : [];
  const caveats = merged
    ? [otherMechanism, say('advice.helo.a', { helo }), ...(current ? [say('advice.helo.replace', { record: current, helo })] : []), say('advice.helo.no-custom')]
    : [otherMechanism, say('advice.helo.has-a', { helo, record: current! }), say('advice.helo.no-custom')];
  return {
    problem,
    provider: c.provider,
    importance: !records.length ? 'info' : c.dkimOk ? 'recommended' : 'required',
    title: say('advice.helo.title', { helo }),
    explanation: say('advice.helo.explain', { helo, org: c.org, from: c.from }),
    records,
    caveats,
    sources,
  };
}

// ---------------------------------------------------------------- SPF: merged, corrected, within 10

export function spfFactsFor(input: PlanInput, name: string): SpfFacts | null {
  const n = normDomain(name);
  return (input.existing?.spf ?? []).find((f) => f && normDomain(f.domain) === n) ?? null;
}

/** How the within-10 record was built, the trade-off when providers were flattened. */
export function limitCaveats(c: RecordCtx, facts: SpfFacts): string[] {
  const l = facts.limit;
  if (!l) return [];
  if (!l.record) return [c.say('advice.spf.limit.none')];
  const out = [c.say('advice.spf.limit.proposal', { lookups: l.worstCase, before: l.baseWorstCase }), ...says(c.say, l.steps)];
  if (l.flattened.length) out.push(c.say('advice.spf.limit.stale', { domains: l.flattened.join(', ') }));
  return out;
}

/** Several v=spf1 records: the one to publish (within 10 when that could be built) and what to say. */
export function spfMergeParts(c: RecordCtx, facts: SpfFacts | null, existing: string[]): { value: string; caveats: string[]; worstCase: number | null } {
  const m = facts?.merge ?? { ...mergeSpfRecords(existing), worstCase: null as number | null };
  const caveats = says(c.say, m.notes);
  if (facts?.repair?.corrected) caveats.push(...says(c.say, facts.repair.changes));
  if (typeof m.worstCase === 'number' && !facts?.limit) caveats.push(c.say('advice.spf.merge.lookups', { lookups: m.worstCase }));
  if (facts?.limit) caveats.push(...limitCaveats(c, facts));
  const value = facts?.limit?.record ?? facts?.repair?.corrected ?? m.merged;
  return { value, caveats, worstCase: facts?.limit?.record ? facts.limit.worstCase : m.worstCase };
}

/** A syntax error: the corrected record (within 10 when needed), or the terms named and no record. */
export function spfSyntaxParts(c: RecordCtx, facts: SpfFacts, name: string): { why: string; record: FixRecord | null; caveats: string[] } {
  const repair = facts.repair!;
  const current = facts.records[0] ?? '';
  const why = c.say('advice.spf.syntax.why', { record: current });
  if (!repair.corrected) {
    const problems = repair.unresolved.map((p) => p.message).join(' ');
    return { why, record: null, caveats: [c.say('advice.spf.syntax.nofix', { problems })] };
  }
  const value = facts.limit?.record ?? repair.corrected;
  return {
    why,
    record: { type: 'TXT', name, value },
    caveats: [c.say('advice.spf.syntax.replace', { record: current, name }), ...says(c.say, repair.changes), ...limitCaveats(c, facts)],
  };
}

/** The From domain's (or an aligned envelope domain's) SPF is over 10 in the worst case, though this message passed. */
export function spfLatentLimitFixes(c: RecordCtx, input: PlanInput, covered: Set<string>): Fix[] {
  const out: Fix[] = [];
  for (const f of input.existing?.spf ?? []) {
    if (!f?.limit?.needed || f.records.length !== 1 || f.repair) continue;
    const name = normDomain(f.domain);
    if (covered.has(name) || orgDomainOf(name) !== c.org) continue;
    const record = f.limit.record;
    out.push({
      problem: 'spf-lookup-limit',
      provider: c.provider,
      importance: record ? 'recommended' : 'info',
      title: c.say('advice.spf.limit.title', { name }),
      explanation: c.say('advice.spf.limit.latent', { name, lookups: f.limit.baseWorstCase }),
      records: record ? [{ type: 'TXT', name, value: record }] : [],
      caveats: limitCaveats(c, f),
      sources: ['https://www.rfc-editor.org/rfc/rfc7208#section-4.6.4'],
    });
    covered.add(name);
  }
  return out;
}
