// Our evaluation against the receiver's Authentication-Results, with the likely reason when they differ.
import type { ReceiverClaim } from '../authres/index.ts';
import type { Tr } from '../i18n/tr.ts';
import type { Comparison, Report } from './types.ts';

const norm = (r: string | null | undefined) => (r ?? '').toLowerCase().replace(/^bestguess/, '');

export function compareWithReceiver(report: Report, claim: ReceiverClaim | undefined, t: Tr): Comparison[] {
  if (!claim) return [];
  const out: Comparison[] = [];
  if (report.spf?.source === 'ours' && claim.spf) {
    const ours = report.spf.result;
    const theirs = claim.spf.result;
    const agree = norm(ours) === norm(theirs);
    let reason: string | undefined;
    if (!agree) {
      if (ours === 'temperror') reason = t('report.cmp.spfTemp');
      else if (claim.spf.mailfromDomain && report.spf.domain && claim.spf.mailfromDomain !== report.spf.domain) reason = t('report.cmp.spfOtherDomain', { theirs: claim.spf.mailfromDomain, ours: report.spf.domain });
      else if (/bestguess/i.test(theirs)) reason = t('report.cmp.spfBestGuess');
      else reason = t('report.cmp.spfDiffer', { ip: report.spf.clientIp ?? '?' });
    }
    out.push({ check: 'spf', ours, receiver: theirs, agree, reason });
  }
  const ourDkim = report.dkim.filter((k) => k.source === 'ours');
  if (ourDkim.length && claim.dkim.length) {
    const best = (list: string[]) => (list.includes('pass') ? 'pass' : list[0] ?? 'none');
    const ours = best(ourDkim.map((k) => k.result));
    const theirs = best(claim.dkim.map((k) => k.result));
    const agree = norm(ours) === norm(theirs);
    let reason: string | undefined;
    if (!agree) {
      if (ourDkim.some((k) => k.bodyHash === 'fail')) reason = t('report.cmp.dkimBody');
      else if (ourDkim.some((k) => k.result === 'permerror' || k.result === 'temperror')) reason = t('report.cmp.dkimKey');
      else reason = t('report.cmp.dkimDiffer');
    }
    out.push({ check: 'dkim', ours, receiver: theirs, agree, reason });
  }
  if (claim.dmarc && report.dmarc) {
    const ours = report.dmarc.result;
    const theirs = claim.dmarc.result;
    const agree = norm(ours) === norm(theirs);
    out.push({ check: 'dmarc', ours, receiver: theirs, agree, reason: agree ? undefined : /bestguess/i.test(theirs) ? t('report.cmp.dmarcBestGuess') : t('report.cmp.dmarcDiffer') });
  }
  return out;
}
