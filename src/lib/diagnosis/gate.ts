// The advisor's fixes, gated by the diagnosis: who acts, how important, and the "never" rules.
// Runs at the end of planFixes (src/lib/advice/plan.ts), so every fix it returns has been through it.
import type { Fix } from '../advice/types.ts';
import type { Actor, DiagnosisCode, GateContext } from './types.ts';

export interface GatedFix extends Fix {
  actor: Actor;
  diagnosis: DiagnosisCode;
  /** fixes sharing a group are alternatives: any one of them is enough (e.g. SPF or DKIM alignment) */
  group?: string;
}

/** The default diagnosis of a fix problem when no diagnosis claimed it. */
const DEFAULT_DIAGNOSIS: Record<string, DiagnosisCode> = {
  'spf-alignment': 'spf-not-aligned',
  'spf-authorization': 'spf-not-authorised',
  'spf-permerror': 'spf-syntax-error',
  'dkim-alignment': 'dkim-not-aligned',
  'dkim-failure': 'dkim-key-mismatch',
  'no-dmarc': 'dmarc-missing',
  'dmarc-policy': 'nothing-to-fix',
  'dmarc-rua-auth': 'nothing-to-fix',
  // the advisor's record-level fixes (src/lib/advice/record-fixes.ts): duplicates merged, HELO SPF, lookups within 10
  'dmarc-duplicates': 'dmarc-duplicate-records',
  'spf-helo': 'bounce',
  'spf-lookup-limit': 'spf-lookups-latent',
};

const RANK: Record<string, number> = { none: 1, quarantine: 2, reject: 3 };
const SENDER_FIXES = new Set(['spf-alignment', 'spf-authorization', 'dkim-alignment']);
/**
 * Repairs of the owner's own published records (an SPF syntax error or duplicate v=spf1 records corrected,
 * an SPF record brought within 10 lookups, duplicate DMARC records merged): built only from terms the owner
 * already publishes, so they authorise no one new. The owner acts there whoever sent this message.
 */
const OWN_RECORD_FIXES = new Set(['spf-permerror', 'spf-lookup-limit', 'dmarc-duplicates']);

/** A record that would authorise a value the diagnosis forbids (the client IP, a forwarder, an unrecognised sender). */
export function authorisesForbidden(f: Pick<Fix, 'records'>, forbidden: string[]): boolean {
  return f.records.some((r) => {
    const v = `${r.name} ${r.value}`.toLowerCase();
    return forbidden.some((x) => x && new RegExp(`(^|[\\s:=/])${x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s/;])`).test(v));
  });
}

function dmarcPolicyOf(value: string): string | null {
  return /(?:^|;)\s*p\s*=\s*(none|quarantine|reject)/i.exec(value)?.[1]?.toLowerCase() ?? null;
}

export function gateFixes(fixes: Fix[], gate: GateContext): GatedFix[] {
  const out: GatedFix[] = [];
  let withheld = false;
  for (const f0 of fixes) {
    const f: GatedFix = { ...f0, actor: f0.problem === 'dmarc-rua-auth' ? 'service' : 'owner', diagnosis: gate.problemDiagnosis[f0.problem] ?? DEFAULT_DIAGNOSIS[f0.problem] ?? gate.primary };
    // the owner's own DNS is broken: the repair goes through (the "never" checks below still apply to its records
    // except the sender ones, since it only corrects what is published); not required when someone else must act
    if (OWN_RECORD_FIXES.has(f.problem)) {
      if (!gate.ownerActs && f.importance === 'required') f.importance = 'recommended';
      if (gate.dmarcPass && f.importance === 'required') f.importance = 'recommended';
      if (f.records.some((r) => r.type === 'TXT' && /^_dmarc\./i.test(r.name) && (RANK[dmarcPolicyOf(r.value) ?? ''] ?? 9) < (RANK[gate.strongestPolicy ?? ''] ?? 0))) continue;
      out.push(f);
      continue;
    }
    // forwarding, a list, the receiver's gateway, spoofing: nothing for the owner to publish. A report
    // address's authorisation stays (the author's own DMARC record), unless the mail is not the reader's
    // at all (a spoof, a list that put its own domain in From): then it is another organisation's
    if (!gate.ownerActs && (f.problem !== 'dmarc-rua-auth' || gate.primaryActor === 'none')) {
      if (f.records.length || SENDER_FIXES.has(f.problem)) withheld = true;
      continue;
    }
    // never authorise the sender unless it is recognised as the owner's; never the intermediary that sent this copy
    if (SENDER_FIXES.has(f.problem) && (!gate.senderRecognised || gate.intermediary)) {
      withheld = true;
      continue;
    }
    if (authorisesForbidden(f, gate.forbidden)) {
      withheld = true;
      continue;
    }
    // a bounce's MAIL FROM stays empty: no custom MAIL FROM for a null sender
    if (gate.nullSender && f.problem === 'spf-alignment') continue;
    // never "repair the key" when the header signature verified or only the body hash failed
    if (f.problem === 'dkim-failure' && f.records.some((r) => gate.keepKeys.includes(r.name.toLowerCase()))) continue;
    // duplicates at _dmarc: never a third record, never a weaker policy
    if (gate.dmarcDuplicates && f.problem === 'no-dmarc') continue;
    if (f.records.some((r) => r.type === 'TXT' && /^_dmarc\./i.test(r.name) && (RANK[dmarcPolicyOf(r.value) ?? ''] ?? 9) < (RANK[gate.strongestPolicy ?? ''] ?? 0))) continue;
    // tighten the policy only when nothing known would fail
    if (f.problem === 'dmarc-policy') {
      if (gate.tighteningBlocked) continue;
      f.importance = 'optional';
    }
    if (f.problem === 'dmarc-rua-auth') f.importance = 'optional';
    // DMARC passes: nothing is required
    if (gate.dmarcPass && f.importance === 'required') f.importance = 'recommended';
    out.push(f);
  }
  // either SPF or DKIM is enough for DMARC: the required SPF and DKIM fixes are alternatives
  const req = out.filter((f) => f.importance === 'required');
  const spf = req.filter((f) => f.problem.startsWith('spf-'));
  const dkim = req.filter((f) => f.problem.startsWith('dkim-'));
  if (spf.length && dkim.length) for (const f of [...spf, ...dkim]) f.group = 'spf-or-dkim';
  if (withheld && gate.withheld) {
    out.unshift({
      problem: 'withheld',
      provider: null,
      importance: 'info',
      title: gate.withheld.title,
      explanation: gate.withheld.explanation,
      records: [],
      caveats: [],
      sources: [],
      actor: gate.primaryActor,
      diagnosis: gate.primary,
    });
  }
  return out;
}
