// When the receiver's recorded verdict and our lookups now disagree: both side by side, the likely
// reasons (a rule one side applied: a DKIM signature invalid by rule, several From domains, the
// organizational domain by Public Suffix List or tree walk; else DNS unreachable, NXDOMAIN for a
// domain the receiver authenticated, DNS changed since the message's date, another client, a
// modified body), and which to trust. When the receiver is to be
// trusted, no fix is prescribed from our view alone (report.disagreement.fixesSuppressed).
import type { Catalogue } from '../findings/catalog.ts';
import { renderText } from '../findings/render.ts';
import { parseDate } from '../message/received.ts';
import type { ClaimAt } from './identifiers.ts';
import type { Report } from './types.ts';

export type DisagreementReason =
  | 'dkim-rule'
  | 'several-from'
  | 'org-domain'
  | 'dns-unreachable'
  | 'nxdomain'
  | 'dns-changed'
  | 'different-ip'
  | 'body-modified'
  | 'unknown';

/** Reasons that are rules one side applied and the other did not: DNS does not explain them. */
const RULES: DisagreementReason[] = ['dkim-rule', 'several-from', 'org-domain'];

export interface Disagreement {
  receiver: { authservId: string | null; date: string | null; dmarc: string; spf: string | null; dkim: string | null; line: number };
  ours: { dmarc: string; spf: string | null; dkim: string | null };
  likelyReasons: DisagreementReason[];
  /** the NXDOMAIN names, when that is a reason */
  nxdomain?: string[];
  /** the message's date (Date header, else the newest Received), ISO */
  messageDate: string | null;
  /** receiver: DNS at delivery explains it; ours: no reason found; rule: a rule one side applied explains it */
  trust: 'receiver' | 'ours' | 'rule';
  /** the fix advisor's flag: our fixes were withheld because they contradict the receiver */
  fixesSuppressed: boolean;
  /** rendered texts (requested language) */
  text: { title: string; receiver: string; ours: string; reasons: string[]; trust: string };
}

/** Results that mean the same: Gmail's "bestguesspass" is a pass without a record. */
const norm = (r: string | null | undefined) => (r ?? 'none').toLowerCase().replace(/^bestguess/, '');
const best = (list: string[]) => (list.length === 0 ? null : list.includes('pass') ? 'pass' : list[0]!);
const DAY_MS = 24 * 3600 * 1000;

export function findDisagreement(report: Report, claimAt: ClaimAt | undefined, opts: { cat: Catalogue; dateHeader?: string; nowMs?: number }): Disagreement | null {
  const claim = claimAt?.claim;
  if (!claimAt || !claim?.dmarc || report.offline) return null;
  const theirs = claim.dmarc.result;
  const ours = report.dmarc.result;
  if (norm(theirs) === norm(ours)) return null;

  const reasons: DisagreementReason[] = [];
  // rules first: a signature the receiver passed that breaks a rule of RFC 6376 (h= without From, ...)
  const permerror = report.dkim.filter((k) => k.source === 'ours' && k.result === 'permerror' && claim.dkim.some((d) => d.result === 'pass' && !!d.d && d.d.toLowerCase() === (k.d ?? '').toLowerCase()));
  if (permerror.length) reasons.push('dkim-rule');
  // several From domains: each is evaluated (RFC 9989 11.5); a receiver may have taken only one
  const fromDomains = [...new Set(report.from.domains.map((d) => d.toLowerCase()))];
  if (fromDomains.length > 1) reasons.push('several-from');
  // the organizational domain: the receiver's verdict is the one the Public Suffix List gives (RFC 7489)
  const psl = (report.dmarc.detail as { rfc7489?: { resultDiffers?: boolean; result?: string; orgDomain?: string | null } } | undefined)?.rfc7489;
  if (psl?.resultDiffers && norm(psl.result) === norm(theirs)) reasons.push('org-domain');
  const rule = reasons.length > 0;
  const failed = report.dns.filter((q) => q.error || !['NOERROR', 'NXDOMAIN'].includes(q.status));
  if (failed.length) reasons.push('dns-unreachable');
  // NXDOMAIN for a name the receiver authenticated mail for
  const from = report.from.domain?.toLowerCase();
  const authenticated = new Set<string>([from ?? '', claim.spf?.mailfromDomain ?? '', ...claim.dkim.filter((d) => d.result === 'pass' && d.d).map((d) => d.d!)].filter(Boolean).map((d) => d.toLowerCase()));
  const nx = [...new Set(report.dns.filter((q) => q.status === 'NXDOMAIN' && !q.name.startsWith('_dmarc.') && [...authenticated].some((d) => q.name === d || q.name.endsWith(`._domainkey.${d}`))).map((q) => q.name))];
  if (nx.length && (norm(theirs) === 'pass' || claim.dkim.some((d) => d.result === 'pass') || claim.spf?.result === 'pass')) reasons.push('nxdomain');
  // the message's date
  const top = report.hops?.length ? report.hops[report.hops.length - 1]!.date : null;
  const dateIso = (opts.dateHeader ? parseDate(opts.dateHeader)?.iso : null) ?? claimAt.recordedAt ?? top ?? null;
  const now = opts.nowMs ?? Date.now();
  if (dateIso && now - Date.parse(dateIso) > DAY_MS && !rule) reasons.push('dns-changed');
  const spfCmp = report.comparisons.find((c) => c.check === 'spf');
  if ((spfCmp && !spfCmp.agree && (report.spf?.ipCrossCheck ?? []).some((c) => !c.agrees)) || (claim.spf?.mailfromDomain && report.spf?.domain && claim.spf.mailfromDomain !== report.spf.domain.toLowerCase())) reasons.push('different-ip');
  if (report.dkim.some((k) => k.bodyHash === 'fail')) reasons.push('body-modified');
  if (reasons.length === 0) reasons.push('unknown');

  const trust: Disagreement['trust'] = reasons.some((r) => RULES.includes(r)) ? 'rule' : reasons.includes('unknown') ? 'ours' : 'receiver';
  const c = opts.cat;
  const receiver = { authservId: claim.authservId, date: claimAt.recordedAt, dmarc: theirs, spf: claim.spf?.result ?? null, dkim: best(claim.dkim.map((d) => d.result)), line: claimAt.line };
  const oursView = { dmarc: ours, spf: report.spf?.result ?? null, dkim: best(report.dkim.map((d) => d.result)) };
  const by = claim.authservId ?? 'Microsoft 365';
  return {
    receiver,
    ours: oursView,
    likelyReasons: reasons,
    ...(nx.length ? { nxdomain: nx } : {}),
    messageDate: dateIso,
    trust,
    fixesSuppressed: trust === 'receiver',
    text: {
      title: renderText(c, 'recv.disagree.title'),
      receiver: renderText(c, 'recv.disagree.receiver', { by, when: receiver.date ? ` (${receiver.date})` : '', dmarc: theirs, spf: receiver.spf ?? '—', dkim: receiver.dkim ?? '—' }),
      ours: renderText(c, 'recv.disagree.ours', { dmarc: ours, spf: oursView.spf ?? '—', dkim: oursView.dkim ?? '—' }),
      reasons: reasons.map((r) =>
        renderText(c, `recv.disagree.reason.${r}`, {
          domain: nx.join(', '),
          date: dateIso ?? '?',
          signatures: permerror.map((k) => `d=${k.d ?? '?'} s=${k.s ?? '?'}${k.reason ? ` (${k.reason.replace(/\.$/, '')})` : ''}`).join('; '),
          domains: fromDomains.join(', '),
          psl: psl?.orgDomain ?? '?',
          tree: report.dmarc.orgDomain ?? '?',
        }),
      ),
      trust: renderText(c, trust === 'receiver' ? 'recv.disagree.trust.receiver' : trust === 'rule' ? 'recv.disagree.trust.rule' : 'recv.disagree.trust.ours'),
    },
  };
}
