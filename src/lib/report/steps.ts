// The step-by-step story: author domain → envelope sender → SPF → SPF alignment → DKIM →
// DKIM alignment → DMARC record and policy → DMARC result → what to fix.
// Each step quotes its evidence and states the rule; the UI renders these, never re-derives them.
import type { Tr } from '../i18n/tr.ts';
import type { RawMessage } from '../message/raw.ts';
import { binaryToText } from '../message/raw.ts';
import type { EngineStep, Outcome } from '../findings/types.ts';
import { rfc } from '../types.ts';
import { alignmentDirection, orgDomainPSL } from '../domain/index.ts';
import type { Envelope } from './envelope.ts';
import type { Evidence, HeaderView, Report, Step } from './types.ts';

interface Ctx {
  t: Tr;
  envelope: Envelope;
  ipSource: string | null;
  chosen: { reason?: string } | null;
  /** where the client IP came from, in words (catalogue text) */
  ipFromText?: string;
  /** the boundary was assumed (no receiver results): label and reason */
  assumed?: { label: string; reason: string } | null;
  raw: RawMessage;
  views: HeaderView[];
}

const MAX_EVIDENCE = 4000;
const clip = (s: string) => (s.length > MAX_EVIDENCE ? s.slice(0, MAX_EVIDENCE) + ' …' : s);

function headerEvidence(ctx: Ctx, name: string, index = 0): Evidence | null {
  const h = ctx.raw.headers.filter((x) => x.key === name.toLowerCase())[index];
  if (!h) return null;
  return { kind: 'header', label: `${h.name} (line ${h.line})`, text: clip(binaryToText(h.raw).replace(/\r\n$/, '').replace(/\r\n/g, '\n')) };
}

function dnsEvidence(t: Tr, report: Report, name: string, type = 'TXT'): Evidence | null {
  const n = name.toLowerCase();
  const q = report.dns.find((d) => d.name === n && d.type === type);
  if (!q) return null;
  const ans = q.answers?.length ? q.answers.map((a) => `${n}. ${type} ${type === 'TXT' ? JSON.stringify(a) : a}`).join('\n') : q.status === 'NOERROR' ? t('step.ev.nodata') : q.status;
  return { kind: 'dns', label: `DNS ${type} ${n}`, text: clip(ans) };
}

const compact = <X>(xs: (X | null | undefined | false)[]) => xs.filter((x): x is X => !!x);

function authStatus(r: string | null | undefined): Outcome {
  if (r === 'pass') return 'pass';
  if (r === 'fail' || r === 'softfail' || r === 'permerror' || r === 'policy') return 'fail';
  if (r === 'temperror') return 'error';
  if (r === 'neutral') return 'warn';
  return 'none';
}

function modeWord(t: Tr, m: 'r' | 's' | undefined) {
  return m === 's' ? t('step.strict') : t('step.relaxed');
}

function alignNote(t: Tr, a: string, b: string): string | null {
  const dir = alignmentDirection(a, b);
  if (dir === 'identifier-is-parent') return t('step.reverseParent', { from: a, id: b });
  if (dir === 'identifier-is-child') return t('step.reverseChild', { from: a, id: b });
  if (dir === 'siblings') return t('step.siblings', { from: a, id: b });
  return null;
}

/** An engine's own steps as sub-steps of ours (ids namespaced: they repeat ours), as the engine wrote them. */
function engineSubStep(prefix: string, d: EngineStep, i: number): Step {
  return { id: `${prefix}-${i}-${d.id}`, title: d.title ?? d.id, status: d.outcome, summary: d.text, ref: d.rule, evidence: d.evidence };
}

/** What the two alignment steps share: the From domain, DMARC's modes, the From domain's organizational domain. */
interface Alignment {
  from: string;
  mode: { aspf: 'r' | 's'; adkim: 'r' | 's' };
  org: string | null;
}

export function buildSteps(report: Report, ctx: Ctx): Step[] {
  const from = report.from.domain;
  const dm = report.dmarc;
  const align: Alignment | null = from ? { from, mode: { aspf: dm.aspf ?? 'r', adkim: dm.adkim ?? 'r' }, org: orgDomainPSL(from, { allowPrivate: true }) } : null;
  return compact([
    authorStep(report, ctx),
    envelopeStep(report, ctx),
    spfStep(report, ctx),
    align && spfAlignmentStep(report, ctx.t, align),
    dkimStep(report, ctx),
    align && dkimAlignmentStep(report, ctx.t, align),
    dmarcRecordStep(report, ctx.t),
    dmarcResultStep(report, ctx.t),
    fixStep(report, ctx.t),
  ]);
}

// 1. author domain
function authorStep(report: Report, ctx: Ctx): Step {
  const { t } = ctx;
  const from = report.from.domain;
  return {
    id: 'author',
    title: t('step.author.title'),
    status: from ? (report.from.domains.length > 1 ? 'warn' : 'info') : 'error',
    summary: from
      ? t('step.author.summary', { address: report.from.mailboxes[0]?.address ?? from, domain: from })
      : t('step.author.none'),
    rule: t('step.author.rule'),
    ref: rfc(7489, '3.1'),
    details: compact([report.from.domains.length > 1 && t('step.author.several', { domains: report.from.domains.join(', ') })]),
    evidence: compact([headerEvidence(ctx, 'from'), headerEvidence(ctx, 'from', 1)]),
  };
}

// 2. envelope sender
function envelopeStep(report: Report, ctx: Ctx): Step {
  const { t } = ctx;
  const env = ctx.envelope;
  return {
    id: 'envelope',
    title: t('step.env.title'),
    status: env.source ? 'info' : 'warn',
    summary: env.nullSender
      ? t('step.env.null', { helo: report.spf?.helo ?? '?' })
      : env.address
        ? t('step.env.summary', { address: env.address, domain: env.domain ?? '?', source: t(`step.src.${env.source ?? 'return-path'}`) })
        : t('step.env.none'),
    rule: t('step.env.rule'),
    ref: rfc(7208, '2.4'),
    details: compact([env.source && env.source !== 'return-path' && t('step.env.fallback')]),
    evidence: compact([env.evidence ? { kind: 'header', label: `${t(`step.src.${env.source ?? 'return-path'}`)}${env.line ? ` (line ${env.line})` : ''}`, text: clip(env.evidence.trim()) } : null]),
  };
}

// 3. SPF
function spfStep(report: Report, ctx: Ctx): Step {
  const { t } = ctx;
  const spf = report.spf;
  if (!spf) return { id: 'spf', title: t('step.spf.title'), status: 'none', summary: t('step.spf.missing'), rule: t('step.spf.rule'), ref: rfc(7208, '4'), evidence: [] };
  const who = spf.source === 'receiver' ? t('step.receiverSays') : '';
  const summaryKey = `step.spf.${spf.result}` as const;
  const ipFrom = ctx.ipFromText ?? (ctx.ipSource ? t(`step.ipsrc.${ctx.ipSource as 'received'}`) : '');
  return {
    id: 'spf',
    title: t('step.spf.title'),
    status: authStatus(spf.result),
    summary: who + t(summaryKey as 'step.spf.pass', { ip: spf.clientIp ?? '?', domain: spf.domain ?? '?', explanation: spf.explanation ?? '' }),
    rule: t('step.spf.rule'),
    ref: rfc(7208, '4'),
    details: compact([
      spf.clientIp && ipFrom && t('step.spf.ipFrom', { ip: spf.clientIp, source: ipFrom, helo: spf.helo ?? '?' }),
      ctx.assumed && `${ctx.assumed.label}. ${ctx.assumed.reason}`,
      ...(spf.ipCrossCheck ?? []).map((c) => t(c.agrees ? 'step.spf.ipAgree' : 'step.spf.ipDiffer', { ip: c.ip, source: t(`step.ipsrc.${c.source}`) })),
      spf.source === 'ours' && t('step.spf.lookups', { n: spf.lookups }),
      // why there is no verdict (the engine's own words, e.g. the DNS failure), as DKIM reasons are shown
      spf.source === 'ours' && (spf.result === 'temperror' || spf.result === 'permerror' || spf.result === 'none') && spf.reason ? spf.reason : null,
      spf.source === 'receiver' && t('step.spf.notOurs'),
    ]),
    evidence: compact([dnsEvidence(ctx.t, report, spf.domain ?? ''), spf.source === 'receiver' ? headerEvidence(ctx, 'authentication-results') : null]),
  };
}

// 4. SPF alignment (when there is an SPF domain to align)
function spfAlignmentStep(report: Report, t: Tr, { from, mode, org }: Alignment): Step | null {
  const spf = report.spf;
  const dm = report.dmarc;
  if (!spf?.domain) return null;
  const note = alignNote(t, from, spf.domain);
  return {
    id: 'spf-alignment',
    title: t('step.spfa.title'),
    status: spf.aligned ? (spf.result === 'pass' ? 'pass' : 'warn') : 'fail',
    summary: spf.aligned
      ? spf.result === 'pass'
        ? t('step.spfa.yes', { id: spf.domain, from, mode: modeWord(t, mode.aspf) })
        : t('step.spfa.yesButNotPass', { id: spf.domain, from, mode: modeWord(t, mode.aspf), result: spf.result })
      : t('step.spfa.no', { id: spf.domain, from, mode: modeWord(t, mode.aspf) }),
    rule: mode.aspf === 's' ? t('step.align.ruleStrict') : t('step.align.ruleRelaxed', { org: org ?? from }),
    ref: rfc(7489, '3.1.2'),
    details: compact([note && spf.aligned ? note : null, mode.aspf === 's' && t('step.align.strictNote')]),
    evidence: compact([dm.record ? { kind: 'dns', label: dm.recordDomain ?? 'DMARC', text: `aspf=${mode.aspf}` } : null]),
  };
}

// 5. DKIM signatures
/** l= left bytes of the body unsigned */
const partial = (b: { canonical?: number; signed?: number | null } | undefined) => b?.signed != null && b.canonical != null && b.canonical > b.signed;

function dkimStep(report: Report, ctx: Ctx): Step {
  const { t } = ctx;
  const dkimChildren: Step[] = report.dkim.map((k, i) => {
    const detail = (k.detail ?? {}) as { key?: { name?: string; bits?: number; chain?: string[] }; signedHeaders?: string[]; unsignedDisplayHeaders?: string[]; bodyLength?: { canonical?: number; signed?: number | null } };
    const sigEv = headerEvidence(ctx, 'dkim-signature', i);
    const keyName = detail.key?.name ?? (k.s && k.d ? `${k.s}._domainkey.${k.d}` : null);
    return {
      id: `dkim-${i}`,
      title: t('step.dkim.sig', { d: k.d ?? '?', s: k.s ?? '?' }),
      status: k.result === 'pass' && k.source === 'ours' && partial(detail.bodyLength) ? 'warn' : authStatus(k.result),
      summary: (k.source === 'receiver' ? t('step.receiverSays') : '') + t('step.dkim.result', { result: k.result, reason: k.reason ?? '' }),
      details: compact([
        k.source === 'ours' &&
          (k.bodyHash === 'pass' && partial(detail.bodyLength)
            ? t('step.dkim.body.passPartial', { signed: detail.bodyLength!.signed!, canonical: detail.bodyLength!.canonical!, unsigned: detail.bodyLength!.canonical! - detail.bodyLength!.signed! })
            : t(`step.dkim.body.${k.bodyHash}`)),
        detail.unsignedDisplayHeaders?.length ? t('step.dkim.unsigned', { headers: detail.unsignedDisplayHeaders.join(', ') }) : null,
        detail.signedHeaders?.length ? t('step.dkim.signed', { headers: detail.signedHeaders.join(', ') }) : null,
        detail.key?.bits ? t('step.dkim.bits', { bits: detail.key.bits }) : null,
        detail.key?.chain?.length ? t('step.dkim.chain', { chain: detail.key.chain.join(' → ') }) : null,
      ]),
      evidence: compact([sigEv, keyName ? dnsEvidence(ctx.t, report, keyName) : null]),
    };
  });
  return {
    id: 'dkim',
    title: t('step.dkim.title'),
    status: report.dkim.some((k) => k.result === 'pass') ? 'pass' : report.dkim.length ? authStatus(report.dkim[0]!.result) : 'none',
    summary: report.dkim.length ? t('step.dkim.count', { n: report.dkim.length, pass: report.dkim.filter((k) => k.result === 'pass').length }) : t('step.dkim.none'),
    rule: t('step.dkim.rule'),
    ref: rfc(6376, '6'),
    evidence: [],
    children: dkimChildren,
  };
}

// 6. DKIM alignment
function dkimAlignmentStep(report: Report, t: Tr, { from, mode, org }: Alignment): Step {
  const good = report.dkim.filter((k) => k.result === 'pass' && k.aligned);
  const alignedOnly = report.dkim.filter((k) => k.aligned && k.result !== 'pass');
  const notes = compact(report.dkim.filter((k) => k.aligned && k.d).map((k) => alignNote(t, from, k.d!)));
  return {
    id: 'dkim-alignment',
    title: t('step.dkima.title'),
    status: good.length ? 'pass' : 'fail',
    summary: good.length
      ? t('step.dkima.yes', { d: good.map((k) => k.d).join(', '), from, mode: modeWord(t, mode.adkim) })
      : alignedOnly.length
        ? t('step.dkima.alignedNotPass', { d: alignedOnly.map((k) => k.d).join(', '), from })
        : report.dkim.length
          ? t('step.dkima.no', { d: report.dkim.map((k) => k.d ?? '?').join(', '), from, mode: modeWord(t, mode.adkim) })
          : t('step.dkima.nosig'),
    rule: mode.adkim === 's' ? t('step.align.ruleStrict') : t('step.align.ruleRelaxed', { org: org ?? from }),
    ref: rfc(7489, '3.1.1'),
    details: [...new Set(notes)],
    evidence: [],
  };
}

// 7. DMARC record and policy
function dmarcRecordStep(report: Report, t: Tr): Step {
  const from = report.from.domain;
  const dm = report.dmarc;
  const detail = (dm.detail ?? null) as { steps?: EngineStep[]; problems?: { message: string }[]; rfc7489?: { orgDomain?: string | null; recordDomain?: string | null; differs?: boolean }; queries?: unknown[] } | null;
  return {
    id: 'dmarc-record',
    title: t('step.dmr.title'),
    status: dm.record ? (detail?.problems?.length ? 'warn' : 'info') : dm.result === 'temperror' ? 'error' : report.offline ? 'none' : 'fail',
    summary: dm.record
      ? t('step.dmr.found', { name: dm.recordDomain ?? '?', policy: dm.policy ?? 'none', source: dm.policySource ?? 'p' })
      : report.offline
        ? t('step.dmr.offline')
        : from
          ? t('step.dmr.none', { from })
          : t('step.dmr.nofrom'),
    rule: t('step.dmr.rule'),
    ref: rfc(9989, '4.10.1'),
    details: compact([
      ...(detail?.problems ?? []).map((p) => p.message),
      detail?.rfc7489?.differs ? t('step.dmr.rfc7489', { org: detail.rfc7489.orgDomain ?? '?', name: detail.rfc7489.recordDomain ?? '—' }) : null,
      from ? t('step.dmr.psl') : null,
    ]),
    evidence: compact([dm.recordDomain ? dnsEvidence(t, report, dm.recordDomain) : null]),
    children: detail?.steps?.length ? detail.steps.map((d, i) => engineSubStep('dmarc-detail', d, i)) : undefined,
    collapsed: true,
  };
}

// 8. DMARC result
function dmarcResultStep(report: Report, t: Tr): Step {
  const dm = report.dmarc;
  const why = dm.spfAligned && dm.dkimAligned ? t('step.dm.both') : dm.spfAligned ? t('step.dm.spfOnly') : dm.dkimAligned ? t('step.dm.dkimOnly') : t('step.dm.neither');
  return {
    id: 'dmarc-result',
    title: t('step.dm.title'),
    status: dm.result === 'pass' ? 'pass' : dm.result === 'fail' ? 'fail' : dm.result === 'none' ? 'none' : 'error',
    summary:
      dm.result === 'pass' || dm.result === 'fail'
        ? t(dm.result === 'pass' ? 'step.dm.pass' : 'step.dm.fail', { why, policy: dm.policy ?? 'none' })
        : dm.result === 'none'
          ? t('step.dm.noneResult')
          : t('step.dm.error', { result: dm.result }),
    rule: t('step.dm.rule'),
    ref: rfc(7489, '6.6.2'),
    details: compact([dm.result === 'fail' && dm.policy === 'none' && t('step.dm.pnone')]),
    evidence: [],
  };
}

// 9. what to fix
function fixStep(report: Report, t: Tr): Step {
  return {
    id: 'fix',
    title: t('step.fix.title'),
    // "pass" only where DMARC passes: a failure left to someone else (a forwarder, a list) is not a pass
    status: report.dmarc.result !== 'pass' && report.fixes.some((f) => f.importance === 'required' || (!f.importance && f.problem.endsWith('alignment'))) ? 'fail' : report.fixes.some((f) => f.records.length) ? 'warn' : report.dmarc.result === 'pass' ? 'pass' : 'info',
    summary: report.fixes.length ? t('step.fix.some', { list: report.fixes.map((f) => f.title ?? f.problem).join('; ') }) : t('step.fix.none'),
    evidence: [],
  };
}
