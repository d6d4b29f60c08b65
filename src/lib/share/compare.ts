// Opening a share link: the opener's own re-run compared with the sender's verdicts carried in
// the link (verdicts.ts), each difference with its reason. A signature over a masked value cannot
// be verified in the shared view: it is "not verifiable here" (with the sender's and the
// receiver's results), never a failure, and a key repair is never proposed for it. When masking
// is what keeps the re-run from reaching the sender's DMARC verdict, the sender's verdict is the
// one shown, and the view says so.
import type { Report, ReportFix, Step } from '../report/types.ts';
import type { Outcome } from '../findings/types.ts';
import { EN_PAGE_CATALOGUE as EN_CATALOGUE, type PageCatalogue as Catalogue } from '../findings/page.ts';
import { renderText } from '../findings/render.ts';
import { alignedIdentifiers } from '../diagnosis/render.ts';
import { toBindZone, toTable } from '../advice/export.ts';
import { parseAuthResults, receiverClaims } from '../authres/index.ts';
import { splitHeaderBlock, fieldValue } from './fields.ts';
import { dnsFingerprint, type SenderFix, type SenderView } from './verdicts.ts';

export type DiffReason =
  /** the signature covers a header field that masking changed */
  | 'masked-signature'
  /** the client IP was masked: SPF is checked for a documentation address */
  | 'masked-ip'
  /** address local parts were masked (SPF macros and signatures may depend on them) */
  | 'masked-local'
  /** a DNS answer the check depends on differs from the sender's */
  | 'dns-changed'
  /** DNS could not be reached (or answered with an error) here */
  | 'dns-unreachable'
  /** the difference follows from the SPF/DKIM differences */
  | 'follows'
  /** no reason found in the link (another resolver, or the link was edited) */
  | 'unexplained';

export type ItemStatus = 'same' | 'differs' | 'not-verifiable';

export interface ShareItem {
  check: 'spf' | 'dkim' | 'dmarc';
  /** what the item is about: the SPF domain, "d=… s=…", the DMARC policy */
  label: string;
  sender: string | null;
  local: string | null;
  /** the receiver's result from its Authentication-Results, when it wrote one */
  receiver: string | null;
  status: ItemStatus;
  reason?: DiffReason;
  /** index into report.dkim (dkim items) */
  localIndex?: number;
  /** DNS names (as queried here) whose answers are not the sender's */
  changed?: string[];
}

export interface ShareComparison {
  /** when the sender ran the analysis */
  at: string;
  masked: boolean;
  items: ShareItem[];
  /** which DMARC verdict the page shows: ours, or the sender's when masking keeps us from reaching it */
  dmarcShown: 'local' | 'sender';
  dmarc: { result: string; policy: string | null };
  /** report.dkim indexes that are not verifiable in this view */
  notVerifiableDkim: number[];
  spfNotVerifiable: boolean;
  /** local fixes not shown: they follow only from masking (a key repair for a masked signature...) */
  hiddenFixes: string[];
  /** fixes the sender was shown that this re-run does not give */
  senderOnlyFixes: SenderFix[];
  /** fixes this re-run gives that the sender was not shown (and not hidden) */
  localOnlyFixes: string[];
  /** DNS names whose answers differ from the sender's */
  changedDns: string[];
  /** every check agrees */
  same: boolean;
}

const DNS_FAIL = new Set(['temperror']);

/** The receiver's DKIM result per signature, from the trusted receiver's Authentication-Results. */
function receiverDkim(report: Report, source: string): { d?: string; s?: string; result: string }[] {
  const trusted = report.receiver.find((r) => r.trusted) ?? report.receiver[0];
  if (!trusted) return [];
  const block = splitHeaderBlock(source);
  const id = (trusted.authservId ?? '').toLowerCase();
  const parsed = block.fields
    .filter((f) => f.key === 'authentication-results')
    .slice(0, 50)
    .map((f) => parseAuthResults(fieldValue(source, f)))
    .filter((p) => (p.authservId ?? '').toLowerCase() === id);
  const claim = receiverClaims(parsed)[0];
  if (claim) return claim.dkim.map((c) => ({ d: c.d?.toLowerCase(), s: c.s, result: c.result }));
  // no parse: the receiver view's list, in order
  return trusted.dkim.map((result) => ({ result }));
}

function matchReceiver(claims: { d?: string; s?: string; result: string }[], d: string | null, s: string | null, index: number, used: Set<number>): string | null {
  const dl = d?.toLowerCase();
  let at = claims.findIndex((c, i) => !used.has(i) && c.d !== undefined && c.d === dl && (c.s === undefined || s === null || c.s === s));
  if (at < 0 && claims.every((c) => c.d === undefined)) at = index < claims.length && !used.has(index) ? index : -1;
  if (at < 0) return null;
  used.add(at);
  return claims[at]!.result;
}

/** Local DNS answers that differ from the sender's (same name and type, other status or answers). */
function changedNames(sender: SenderView, report: Report): string[] {
  if (!sender.dns) return [];
  const theirs = new Map(sender.dns.map(([n, a]) => [n, a]));
  const out = new Set<string>();
  for (const e of report.dns) {
    if (e.error || (e.status !== 'NOERROR' && e.status !== 'NXDOMAIN')) continue;
    const [n, a] = dnsFingerprint(e);
    const other = theirs.get(n);
    if (other !== undefined && other !== a) out.add(`${e.type} ${e.name.toLowerCase()}`);
  }
  return [...out];
}

const isDkimName = (n: string) => /\._domainkey\./i.test(n);
const isDmarcName = (n: string) => /(^|\s)_dmarc\./i.test(n);

function reasonFromDns(changed: string[], pick: (name: string) => boolean, localResult: string | null): DiffReason {
  if (localResult && DNS_FAIL.has(localResult)) return 'dns-unreachable';
  const names = changed.filter(pick);
  return names.length ? 'dns-changed' : 'unexplained';
}

export function compareShared(sender: SenderView, report: Report, source: string): ShareComparison {
  const masked = !!sender.masked && (sender.masked.fields.length > 0 || sender.masked.ip || sender.masked.local);
  const changedDns = changedNames(sender, report);
  const items: ShareItem[] = [];
  const offline = !!report.offline;

  // SPF
  let spfNotVerifiable = false;
  const trusted = report.receiver.find((r) => r.trusted) ?? report.receiver[0];
  if (sender.spf || report.spf) {
    const s = sender.spf;
    const l = report.spf;
    const same = !!s && !!l && s.result === l.result && s.aligned === l.aligned;
    const item: ShareItem = {
      check: 'spf',
      label: l?.domain ?? s?.domain ?? '',
      sender: s ? s.result : null,
      local: l ? l.result : null,
      receiver: trusted?.spf ?? null,
      status: same ? 'same' : 'differs',
    };
    if (!same) {
      if (s && l && s.result !== l.result && sender.masked?.ip) item.reason = 'masked-ip';
      else if (s && l && s.result !== l.result && sender.masked?.local) item.reason = 'masked-local';
      else item.reason = offline ? 'dns-unreachable' : reasonFromDns(changedDns, (n) => !isDkimName(n) && !isDmarcName(n), l?.result ?? null);
      if (item.reason === 'masked-ip' || item.reason === 'masked-local') {
        item.status = 'not-verifiable';
        spfNotVerifiable = true;
      }
      if (item.reason === 'dns-changed') item.changed = changedDns.filter((n) => !isDkimName(n) && !isDmarcName(n));
    }
    items.push(item);
  }

  // DKIM, signature by signature (masking never adds or removes a field: the order is the same)
  const claims = receiverDkim(report, source);
  const used = new Set<number>();
  const notVerifiableDkim: number[] = [];
  const n = Math.max(sender.dkim.length, report.dkim.length);
  for (let i = 0; i < n; i++) {
    const s = sender.dkim[i];
    const l = report.dkim[i];
    const d = l?.d ?? s?.d ?? null;
    const sel = l?.s ?? s?.s ?? null;
    const item: ShareItem = {
      check: 'dkim',
      label: `d=${d ?? '?'} s=${sel ?? '?'}`,
      sender: s ? s.result : null,
      local: l ? l.result : null,
      receiver: matchReceiver(claims, d, sel, i, used),
      status: 'same',
      ...(l ? { localIndex: i } : {}),
    };
    const sameSig = !!s && !!l && s.d === l.d && s.s === l.s;
    if (s?.masked && l) {
      // a signature over a masked value: whatever the re-run says, it cannot be verified here
      item.status = 'not-verifiable';
      item.reason = 'masked-signature';
      notVerifiableDkim.push(i);
    } else if (!sameSig || s!.result !== l!.result || s!.aligned !== l!.aligned) {
      item.status = 'differs';
      if (sameSig && sender.masked?.local && s!.result !== l!.result) {
        item.status = 'not-verifiable';
        item.reason = 'masked-local';
        notVerifiableDkim.push(i);
      } else {
        const key = sel && d ? `${sel}._domainkey.${d}`.toLowerCase() : '';
        item.reason = offline ? 'dns-unreachable' : reasonFromDns(changedDns, (nm) => !!key && nm.endsWith(` ${key}`), l?.result ?? null);
        if (item.reason === 'dns-changed') item.changed = changedDns.filter((nm) => !!key && nm.endsWith(` ${key}`));
      }
    }
    items.push(item);
  }

  // DMARC: with the sender's results in place of the checks that cannot be verified here,
  // does the re-run reach the sender's verdict? Then masking alone explains the difference.
  const l = report.dmarc;
  const s = sender.dmarc;
  const sameDmarc = s.result === l.result && s.policy === l.policy;
  const dmarcItem: ShareItem = {
    check: 'dmarc',
    label: l.recordDomain ?? '',
    sender: `${s.result}${s.policy ? ` (p=${s.policy})` : ''}`,
    local: `${l.result}${l.policy ? ` (p=${l.policy})` : ''}`,
    receiver: trusted?.dmarc ?? null,
    status: sameDmarc ? 'same' : 'differs',
  };
  let dmarcShown: 'local' | 'sender' = 'local';
  if (!sameDmarc) {
    const unverifiable = spfNotVerifiable || notVerifiableDkim.length > 0;
    const spfOk = spfNotVerifiable ? s.spfAligned : l.spfAligned;
    const dkimOk = report.dkim.some((k, i) => (notVerifiableDkim.includes(i) ? sender.dkim[i]?.result === 'pass' && sender.dkim[i]?.aligned : k.result === 'pass' && k.aligned));
    const effective = l.result === 'none' || l.result === 'temperror' || l.result === 'permerror' ? l.result : spfOk || dkimOk ? 'pass' : 'fail';
    if (unverifiable && effective === s.result) {
      dmarcShown = 'sender';
      dmarcItem.status = 'not-verifiable';
      dmarcItem.reason = notVerifiableDkim.length ? 'masked-signature' : sender.masked?.ip ? 'masked-ip' : 'masked-local';
    } else if (offline || l.result === 'temperror') {
      dmarcItem.reason = 'dns-unreachable';
    } else if (changedDns.some(isDmarcName)) {
      dmarcItem.reason = 'dns-changed';
      dmarcItem.changed = changedDns.filter(isDmarcName);
    } else if (items.some((x) => x.status !== 'same')) {
      dmarcItem.reason = 'follows';
    } else {
      dmarcItem.reason = 'unexplained';
    }
  }
  items.push(dmarcItem);

  // Fixes: a local fix that exists only because a check could not be verified here is hidden
  const senderProblems = new Set(sender.fixes.map((f) => f.problem));
  const attributable = (f: ReportFix): boolean => {
    if (senderProblems.has(f.problem)) return false;
    if (f.problem.startsWith('spf-')) return spfNotVerifiable;
    if (f.problem.startsWith('dkim-')) return notVerifiableDkim.length > 0;
    if (f.problem.startsWith('dmarc-') || f.problem === 'no-dmarc') return dmarcShown === 'sender';
    return false;
  };
  const hiddenFixes = report.fixes.filter(attributable).map((f) => f.problem);
  const localProblems = new Set(report.fixes.map((f) => f.problem));
  const senderOnlyFixes = sender.fixes.filter((f) => !localProblems.has(f.problem));
  const localOnlyFixes = report.fixes.filter((f) => !senderProblems.has(f.problem) && !hiddenFixes.includes(f.problem)).map((f) => f.problem);

  return {
    at: sender.at,
    masked,
    items,
    dmarcShown,
    dmarc: dmarcShown === 'sender' ? { result: s.result, policy: s.policy } : { result: l.result, policy: l.policy },
    notVerifiableDkim,
    spfNotVerifiable,
    hiddenFixes,
    senderOnlyFixes,
    localOnlyFixes,
    changedDns,
    same: items.every((x) => x.status === 'same') && senderOnlyFixes.length === 0 && localOnlyFixes.length === 0,
  };
}

/**
 * The report as the shared view shows it: the sender's DMARC verdict when masking keeps the re-run
 * from reaching it, signatures over masked values marked (never a failure), and no fix that follows
 * only from masking. The story (steps) stays the re-run's own, with the masked signatures marked.
 */
export type SharedDkim = Report['dkim'][number] & { notVerifiable?: { sender: string | null; receiver: string | null; text: string } };
/** sharedNote: the sentence to show under the DMARC verdict when it is the sender's */
export type SharedReport = Omit<Report, 'dkim' | 'spf'> & {
  dkim: SharedDkim[];
  spf: (NonNullable<Report['spf']> & { notVerifiable?: { sender: string | null; receiver: string | null; text: string } }) | null;
  sharedView?: ShareComparison;
  sharedNote?: string;
};

/** Diagnoses that rest on SPF for the client IP, or on a DKIM signature's verification: a masked value
 * decides them in a shared view, so they say nothing there (192.0.2.1 is the mask, not the sender). */
const SPF_DIAGNOSES = new Set(['spf-not-authorised', 'spoof-unrecognised-sender']);
const DKIM_DIAGNOSES = new Set(['dkim-key-mismatch', 'dkim-signed-header-changed', 'message-modified', 'header-modified', 'gateway-modified', 'dkim-body-length-limit', 'spoof-unrecognised-sender']);

function sharedDiagnoses(report: Report, cmp: ShareComparison, sender: SenderView, cat: Catalogue): Report['diagnoses'] {
  if (!report.diagnoses || (!cmp.spfNotVerifiable && !cmp.notVerifiableDkim.length)) return report.diagnoses;
  const kept = report.diagnoses.filter((d) => !(cmp.spfNotVerifiable && SPF_DIAGNOSES.has(d.code)) && !(cmp.notVerifiableDkim.length && DKIM_DIAGNOSES.has(d.code)));
  if (kept.some((d) => d.role !== 'note') || cmp.dmarcShown !== 'sender' || sender.dmarc.result !== 'pass') return kept;
  // nothing left that this view can decide, and the sender saw DMARC pass
  const domain = report.from.domain ?? '';
  const via = alignedIdentifiers(sender.dmarc.spfAligned, sender.dmarc.dkimAligned);
  return [{ code: 'nothing-to-fix', actor: 'none', role: 'cause', summary: renderText(cat, 'diag.nothing-to-fix', { domain, via }), evidence: [], params: { domain, via } }, ...kept];
}

export function sharedReport(report: Report, cmp: ShareComparison, sender: SenderView, cat: Catalogue = EN_CATALOGUE, lang: 'en' | 'ja' = 'en'): SharedReport {
  const unknown = renderText(cat, 'share.unknown');
  const dkimItem = (i: number) => cmp.items.find((x) => x.check === 'dkim' && x.localIndex === i);
  const noteDkim = (i: number) => {
    const item = dkimItem(i);
    return renderText(cat, 'share.dkim.notVerifiable', { sender: item?.sender ?? unknown, receiver: item?.receiver ?? unknown });
  };
  const dkim: SharedDkim[] = report.dkim.map((k, i) => {
    if (!cmp.notVerifiableDkim.includes(i)) return k;
    const item = dkimItem(i);
    return { ...k, notVerifiable: { sender: item?.sender ?? null, receiver: item?.receiver ?? null, text: noteDkim(i) } };
  });
  const dmarc: Report['dmarc'] =
    cmp.dmarcShown === 'sender'
      ? { ...report.dmarc, result: sender.dmarc.result, policy: sender.dmarc.policy, spfAligned: sender.dmarc.spfAligned, dkimAligned: sender.dmarc.dkimAligned }
      : report.dmarc;
  const hidden = new Set(cmp.hiddenFixes);
  // masking is what keeps this re-run from the sender's verdict: the fixes withheld because the
  // re-run contradicted the receiver are the sender's own again, as far as the sender was shown them
  const senderShown = new Set(sender.fixes.map((f) => f.problem));
  const base = cmp.dmarcShown === 'sender' && !report.fixes.length && report.withheldFixes?.length ? report.withheldFixes.filter((f) => senderShown.has(f.problem)) : report.fixes;
  // the sender saw DMARC pass: nothing is required, whatever the masked re-run failed (as the gate does for a pass)
  const senderPass = cmp.dmarcShown === 'sender' && sender.dmarc.result === 'pass';
  const fixes = base.filter((f) => !hidden.has(f.problem)).map((f) => (senderPass && f.importance === 'required' ? { ...f, importance: 'recommended' as const } : f));
  const spfItem = cmp.items.find((x) => x.check === 'spf');
  const mark = (st: Step): Step => {
    const m = /^dkim-(\d+)$/.exec(st.id);
    if (m && cmp.notVerifiableDkim.includes(Number(m[1]))) return { ...st, status: 'info', summary: noteDkim(Number(m[1])) };
    if (st.id === 'spf' && cmp.spfNotVerifiable) {
      return { ...st, status: 'info', summary: renderText(cat, 'share.spf.notVerifiable', { sender: spfItem?.sender ?? unknown, receiver: spfItem?.receiver ?? unknown }) };
    }
    if (st.id === 'dkim' && cmp.notVerifiableDkim.length) {
      const rest = report.dkim.filter((_, i) => !cmp.notVerifiableDkim.includes(i));
      const status: Outcome = rest.some((k) => k.result === 'pass') ? 'pass' : rest.length ? st.status : 'info';
      return { ...st, status, children: st.children?.map(mark) };
    }
    if (cmp.dmarcShown === 'sender' && (st.id === 'dmarc-result' || st.id === 'dkim-alignment' || st.id === 'spf-alignment')) {
      if (st.id === 'dmarc-result') {
        const policy = sender.dmarc.policy ? ` (p=${sender.dmarc.policy})` : '';
        return { ...st, status: sender.dmarc.result === 'pass' ? 'pass' : sender.dmarc.result === 'fail' ? 'fail' : 'info', summary: renderText(cat, 'share.dmarcStep.senders', { result: sender.dmarc.result, policy }) };
      }
      if (st.status === 'fail' && (st.id === 'dkim-alignment' ? cmp.notVerifiableDkim.length > 0 : cmp.spfNotVerifiable)) return { ...st, status: 'info' };
    }
    if (st.id === 'fix' && hidden.size) {
      const titles = fixes.map((f) => f.title ?? f.problem);
      return { ...st, status: titles.length ? st.status : 'pass', summary: titles.join('; ') || renderText(cat, 'share.fix.hidden', { problems: [...hidden].join(', ') }) };
    }
    return st.children ? { ...st, children: st.children.map(mark) } : st;
  };
  const steps = report.steps.map(mark);
  const spf: SharedReport['spf'] =
    report.spf && cmp.spfNotVerifiable
      ? { ...report.spf, notVerifiable: { sender: spfItem?.sender ?? null, receiver: spfItem?.receiver ?? null, text: renderText(cat, 'share.spf.notVerifiable', { sender: spfItem?.sender ?? unknown, receiver: spfItem?.receiver ?? unknown }) } }
      : report.spf;
  const fixExports = hidden.size
    ? fixes.some((f) => f.records.length)
      ? { bind: toBindZone(fixes, { lang, catalogue: cat }), table: toTable(fixes) }
      : undefined
    : report.fixExports;
  const diagnoses = sharedDiagnoses(report, cmp, sender, cat);
  return { ...report, spf, dkim, dmarc, fixes, fixExports, steps, ...(diagnoses ? { diagnoses } : {}), sharedView: cmp, ...(cmp.dmarcShown === 'sender' ? { sharedNote: renderText(cat, 'share.dmarc.senders') } : {}) };
}
