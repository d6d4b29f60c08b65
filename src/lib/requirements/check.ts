// Sender requirements from a finished analysis: the report's verdicts, the raw header fields,
// the boundary Received hop and the forward-confirmed reverse DNS of the client IP. Pure: the
// only DNS (PTR, A/AAAA) is done by ./fcrdns.ts through the analysis' Resolver.
import { EN_CATALOGUE, renderText, type Catalogue, type Evidence, type FindingParams, type TextCode } from '../findings/index.ts';
import type { Report } from '../report/types.ts';
import type { Hop } from '../message/received.ts';
import { parseDate } from '../message/received.ts';
import type { ArcResult } from '../arc/types.ts';
import type { DkimSignatureResult } from '../dkim/types.ts';
import { orgDomainPSL } from '../domain/index.ts';
import type { FcrdnsResult } from './fcrdns.ts';
import type { GateContext } from '../diagnosis/types.ts';
import { REQUIREMENT_IDS, RULES, SPAM_RATE_TOOLS, type RequirementId } from './rules.ts';
import type { Requirement, RequirementStatus, TextRef } from './types.ts';

export interface RequirementsInput {
  report: Pick<Report, 'from' | 'spf' | 'dkim' | 'dmarc' | 'arc' | 'receiver' | 'offline'>;
  /** every header field, top to bottom, unfolded */
  headers: { name: string; value: string; line: number }[];
  /** the Received hop where the receiver took the message (its client IP and TLS) */
  hop: (Pick<Hop, 'line' | 'ip' | 'from' | 'rdns' | 'by' | 'with' | 'tls'> & { parsed?: { raw: string } }) | null;
  /** the PTR / A lookups of the client IP (./fcrdns.ts), or null when none were made */
  fcrdns: FcrdnsResult | null;
  /** what the diagnosis found about this copy (its gate): who must act decides whose fix a rule names */
  context?: Pick<GateContext, 'primary' | 'primaryActor' | 'intermediary' | 'nullSender'>;
}

/** The rules whose fix is a change on the sending path (authentication, the sending IP, TLS). */
const PATH_FIXES: ReadonlySet<RequirementId> = new Set(['spf-or-dkim', 'spf-and-dkim', 'dmarc-alignment', 'ptr-fcrdns', 'tls']);

/**
 * A rule's fix in the light of the diagnosis: the generic fix ("have the service sign…", "list its
 * servers in SPF", "set the PTR of {ip}") is for mail the owner sends. For a spoof it would tell the
 * victim to authorise the attacker; for a forwarded, list or gateway copy it names servers the owner
 * does not run; a bounce or an automatic reply keeps its empty MAIL FROM, and is not bulk mail.
 */
function inContext(id: RequirementId, o: Outcome, ctx: RequirementsInput['context']): Outcome {
  if (!ctx) return o;
  const bounceLike = ctx.nullSender || ctx.primary === 'bounce' || ctx.primary === 'auto-reply';
  if (id === 'one-click-unsubscribe' && bounceLike && o.status !== 'met') return { status: 'not-applicable', code: 'req.one-click-unsubscribe.not-bulk' };
  if (!o.fix || o.fix.code === 'req.fix.retry') return o;
  // a spoof is not the owner's mail: neither its authentication nor its unsubscribe headers are theirs
  // to set up (a DMARC record stays: it is what protects the domain)
  if (ctx.primary.startsWith('spoof-') && (PATH_FIXES.has(id) || id === 'one-click-unsubscribe')) return { ...o, fix: ref('req.fix.spoof') };
  // a list's copy carries the list's own unsubscribe headers
  const listCopy = ctx.intermediary && ctx.primaryActor === 'list' && id === 'one-click-unsubscribe';
  if (!PATH_FIXES.has(id) && !listCopy) return o;
  if (ctx.intermediary && (ctx.primaryActor === 'forwarder' || ctx.primaryActor === 'list' || ctx.primaryActor === 'receiver')) return { ...o, fix: ref(`req.fix.intermediary.${ctx.primaryActor}`) };
  if (bounceLike && id !== 'ptr-fcrdns' && id !== 'tls') return { ...o, fix: ref('req.fix.bounce') };
  return o;
}

/** Longest quoted evidence text. */
const MAX_QUOTE = 600;
const quote = (s: string) => (s.length > MAX_QUOTE ? s.slice(0, MAX_QUOTE) + '…' : s);
const hdr = (name: string, line: number, text: string): Evidence => ({ kind: 'header', label: `${name} (line ${line})`, text: quote(text) });
const dns = (label: string, text: string): Evidence => ({ kind: 'dns', label, text: quote(text) });
const note = (label: string, text: string): Evidence => ({ kind: 'note', label, text: quote(text) });
const ref = (code: TextCode, params: FindingParams = {}): TextRef => ({ code, params });

interface Outcome {
  status: RequirementStatus;
  code: TextCode;
  params?: FindingParams;
  evidence?: Evidence[];
  details?: TextRef[];
  reasons?: string[];
  fix?: TextRef | null;
}

type Ctx = RequirementsInput & { named: (n: string) => { name: string; value: string; line: number }[] };

// ------------------------------------------------------------------------------ authentication

function spfEvidence(c: Ctx): Evidence[] {
  const s = c.report.spf;
  if (!s) return [];
  const src = s.source === 'receiver' ? ' (receiver’s Authentication-Results)' : '';
  return [note(`SPF${src}`, `spf=${s.result}${s.domain ? ` smtp.mailfrom/helo domain=${s.domain}` : ''}${s.clientIp ? ` client-ip=${s.clientIp}` : ''}${s.domain ? ` aligned=${s.aligned}` : ''}`)];
}

function dkimEvidence(c: Ctx, list = c.report.dkim): Evidence[] {
  return list.slice(0, 10).map((k) => note(`DKIM-Signature${k.line ? ` (line ${k.line})` : ''}${k.source === 'receiver' ? ' (receiver’s Authentication-Results)' : ''}`, `dkim=${k.result} d=${k.d ?? '?'} s=${k.s ?? '?'} aligned=${k.aligned}`));
}

const dkimWords = (c: Ctx) => c.report.dkim.map((k) => `${k.result} (d=${k.d ?? '?'})`).join(', ') || 'none';

function spfOrDkim(c: Ctx): Outcome {
  const spf = c.report.spf?.result ?? null;
  const dkimPass = c.report.dkim.some((k) => k.result === 'pass');
  const evidence = [...spfEvidence(c), ...dkimEvidence(c)];
  if (spf === 'pass' && dkimPass) return { status: 'met', code: 'req.spf-or-dkim.met-both', evidence };
  if (spf === 'pass') return { status: 'met', code: 'req.spf-or-dkim.met-spf', params: { domain: c.report.spf?.domain ?? '' }, evidence };
  if (dkimPass) return { status: 'met', code: 'req.spf-or-dkim.met-dkim', params: { domain: c.report.dkim.find((k) => k.result === 'pass')!.d ?? '' }, evidence };
  const undetermined = spf === null || spf === 'temperror' || c.report.dkim.some((k) => k.result === 'temperror');
  if (undetermined) return { status: 'unknown', code: 'req.spf-or-dkim.unknown', params: { spf: spf ?? 'not evaluated', dkim: dkimWords(c) }, evidence, reasons: ['not-evaluated'], fix: ref('req.fix.retry') };
  return { status: 'not-met', code: 'req.spf-or-dkim.not-met', params: { spf, dkim: dkimWords(c) }, evidence, reasons: ['no-pass'], fix: ref('req.spf-or-dkim.fix') };
}

function spfAndDkim(c: Ctx): Outcome {
  const spf = c.report.spf?.result ?? null;
  const dkimPass = c.report.dkim.some((k) => k.result === 'pass');
  const dkimTemp = c.report.dkim.some((k) => k.result === 'temperror');
  const evidence = [...spfEvidence(c), ...dkimEvidence(c)];
  if (spf === 'pass' && dkimPass) return { status: 'met', code: 'req.spf-and-dkim.met', params: { spfDomain: c.report.spf?.domain ?? '', dkimDomain: c.report.dkim.find((k) => k.result === 'pass')!.d ?? '' }, evidence };
  const details: TextRef[] = [];
  const reasons: string[] = [];
  let unknown = false;
  if (spf !== 'pass') {
    if (spf === null || spf === 'temperror') unknown = true;
    details.push(ref('req.spf-and-dkim.spf-not-pass', { spf: spf ?? 'not evaluated', domain: c.report.spf?.domain ?? '—' }));
    reasons.push('spf-not-pass');
  }
  if (!dkimPass) {
    if (dkimTemp) unknown = true;
    details.push(c.report.dkim.length ? ref('req.spf-and-dkim.dkim-not-pass', { dkim: dkimWords(c) }) : ref('req.spf-and-dkim.no-dkim'));
    reasons.push(c.report.dkim.length ? 'dkim-not-pass' : 'no-dkim');
  }
  return unknown
    ? { status: 'unknown', code: 'req.spf-and-dkim.unknown', evidence, details, reasons, fix: ref('req.fix.retry') }
    : { status: 'not-met', code: 'req.spf-and-dkim.not-met', evidence, details, reasons, fix: ref('req.spf-and-dkim.fix') };
}

function dmarcRecord(c: Ctx): Outcome {
  const d = c.report.dmarc;
  const from = c.report.from.domain;
  if (!from) return { status: 'unknown', code: 'req.common.no-from', reasons: ['no-from'] };
  if (c.report.offline) return { status: 'unknown', code: 'req.common.offline', reasons: ['offline'], fix: ref('req.fix.retry') };
  const evidence = d.recordDomain ? [dns(`TXT ${d.recordDomain}`, d.record ?? '')] : [];
  if (d.result === 'temperror') return { status: 'unknown', code: 'req.dmarc-record.temperror', params: { domain: from }, evidence, reasons: ['temperror'], fix: ref('req.fix.retry') };
  if (d.recordDomain && d.policy) return { status: 'met', code: 'req.dmarc-record.met', params: { domain: d.recordDomain, policy: d.policy, tag: d.policySource ?? 'p' }, evidence };
  if (d.result === 'permerror' || (d.recordDomain && d.record)) return { status: 'not-met', code: 'req.dmarc-record.invalid', params: { domain: d.recordDomain ?? `_dmarc.${from}` }, evidence, reasons: ['invalid'], fix: ref('req.dmarc-record.fix', { domain: from }) };
  return { status: 'not-met', code: 'req.dmarc-record.missing', params: { domain: from }, evidence, reasons: ['missing'], fix: ref('req.dmarc-record.fix', { domain: from }) };
}

function dmarcAlignment(c: Ctx): Outcome {
  const d = c.report.dmarc;
  const from = c.report.from.domain;
  if (!from) return { status: 'unknown', code: 'req.common.no-from', reasons: ['no-from'] };
  const evidence = [...spfEvidence(c), ...dkimEvidence(c)];
  const spfDomain = c.report.spf?.domain ?? '';
  // authenticated AND aligned, as DMARC counts it; from the identifiers' own alignment (under the
  // record's aspf/adkim, relaxed without one), so it is answered even when no DMARC record applies
  const dkimAligned = c.report.dkim.find((k) => k.result === 'pass' && k.aligned);
  const spfAligned = c.report.spf?.result === 'pass' && c.report.spf.aligned;
  const dd = { dkimAligned: d.dkimAligned || !!dkimAligned, spfAligned: d.spfAligned || spfAligned };
  if (dd.dkimAligned && dd.spfAligned) return { status: 'met', code: 'req.dmarc-alignment.met-both', params: { from, spfDomain, dkimDomain: dkimAligned?.d ?? from }, evidence };
  if (dd.dkimAligned) return { status: 'met', code: 'req.dmarc-alignment.met-dkim', params: { from, dkimDomain: dkimAligned?.d ?? from }, evidence };
  if (dd.spfAligned) return { status: 'met', code: 'req.dmarc-alignment.met-spf', params: { from, spfDomain }, evidence };
  const details: TextRef[] = [];
  const reasons: string[] = [];
  const spf = c.report.spf;
  if (spf?.result === 'pass') {
    details.push(ref('req.dmarc-alignment.spf-unaligned', { from, spfDomain }));
    reasons.push('spf-unaligned');
  } else {
    details.push(ref('req.dmarc-alignment.spf-no-pass', { spf: spf?.result ?? 'not evaluated' }));
    reasons.push('spf-no-pass');
  }
  const passing = c.report.dkim.filter((k) => k.result === 'pass');
  if (passing.length) {
    details.push(ref('req.dmarc-alignment.dkim-unaligned', { from, dkimDomains: passing.map((k) => k.d ?? '?').join(', ') }));
    reasons.push('dkim-unaligned');
  } else {
    details.push(ref('req.dmarc-alignment.dkim-no-pass', { dkim: dkimWords(c) }));
    reasons.push('dkim-no-pass');
  }
  const undetermined = !spf || spf.result === 'temperror' || c.report.dkim.some((k) => k.result === 'temperror');
  return undetermined && !passing.length && spf?.result !== 'pass'
    ? { status: 'unknown', code: 'req.dmarc-alignment.unknown', params: { from }, evidence, details, reasons, fix: ref('req.fix.retry') }
    : { status: 'not-met', code: 'req.dmarc-alignment.not-met', params: { from }, evidence, details, reasons, fix: ref('req.dmarc-alignment.fix', { from }) };
}

// ------------------------------------------------------------------------------ one-click unsubscribe

/** The <URI>s of a List-Unsubscribe value (RFC 2369 3.1). */
export function listUnsubscribeUris(value: string): string[] {
  return [...value.slice(0, 4096).matchAll(/<\s*([^>]*?)\s*>/g)].map((m) => m[1]!.replace(/\s+/g, '')).filter(Boolean).slice(0, 20);
}

function signedNames(k: Report['dkim'][number]): string[] | null {
  if (k.source !== 'ours') return null;
  const det = k.detail as DkimSignatureResult | undefined;
  return det?.signedHeaders ? det.signedHeaders.map((h) => h.trim().toLowerCase()) : null;
}

function oneClick(c: Ctx): Outcome {
  const lu = c.named('list-unsubscribe');
  const lup = c.named('list-unsubscribe-post');
  const evidence: Evidence[] = [...lu.slice(0, 3).map((h) => hdr('List-Unsubscribe', h.line, h.value)), ...lup.slice(0, 3).map((h) => hdr('List-Unsubscribe-Post', h.line, h.value))];
  const fix = ref('req.one-click-unsubscribe.fix');
  if (!lu.length && !lup.length) return { status: 'not-met', code: 'req.one-click-unsubscribe.none', reasons: ['no-list-unsubscribe'], fix };
  const details: TextRef[] = [];
  const reasons: string[] = [];
  const uris = lu.flatMap((h) => listUnsubscribeUris(h.value));
  const https = uris.find((u) => /^https:\/\//i.test(u));
  if (!lu.length) {
    details.push(ref('req.one-click-unsubscribe.no-list-unsubscribe'));
    reasons.push('no-list-unsubscribe');
  } else if (!https) {
    details.push(ref('req.one-click-unsubscribe.no-https', { uris: uris.join(' ') || lu[0]!.value.slice(0, 200) }));
    reasons.push('no-https-uri');
  }
  const postValue = lup[0]?.value.trim().replace(/\s+/g, ' ') ?? null;
  if (postValue === null) {
    details.push(ref('req.one-click-unsubscribe.no-post'));
    reasons.push('no-list-unsubscribe-post');
  } else if (postValue.toLowerCase() !== 'list-unsubscribe=one-click') {
    details.push(ref('req.one-click-unsubscribe.bad-post', { value: postValue.slice(0, 200) }));
    reasons.push('bad-list-unsubscribe-post');
  }
  // both fields covered by a DKIM signature that passes and aligns with From (RFC 8058 4)
  const aligned = c.report.dkim.filter((k) => k.result === 'pass' && k.aligned);
  let signer: Report['dkim'][number] | undefined;
  let notChecked = false;
  if (!aligned.length) {
    details.push(ref('req.one-click-unsubscribe.no-aligned-dkim', { from: c.report.from.domain ?? '—' }));
    reasons.push('no-aligned-dkim');
  } else {
    const covered = aligned.map((k) => ({ k, h: signedNames(k) }));
    if (covered.every((x) => x.h === null)) notChecked = true;
    else {
      const withH = covered.filter((x): x is { k: typeof x.k; h: string[] } => x.h !== null);
      const full = withH.find((x) => x.h.includes('list-unsubscribe') && x.h.includes('list-unsubscribe-post'));
      if (full) signer = full.k;
      else {
        const best = withH.find((x) => x.h.includes('list-unsubscribe') || x.h.includes('list-unsubscribe-post')) ?? withH[0]!;
        const d = best.k.d ?? '?';
        if (lu.length && !best.h.includes('list-unsubscribe')) {
          details.push(ref('req.one-click-unsubscribe.lu-not-signed', { d }));
          reasons.push('list-unsubscribe-not-signed');
        }
        if (lup.length && !best.h.includes('list-unsubscribe-post')) {
          details.push(ref('req.one-click-unsubscribe.post-not-signed', { d }));
          reasons.push('list-unsubscribe-post-not-signed');
        }
        evidence.push(note(`DKIM-Signature h= (d=${d}${best.k.line ? `, line ${best.k.line}` : ''})`, best.h.join(':')));
      }
    }
  }
  if (signer) evidence.push(note(`DKIM-Signature h= (d=${signer.d}${signer.line ? `, line ${signer.line}` : ''})`, signedNames(signer)!.join(':')));
  if (!reasons.length && !notChecked) return { status: 'met', code: 'req.one-click-unsubscribe.met', params: { uri: https!, d: signer?.d ?? '' }, evidence };
  if (!reasons.length && notChecked) return { status: 'unknown', code: 'req.one-click-unsubscribe.not-checked', evidence, reasons: ['dkim-not-checked'], fix: ref('req.fix.retry') };
  return { status: 'not-met', code: 'req.one-click-unsubscribe.incomplete', evidence, details, reasons, fix };
}

// ------------------------------------------------------------------------------ infrastructure

function ptrFcrdns(c: Ctx): Outcome {
  const f = c.fcrdns;
  const ip = c.report.spf?.clientIp ?? c.hop?.ip ?? null;
  const evidence: Evidence[] = [];
  if (c.hop?.rdns) evidence.push(hdr('Received', c.hop.line, `from ${c.hop.from ?? ''} (${c.hop.rdns} [${c.hop.ip ?? ''}])`));
  if (!f) {
    if (c.report.offline) return { status: 'unknown', code: 'req.common.offline', reasons: ['offline'], evidence, fix: ref('req.fix.retry') };
    if (!ip) return { status: 'unknown', code: 'req.ptr-fcrdns.no-ip', reasons: ['no-client-ip'], evidence };
    return { status: 'unknown', code: 'req.ptr-fcrdns.not-checked', params: { ip }, reasons: ['not-checked'], evidence };
  }
  if (f.reverseName && f.ptrStatus) evidence.push(dns(`PTR ${f.reverseName}`, f.ptr.length ? f.ptr.join(' ') : f.ptrStatus === 'NOERROR' ? 'NOERROR (no PTR record)' : f.ptrStatus));
  for (const n of f.names) evidence.push(dns(`${n.type} ${n.name}`, n.addresses.length ? n.addresses.join(' ') : n.status === 'NOERROR' ? `NOERROR (no ${n.type} record)` : n.status));
  const names = f.names.map((n) => n.name).join(', ');
  const fix = ref('req.ptr-fcrdns.fix', { ip: f.ip });
  switch (f.outcome) {
    case 'confirmed':
      return { status: 'met', code: 'req.ptr-fcrdns.met', params: { ip: f.ip, name: f.confirmedName! }, evidence };
    case 'no-ptr':
      return { status: 'not-met', code: 'req.ptr-fcrdns.no-ptr', params: { ip: f.ip, reverse: f.reverseName!, status: f.ptrStatus! }, evidence, reasons: ['no-ptr'], fix };
    case 'name-unresolved':
      return { status: 'not-met', code: 'req.ptr-fcrdns.name-unresolved', params: { ip: f.ip, names, type: f.version === 6 ? 'AAAA' : 'A' }, evidence, reasons: ['ptr-name-does-not-resolve'], fix };
    case 'name-mismatch':
      return { status: 'not-met', code: 'req.ptr-fcrdns.name-mismatch', params: { ip: f.ip, names, addresses: [...new Set(f.names.flatMap((n) => n.addresses))].join(', ') }, evidence, reasons: ['ptr-name-resolves-elsewhere'], fix };
    case 'ptr-failed':
      return { status: 'unknown', code: 'req.ptr-fcrdns.lookup-failed', params: { ip: f.ip, name: f.reverseName!, status: f.ptrStatus ?? 'ERROR' }, evidence, reasons: ['ptr-lookup-failed'], fix: ref('req.fix.retry') };
    case 'forward-failed':
      return { status: 'unknown', code: 'req.ptr-fcrdns.lookup-failed', params: { ip: f.ip, name: names, status: f.names.map((n) => n.status).join(', ') }, evidence, reasons: ['forward-lookup-failed'], fix: ref('req.fix.retry') };
    case 'not-public':
      return { status: 'unknown', code: 'req.ptr-fcrdns.not-public', params: { ip: f.ip }, evidence, reasons: ['not-public-ip'] };
    default:
      return { status: 'unknown', code: 'req.ptr-fcrdns.no-ip', evidence, reasons: ['bad-ip'] };
  }
}

function tls(c: Ctx): Outcome {
  const h = c.hop;
  if (!h) return { status: 'unknown', code: 'req.tls.no-hop', reasons: ['no-boundary-hop'] };
  const raw = h.parsed?.raw.replace(/\s+/g, ' ').trim();
  const evidence = [hdr('Received', h.line, raw || `from ${h.from ?? '?'} ${h.ip ? `[${h.ip}] ` : ''}by ${h.by ?? '?'}${h.with ? ` with ${h.with}` : ''}`)];
  if (h.tls?.used) return { status: 'met', code: 'req.tls.met', params: { by: h.by ?? '?', evidence: h.tls.evidence }, evidence };
  if (h.tls) return { status: 'not-met', code: 'req.tls.not-met', params: { by: h.by ?? '?', with: h.with ?? h.tls.evidence }, evidence, reasons: ['tls-absent'], fix: ref('req.tls.fix') };
  return { status: 'unknown', code: 'req.tls.not-recorded', params: { by: h.by ?? '?', line: h.line }, evidence, reasons: ['tls-not-recorded'] };
}

function rfc5322(c: Ctx): Outcome {
  const from = c.named('from');
  const date = c.named('date');
  const mid = c.named('message-id');
  const evidence = [...from.slice(0, 3).map((h) => hdr('From', h.line, h.value)), ...date.slice(0, 3).map((h) => hdr('Date', h.line, h.value)), ...mid.slice(0, 3).map((h) => hdr('Message-ID', h.line, h.value))];
  const details: TextRef[] = [];
  const reasons: string[] = [];
  const add = (code: TextCode, reason: string, params: FindingParams = {}) => (details.push(ref(code, params)), reasons.push(reason));
  if (from.length !== 1) add('req.rfc5322.from-count', from.length ? 'from-count' : 'from-missing', { n: from.length });
  else if (!c.report.from.domain) add('req.rfc5322.from-no-address', 'from-no-address', { value: from[0]!.value.slice(0, 200) });
  else if (c.report.from.mailboxes.length > 1 && !c.named('sender').length) add('req.rfc5322.sender-missing', 'sender-missing', { n: c.report.from.mailboxes.length });
  if (date.length === 0) add('req.rfc5322.date-missing', 'date-missing');
  else if (date.length > 1) add('req.rfc5322.date-count', 'date-count', { n: date.length });
  else if (!parseDate(date[0]!.value)) add('req.rfc5322.date-invalid', 'date-invalid', { value: date[0]!.value.slice(0, 200) });
  if (mid.length === 0) add('req.rfc5322.msgid-missing', 'message-id-missing');
  else if (mid.length > 1) add('req.rfc5322.msgid-count', 'message-id-count', { n: mid.length });
  else if (!/^\s*<[^<>@\s]+@[^<>\s]+>\s*$/.test(mid[0]!.value)) add('req.rfc5322.msgid-invalid', 'message-id-invalid', { value: mid[0]!.value.slice(0, 200) });
  if (!reasons.length) return { status: 'met', code: 'req.rfc5322.met', evidence };
  return { status: 'not-met', code: 'req.rfc5322.not-met', evidence, details, reasons, fix: ref('req.rfc5322.fix') };
}

function dkimKeySize(c: Ctx): Outcome {
  const sigs = c.report.dkim;
  if (!sigs.length) return { status: 'not-applicable', code: 'req.dkim-key-size.no-signatures' };
  if (sigs.every((k) => k.source !== 'ours')) return { status: 'unknown', code: 'req.dkim-key-size.not-checked', evidence: dkimEvidence(c), reasons: ['not-checked'] };
  const keys = sigs
    .map((k) => ({ k, key: (k.detail as DkimSignatureResult | undefined)?.key ?? null }))
    .filter((x) => x.key && x.key.type);
  const evidence = keys.slice(0, 10).map((x) => dns(`TXT ${x.key!.name}`, `${x.key!.type === 'ed25519' ? 'Ed25519' : 'RSA'}${x.key!.bits ? ` ${x.key!.bits} bits` : ''}${x.key!.record ? ` — ${x.key!.record}` : ''}`));
  const weak = keys.filter((x) => x.key!.type === 'rsa' && x.key!.bits !== null && x.key!.bits < 1024);
  if (weak.length) {
    const w = weak[0]!;
    return { status: 'not-met', code: 'req.dkim-key-size.weak', params: { d: w.k.d ?? '?', s: w.k.s ?? '?', bits: w.key!.bits! }, evidence, reasons: ['key-too-short'], fix: ref('req.dkim-key-size.fix', { d: w.k.d ?? '?' }) };
  }
  const known = keys.filter((x) => x.key!.type === 'ed25519' || x.key!.bits !== null);
  if (!known.length) return { status: 'unknown', code: 'req.dkim-key-size.no-key', evidence: [...evidence, ...dkimEvidence(c)], reasons: ['key-not-found'] };
  return { status: 'met', code: 'req.dkim-key-size.met', params: { keys: known.map((x) => `d=${x.k.d} s=${x.k.s}: ${x.key!.type === 'ed25519' ? 'Ed25519' : `RSA ${x.key!.bits}`}`).join('; ') }, evidence };
}

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

function noGmailSpoofing(c: Ctx): Outcome {
  const gm = c.report.from.domains.map((d) => d.toLowerCase().replace(/\.$/, '')).find((d) => GMAIL_DOMAINS.has(d));
  const fromEv = c.report.from.line ? [hdr('From', c.report.from.line, c.report.from.mailboxes.map((m) => m.address).join(', '))] : [];
  if (!gm) return { status: 'met', code: 'req.no-gmail-from-spoofing.not-gmail', evidence: fromEv };
  const d = c.report.dmarc;
  const evidence = [...fromEv, note('DMARC', `dmarc=${d.result}${d.policy ? ` policy=${d.policy}` : ''}`), ...dkimEvidence(c)];
  // sent through Gmail: DMARC passes, or (whatever gmail.com's record says) SPF or DKIM passes aligned with it
  const viaGmail = d.result === 'pass' || c.report.dkim.some((k) => k.result === 'pass' && k.aligned) || (c.report.spf?.result === 'pass' && c.report.spf.aligned);
  if (viaGmail) return { status: 'met', code: 'req.no-gmail-from-spoofing.via-gmail', params: { domain: gm }, evidence };
  const undetermined = !c.report.spf || c.report.spf.result === 'temperror' || c.report.dkim.some((k) => k.result === 'temperror');
  if (d.result === 'temperror' || (d.result === 'none' && c.report.offline) || (undetermined && d.result !== 'fail')) return { status: 'unknown', code: 'req.no-gmail-from-spoofing.unknown', params: { domain: gm }, evidence, reasons: ['not-evaluated'], fix: ref('req.fix.retry') };
  return { status: 'not-met', code: 'req.no-gmail-from-spoofing.spoofed', params: { domain: gm, result: d.result }, evidence, reasons: ['gmail-from-not-from-gmail'], fix: ref('req.no-gmail-from-spoofing.fix', { domain: gm }) };
}

const FORWARD_HEADERS = ['resent-from', 'resent-sender', 'x-forwarded-to', 'x-forwarded-for'];

function arcForForwarders(c: Ctx): Outcome {
  const org = (d: string | null | undefined) => (d ? orgDomainPSL(d.toLowerCase().replace(/\.$/, ''), { allowPrivate: true }) ?? d.toLowerCase() : null);
  const receiverOrg = org(c.report.receiver[0]?.authservId ?? null);
  const arc = c.report.arc.detail as ArcResult | undefined;
  const sets = (arc?.sets ?? []).filter((s) => s.as.d && org(s.as.d) !== receiverOrg);
  const signals = FORWARD_HEADERS.flatMap((n) => c.named(n).slice(0, 1).map((h) => ({ name: h.name, h })));
  const listId = c.named('list-id')[0];
  const evidence: Evidence[] = [
    ...signals.map((s) => hdr(s.name, s.h.line, s.h.value)),
    ...(listId ? [hdr('List-Id', listId.line, listId.value)] : []),
    ...sets.slice(0, 5).map((s) => note(`ARC-Seal i=${s.instance}${s.as.line ? ` (line ${s.as.line})` : ''}`, `d=${s.as.d} s=${s.as.s ?? '?'} cv=${s.as.cv ?? '?'} result=${s.as.result}`)),
  ];
  const sealers = [...new Set(sets.map((s) => s.as.d!))].join(', ');
  const forwarded = signals.length > 0 || sets.some((s) => s.instance >= 2);
  if (sets.length && (forwarded || listId)) {
    if (arc!.result === 'pass') return { status: 'met', code: 'req.arc-for-forwarders.met', params: { sealers }, evidence };
    return { status: 'not-met', code: 'req.arc-for-forwarders.broken', params: { sealers, instance: arc!.brokenAt ?? '?' }, evidence, reasons: ['arc-chain-fails'], fix: ref('req.arc-for-forwarders.fix') };
  }
  if (signals.length) return { status: 'not-met', code: 'req.arc-for-forwarders.unsealed', params: { header: signals.map((s) => s.name).join(', ') }, evidence, reasons: ['forwarded-without-arc'], fix: ref('req.arc-for-forwarders.fix') };
  if (listId) return { status: 'unknown', code: 'req.arc-for-forwarders.list-id', params: { listId: listId.value.slice(0, 200) }, evidence, reasons: ['list-id-only'] };
  if (sets.length) return { status: 'not-applicable', code: 'req.arc-for-forwarders.sender-seal', params: { sealers }, evidence };
  return { status: 'not-applicable', code: 'req.arc-for-forwarders.no-forwarding' };
}

function spamRate(): Outcome {
  return { status: 'unknown', code: 'req.spam-rate.unknown', params: { postmaster: SPAM_RATE_TOOLS.gmail, senderHub: SPAM_RATE_TOOLS.yahoo, snds: SPAM_RATE_TOOLS.microsoft }, reasons: ['not-visible-in-a-message'] };
}

const CHECKS: Record<RequirementId, (c: Ctx) => Outcome> = {
  'spf-or-dkim': spfOrDkim,
  'spf-and-dkim': spfAndDkim,
  'dmarc-record': dmarcRecord,
  'dmarc-alignment': dmarcAlignment,
  'one-click-unsubscribe': oneClick,
  'ptr-fcrdns': ptrFcrdns,
  tls,
  rfc5322,
  'dkim-key-size': dkimKeySize,
  'no-gmail-from-spoofing': noGmailSpoofing,
  'arc-for-forwarders': arcForForwarders,
  'spam-rate': spamRate,
};

/** Every requirement, in the order of REQUIREMENT_IDS, worded in `cat` (English by default). */
export function evaluateRequirements(input: RequirementsInput, cat: Catalogue = EN_CATALOGUE): Requirement[] {
  const byName = new Map<string, { name: string; value: string; line: number }[]>();
  for (const h of input.headers) {
    const k = h.name.toLowerCase();
    const list = byName.get(k) ?? [];
    list.push(h);
    byName.set(k, list);
  }
  const ctx: Ctx = { ...input, named: (n) => byName.get(n) ?? [] };
  return REQUIREMENT_IDS.map((id) => {
    const rule = RULES[id];
    let o: Outcome;
    try {
      o = inContext(id, CHECKS[id](ctx), input.context);
    } catch {
      o = { status: 'unknown', code: 'req.common.error', reasons: ['internal-error'] };
    }
    const params = o.params ?? {};
    return {
      id,
      scope: rule.scope,
      status: o.status,
      evidence: o.evidence ?? [],
      source: rule.source,
      code: o.code,
      params,
      summary: renderText(cat, o.code, params),
      details: o.details ?? [],
      reasons: o.reasons ?? [],
      fix: o.fix ?? null,
      providers: rule.providers,
      differs: rule.differs ? (`req.${id}.differs` as TextCode) : null,
      actor: rule.actor,
    };
  });
}

/**
 * The report's requirements[]. `summary` is the English sentence (the JSON's stable text); the
 * page words every part from the codes in its own language, so the analysis (the worker) does
 * not carry another language's catalogue.
 */
export function checkRequirements(input: RequirementsInput): Requirement[] {
  return evaluateRequirements(input, EN_CATALOGUE);
}

