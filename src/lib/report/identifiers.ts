// The SMTP identifiers of the delivery we evaluate (client IP, HELO, MAIL FROM), taken from one
// consistent source, and the receiver's block: which Authentication-Results are the receiver's.
//
// The receiver's block is the run of trace fields at the top of the header (Received,
// Authentication-Results, Received-SPF, ARC-*, X-MS-Exchange-*, ...) above the first Received
// field written by another organisation (RFC 5321 4.4: each server prepends its own fields, so
// everything below that point was written before the receiver saw the message and can be forged).
// Only the block's results are "the receiver's"; lower ones are what an intermediary recorded.
//
// SPF inputs, in order of evidence: the receiver's Received-SPF (client-ip=, helo=,
// envelope-from=); the receiver's Authentication-Results (the IP in a property or its comment, in
// any vendor's wording; smtp.mailfrom, smtp.helo); the boundary Received field. With no receiver
// results at all, the boundary is assumed: the topmost Received with a public client address.
import ipaddr from 'ipaddr.js';
import { parse as parseHost } from 'tldts';
import type { Problem } from '../types.ts';
import { parseAuthResults, receiverClaims, parseReceivedSpf, type ReceiverClaim, type ParsedAuthResults, type ReceivedSpf } from '../authres/index.ts';
import { buildHops, type Boundary, type Hop, type HopsResult } from '../message/received.ts';
import { domainOf } from '../message/address.ts';
import { rfc } from '../types.ts';
import { EN_CATALOGUE, type Catalogue } from '../findings/catalog.ts';
import { renderText } from '../findings/render.ts';
import { parseReturnPath, type Envelope } from './envelope.ts';

export interface TraceView {
  index: number;
  name: string;
  value: string;
  line: number;
}

export type IpSource = 'received-spf' | 'authentication-results' | 'forefront' | 'received' | 'assumed' | 'chosen';

export interface AuthResAt {
  parsed: ParsedAuthResults;
  line: number;
  /** inside the receiver's block */
  trusted: boolean;
  /** the date of the Received field the server that wrote it added (ISO), when found */
  recordedAt: string | null;
}

export interface ClaimAt {
  claim: ReceiverClaim;
  line: number;
  trusted: boolean;
  recordedAt: string | null;
}

export interface IpCandidate {
  source: 'received-spf' | 'authentication-results' | 'forefront' | 'received';
  ip: string;
  line: number;
}

export interface Identifiers {
  authres: AuthResAt[];
  /** the receiver's claims first (trusted), then the intermediaries', each group in order of appearance */
  claims: ClaimAt[];
  topClaim: ReceiverClaim | undefined;
  topLine: number | undefined;
  receivedSpf: { parsed: ReceivedSpf; text: string; line: number } | undefined;
  hops: HopsResult;
  /** the hop the client IP and HELO belong to (or the user's choice) */
  chosen: Boundary | null;
  clientIp: string | null;
  helo: string | null;
  /** coarse source for the existing step texts */
  ipSource: 'received' | 'received-spf' | 'authentication-results' | null;
  clientIpSource: IpSource | null;
  clientIpLine: number | null;
  /** set when no receiver results exist and the boundary was assumed */
  assumed: { label: string; reason: string; line: number } | null;
  envelope: Envelope;
  block: { endLine: number | null; boundaryLine: number | null; authservIds: string[] };
  ipCrossCheck: { source: 'received-spf' | 'authentication-results' | 'received'; ip: string; agrees: boolean }[];
  problems: Problem[];
}

// ---------------------------------------------------------------- small helpers

function ipOf(text: string): string | null {
  const t = text.trim().replace(/^\[|\]$/g, '').replace(/^ipv6:/i, '');
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(t)) return ipaddr.IPv4.isValidFourPartDecimal(t) ? t : null;
  if (t.length <= 64 && t.includes(':') && /^[0-9a-f:.]+$/i.test(t) && ipaddr.IPv6.isValid(t)) return t;
  return null;
}

export function sameIp(a: string, b: string): boolean {
  const n = (x: string) => {
    const t = x.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/^ipv6:/, '');
    try {
      return ipaddr.process(t).toString();
    } catch {
      return t;
    }
  };
  return n(a) === n(b);
}

export function isInternalIp(ip: string | null | undefined): boolean {
  if (!ip) return false;
  try {
    const r = ipaddr.process(ip.replace(/^\[|\]$/g, '').replace(/^ipv6:/i, '')).range();
    return ['private', 'loopback', 'linkLocal', 'uniqueLocal', 'carrierGradeNat', 'unspecified'].includes(r);
  } catch {
    return false;
  }
}

/** The registrable domain of a host name (ICANN section), null for IPs, single labels and private TLDs (.internal, .local). */
function orgOf(name: string | null | undefined): string | null {
  if (!name) return null;
  const n = name.trim().toLowerCase().replace(/\.$/, '');
  if (n === '' || ipOf(n)) return null;
  const p = parseHost(n);
  return p.isIcann && p.domain ? ORG_ALIASES[p.domain] ?? p.domain : null;
}

/** Registrable domains one organisation runs its mail servers under. */
const ORG_ALIASES: Record<string, string> = {
  'office365.com': 'outlook.com',
  'hotmail.com': 'outlook.com',
  'live.com': 'outlook.com',
  'microsoft.com': 'outlook.com',
  'exchangelabs.com': 'outlook.com',
  'googlemail.com': 'google.com',
  'gmail.com': 'google.com',
  'messagingengine.com': 'fastmail.com',
  'yahoodns.net': 'yahoo.com',
  'ppops.net': 'pphosted.com',
};

/**
 * The first IP address a comment names, whatever the wording: Gmail/Mimecast "designates X as
 * permitted sender", Microsoft "sender IP is X", "client-ip=X", "X is neither permitted nor denied", ...
 */
export function ipFromComment(comment: string | undefined | null): string | null {
  if (!comment) return null;
  for (const tok of comment.slice(0, 2000).split(/[\s()[\];,=<>"']+/)) {
    const ip = ipOf(tok.replace(/[.:]$/, (m) => (tok.includes('::') && m === ':' ? m : '')));
    if (ip) return ip;
  }
  return null;
}

/** The client IP an Authentication-Results value names: a property (smtp.client-ip, smtp.remote-ip, policy.iprev) or the SPF comment. */
function ipFromAuthRes(p: ParsedAuthResults): string | null {
  const spf = p.results.find((e) => e.method === 'spf');
  const fromSpf = ipFromComment(spf?.comment);
  if (fromSpf) return fromSpf;
  for (const e of p.results) {
    for (const [k, v] of Object.entries(e.props)) {
      if (/(?:client-ip|remote-ip|clientip|policy\.iprev|\.ip)$/i.test(k)) {
        const ip = ipOf(v);
        if (ip) return ip;
      }
    }
  }
  const iprev = p.results.find((e) => e.method === 'iprev');
  return ipFromComment(iprev?.comment);
}

function forefront(value: string): { cip: string | null; helo: string | null; dir: string | null } {
  const get = (k: string) => new RegExp(`(?:^|;)\\s*${k}:([^;]*)`, 'i').exec(value.slice(0, 8192))?.[1]?.trim() || null;
  const cip = get('CIP');
  return { cip: cip ? ipOf(cip) : null, helo: get('H'), dir: get('DIR')?.toUpperCase() ?? null };
}

/** Microsoft 365's inbound frontend: whatever connects to it comes from outside the tenant. */
const MS_INBOUND = /\.mail\.protection\.outlook\.com$/i;
/** Microsoft 365's outbound relays: the sending tenant, another organisation. */
const MS_OUTBOUND = /\.outbound\.protection\.outlook\.com$/i;

// ---------------------------------------------------------------- the receiver's block

interface Walk {
  boundary: Hop | null;
  /** index (oldest = 0) of the first Received written by another organisation, -1 when none */
  foreign: number;
}

/** Walk the Received fields from the top down, through the receiver's own servers, to the hop where the outside client connected. */
function walkBlock(hops: Hop[], authres: { parsed: ParsedAuthResults; line: number }[]): Walk {
  const orgs = new Set<string>();
  for (let k = hops.length - 1; k >= 0; k--) {
    const h = hops[k]!;
    if (orgs.size === 0) for (const a of authres) if (a.line < h.line) { const o = orgOf(a.parsed.authservId); if (o) orgs.add(o); }
    // the server that stamped Authentication-Results above wrote this field: its client is the outside one
    const stampedHere = !!h.by && authres.some((a) => a.line < h.line && (a.parsed.authservId ?? '').toLowerCase().replace(/\.$/, '') === h.by!.toLowerCase().replace(/\.$/, ''));
    const byOrg = orgOf(h.by);
    if (byOrg && orgs.size > 0 && !orgs.has(byOrg)) {
      // a server of another organisation wrote this field: the block ends above it, unless no
      // field above named a public client (then the receiver runs servers under several names)
      const below = lowestWithIp(hops, k + 1);
      if (below?.ip && !isInternalIp(below.ip)) return { boundary: below, foreign: k };
    }
    if (byOrg) orgs.add(byOrg);
    if (!h.ip || isInternalIp(h.ip)) continue;
    if ((h.by && MS_INBOUND.test(h.by)) || stampedHere) return { boundary: h, foreign: k - 1 };
    const name = h.rdns ?? h.from;
    const clientOrg = orgOf(h.rdns) ?? orgOf(h.from);
    const below = hops[k - 1];
    const belowOrg = below ? orgOf(below.by) : null;
    // the receiver's own relay passing the message on: its name is of the receiver's organisation
    // and it also wrote the field below
    if (clientOrg && orgs.has(clientOrg) && !(name && MS_OUTBOUND.test(name)) && belowOrg && orgs.has(belowOrg)) continue;
    return { boundary: h, foreign: k - 1 };
  }
  // no outside client found inside: the topmost hop with a public client address
  for (let k = hops.length - 1; k >= 0; k--) if (hops[k]!.ip && !isInternalIp(hops[k]!.ip)) return { boundary: hops[k]!, foreign: k - 1 };
  return { boundary: null, foreign: -1 };
}

/** The lowest hop at or above index k that names a client address (public first). */
function lowestWithIp(hops: Hop[], k: number): Hop | null {
  for (let i = k; i < hops.length; i++) if (hops[i]!.ip && !isInternalIp(hops[i]!.ip)) return hops[i]!;
  for (let i = k; i < hops.length; i++) if (hops[i]!.ip) return hops[i]!;
  return null;
}

/** The date of the Received field written with an Authentication-Results: the one by the same organisation nearest it, else the nearest above. */
function recordedAt(line: number, authservId: string | null, hops: Hop[]): string | null {
  const org = orgOf(authservId);
  const near = [...hops].sort((a, b) => Math.abs(a.line - line) - Math.abs(b.line - line));
  const same = org ? near.find((h) => orgOf(h.by) === org) : undefined;
  const above = hops.filter((h) => h.line < line).sort((a, b) => b.line - a.line)[0];
  return (same ?? above)?.date ?? null;
}

// ---------------------------------------------------------------- the entry point

export function chooseIdentifiers(views: TraceView[], opts: { hop?: number | null; cat?: Catalogue } = {}): Identifiers {
  const cat = opts.cat ?? EN_CATALOGUE;
  const problems: Problem[] = [];
  const named = (k: string) => views.filter((h) => h.name.toLowerCase() === k);

  const allAuthres = named('authentication-results').map((h) => ({ parsed: parseAuthResults(h.value, { cat }), line: h.line }));
  for (const a of allAuthres) for (const p of a.parsed.problems) problems.push({ ...p, subject: p.subject ?? `Authentication-Results (line ${a.line})` });
  const received = named('received').map((h) => ({ value: h.value, line: h.line }));
  const hops = buildHops(received, { cat });
  const H = hops.hops;
  problems.push(...hops.problems.filter((p) => p.code === 'received-gap'));

  // 1. the block by position
  const walk = walkBlock(H, allAuthres);
  let foreign = walk.foreign;
  let boundaryHop = walk.boundary;
  const endLine = () => (foreign >= 0 ? H[foreign]!.line : Infinity);
  const inBlock = (line: number) => line < endLine();

  // 2. the receiver's evidence in the block
  const rspfAll = named('received-spf').map((h) => ({ parsed: parseReceivedSpf(h.value), text: h.value, line: h.line }));
  const evidence = () => {
    const rspf = rspfAll.filter((r) => inBlock(r.line));
    const ar = allAuthres.filter((a) => inBlock(a.line));
    const ff = named('x-forefront-antispam-report').filter((h) => inBlock(h.line)).map((h) => ({ ...forefront(h.value), line: h.line })).filter((f) => f.dir !== 'OUT');
    const cands: (IpCandidate & { helo?: string | null })[] = [];
    for (const r of rspf) {
      const ip = r.parsed.clientIp ? ipOf(r.parsed.clientIp) : ipFromComment(r.parsed.comment);
      if (ip) cands.push({ source: 'received-spf', ip, line: r.line, helo: r.parsed.helo ?? null });
    }
    for (const a of ar) {
      const ip = ipFromAuthRes(a.parsed);
      if (ip) cands.push({ source: 'authentication-results', ip, line: a.line, helo: a.parsed.results.find((e) => e.method === 'spf')?.props['smtp.helo'] ?? null });
    }
    for (const f of ff) if (f.cip) cands.push({ source: 'forefront', ip: f.cip, line: f.line, helo: f.helo });
    return { rspf, ar, ff, cands };
  };
  let ev = evidence();
  const pick = (c: typeof ev.cands) => c.find((x) => !isInternalIp(x.ip)) ?? c[0];
  const firstEv = pick(ev.cands);
  if (firstEv) {
    // the receiver named the client: its hop is the boundary; the block reaches down to it
    const ipHop = [...H].reverse().find((h) => h.ip && sameIp(h.ip, firstEv.ip));
    if (ipHop) {
      const next = ipHop.index - 1;
      if (next < foreign || (next > foreign && (next < 0 || H[next]!.line > firstEv.line))) foreign = next;
      boundaryHop = ipHop;
      ev = evidence();
    }
  }
  // Exim's ACL add_header puts Authentication-Results at the end of the header, below every
  // Received field: accepted as the receiver's when it names a server of the block exactly
  const lastReceived = H.length ? Math.max(...H.map((h) => h.line)) : Infinity;
  const blockBys = new Set(H.filter((h) => inBlock(h.line) && h.by).map((h) => h.by!.toLowerCase().replace(/\.$/, '')));
  const tail = allAuthres.filter((a) => a.line > lastReceived && !inBlock(a.line) && a.parsed.authservId && blockBys.has(a.parsed.authservId.toLowerCase().replace(/\.$/, '')));
  const trusted = (line: number) => inBlock(line) || tail.some((a) => a.line === line);
  if (tail.length && ev.ar.length === 0) {
    ev.ar.push(...tail);
    for (const a of tail) {
      const ip = ipFromAuthRes(a.parsed);
      if (ip) ev.cands.push({ source: 'authentication-results', ip, line: a.line, helo: a.parsed.results.find((e) => e.method === 'spf')?.props['smtp.helo'] ?? null });
    }
  }
  const trustedRspf = ev.rspf;
  const trustedAr = ev.ar;
  const noReceiverResults = trustedAr.length === 0 && trustedRspf.length === 0;

  // 3. claims: the receiver's, then the intermediaries'
  const authres: AuthResAt[] = allAuthres.map((a) => ({ ...a, trusted: trusted(a.line), recordedAt: recordedAt(a.line, a.parsed.authservId, H) }));
  const group = (list: AuthResAt[], trusted: boolean): ClaimAt[] =>
    receiverClaims(list.map((a) => a.parsed)).map((claim) => {
      const first = list.find((a) => (a.parsed.authservId ?? '').toLowerCase() === (claim.authservId ?? '').toLowerCase())!;
      return { claim, line: first.line, trusted, recordedAt: first.recordedAt };
    });
  const claims = [...group(authres.filter((a) => a.trusted), true), ...group(authres.filter((a) => !a.trusted), false)];
  const trustedClaims = claims.filter((c) => c.trusted);
  // the claim with an SPF result names the identifiers; else the topmost
  const topAt = trustedClaims[0];
  const topClaim = topAt?.claim;
  const topLine = topAt?.line;
  const spfClaimAt = trustedClaims.find((c) => c.claim.spf) ?? topAt;

  // 4. client IP and HELO
  let clientIp: string | null = null;
  let clientIpSource: IpSource | null = null;
  let clientIpLine: number | null = null;
  let helo: string | null;
  let chosen: Boundary | null = null;
  let assumed: Identifiers['assumed'] = null;
  const userHop = opts.hop != null ? H[opts.hop] : undefined;
  const best = pick(ev.cands);
  if (userHop) {
    chosen = { hop: userHop, clientIp: userHop.ip, helo: userHop.from, reason: 'chosen by the user', rule: rfc(5321, '4.4') };
    clientIp = userHop.ip;
    helo = userHop.from;
    clientIpSource = 'chosen';
    clientIpLine = userHop.line;
  } else {
    if (best && !(isInternalIp(best.ip) && boundaryHop?.ip && !isInternalIp(boundaryHop.ip))) {
      clientIp = best.ip;
      clientIpSource = best.source;
      clientIpLine = best.line;
    } else if (boundaryHop?.ip) {
      clientIp = boundaryHop.ip;
      clientIpSource = noReceiverResults ? 'assumed' : 'received';
      clientIpLine = boundaryHop.line;
    }
    const ipHop = clientIp ? [...H].reverse().find((h) => h.ip && sameIp(h.ip, clientIp!)) : undefined;
    const hop = ipHop ?? boundaryHop;
    const arHelo = spfClaimAt?.claim.spf?.helo ?? null;
    const rspfHelo = trustedRspf.find((r) => r.parsed.helo && (!r.parsed.clientIp || !clientIp || sameIp(r.parsed.clientIp, clientIp)))?.parsed.helo ?? null;
    const ffHelo = ev.ff.find((f) => f.helo && f.cip && clientIp && sameIp(f.cip, clientIp))?.helo ?? null;
    const hopHelo = hop && (!clientIp || !hop.ip || sameIp(hop.ip, clientIp)) ? hop.from : null;
    helo = (best?.source === 'received-spf' ? rspfHelo ?? arHelo : best?.source === 'authentication-results' ? arHelo ?? rspfHelo : null) ?? hopHelo ?? arHelo ?? rspfHelo ?? ffHelo ?? null;
    if (hop) {
      const client = `${hop.ip ?? renderText(cat, 'recv.boundary.unnamed')}${hop.from ? `, HELO ${hop.from}` : ''}`;
      const reason =
        clientIpSource === 'assumed'
          ? renderText(cat, 'recv.assumed.reason', { line: hop.line, ip: hop.ip ?? '?', helo: hop.from ? `, HELO ${hop.from}` : '' })
          : renderText(cat, 'recv.boundary.reason', { foreign: foreign >= 0 ? renderText(cat, 'recv.boundary.foreign-line', { line: H[foreign]!.line }) : '', line: hop.line, client });
      chosen = { hop, clientIp: hop.ip, helo: hop.from, reason, rule: rfc(5321, '4.4') };
    }
    if (clientIpSource === 'assumed' && hop) assumed = { label: renderText(cat, 'recv.assumed.label'), reason: chosen!.reason, line: hop.line };
  }
  for (const h of H) h.side = chosen && h.index >= chosen.hop.index ? 'receiver' : chosen ? 'sender-claimed' : 'unknown';
  hops.boundary = chosen;

  // 5. MAIL FROM, from the same delivery leg as the client IP
  const envelope = chooseEnvelope(named('return-path')[0], trustedRspf, spfClaimAt, chosen?.hop ?? null, clientIp, cat, problems);

  // cross-check: the receiver's own headers naming another client than the one evaluated
  const others: IpCandidate[] = [...ev.cands.filter((c) => c.source !== 'forefront'), ...(walk.boundary?.ip ? [{ source: 'received' as const, ip: walk.boundary.ip, line: walk.boundary.line }] : [])];
  const ipCrossCheck = others
    .filter((c): c is IpCandidate & { source: 'received-spf' | 'authentication-results' | 'received' } => c.source !== 'forefront')
    .filter((c) => !(c.line === clientIpLine && (c.source === clientIpSource || (c.source === 'received' && (clientIpSource === 'assumed' || clientIpSource === 'chosen')))))
    .filter((c, i, all) => all.findIndex((x) => x.source === c.source) === i)
    .map((c) => ({ source: c.source, ip: c.ip, agrees: !!clientIp && sameIp(c.ip, clientIp) }));
  for (const c of ipCrossCheck) {
    if (!c.agrees && clientIp) {
      problems.push({
        code: 'client-ip-mismatch',
        severity: 'warning',
        subject: c.source === 'received-spf' ? 'Received-SPF' : c.source === 'received' ? 'Received' : 'Authentication-Results',
        message: renderText(cat, 'recv.ip-mismatch', {
          field: renderText(cat, `recv.ip-mismatch.field.${c.source}`),
          ip: c.ip,
          ours: clientIp,
          via: renderText(cat, userHop ? 'recv.ip-mismatch.via.hop' : clientIpSource === 'received-spf' ? 'recv.ip-mismatch.via.received-spf' : clientIpSource === 'authentication-results' ? 'recv.ip-mismatch.via.authentication-results' : 'recv.ip-mismatch.via.received'),
        }),
        params: { ip: c.ip, ours: clientIp },
      });
    }
  }
  if (assumed) problems.push({ code: 'spf-boundary-assumed', severity: 'info', subject: 'Received', message: `${assumed.label}. ${assumed.reason}`, params: { line: assumed.line } });

  const usedRspf = trustedRspf.find((r) => clientIpSource === 'received-spf' && r.line === clientIpLine) ?? trustedRspf[0];
  return {
    authres,
    claims,
    topClaim,
    topLine,
    receivedSpf: usedRspf,
    hops,
    chosen,
    clientIp,
    helo,
    ipSource: clientIpSource === 'received-spf' || clientIpSource === 'authentication-results' ? clientIpSource : clientIp ? 'received' : null,
    clientIpSource,
    clientIpLine,
    assumed,
    envelope,
    block: { endLine: foreign >= 0 ? H[foreign]!.line : null, boundaryLine: chosen?.hop.line ?? null, authservIds: [...new Set(trustedClaims.map((c) => c.claim.authservId).filter((x): x is string => !!x))] },
    ipCrossCheck,
    problems,
  };
}

function chooseEnvelope(
  rp: TraceView | undefined,
  rspf: { parsed: ReceivedSpf; text: string; line: number }[],
  claimAt: ClaimAt | undefined,
  hop: Hop | null,
  clientIp: string | null,
  cat: Catalogue,
  problems: Problem[],
): Envelope {
  type Leg = { address: string | null; nullSender: boolean; source: Envelope['source']; evidence: string; line: number | null };
  const legs: Leg[] = [];
  const r = rspf.find((x) => x.parsed.envelopeFrom !== undefined && (!clientIp || !x.parsed.clientIp || sameIp(x.parsed.clientIp, clientIp)));
  if (r) {
    const ef = r.parsed.envelopeFrom!;
    const p = parseReturnPath(ef.includes('<') ? ef : `<${ef}>`);
    legs.push({ ...p, source: 'received-spf', evidence: `Received-SPF: ${r.text}`, line: r.line });
  }
  const mf = claimAt?.claim.spf?.mailfrom;
  if (mf) legs.push({ address: mf.includes('@') ? mf.replace(/^<|>$/g, '') : `postmaster@${mf}`, nullSender: false, source: 'authentication-results', evidence: `smtp.mailfrom=${mf}`, line: claimAt!.line });
  const hef = hop?.parsed.envelopeFrom;
  if (hef !== null && hef !== undefined) {
    const p = parseReturnPath(`<${hef}>`);
    legs.push({ ...p, source: 'received', evidence: `Received: ${hop!.parsed.raw.trim().slice(0, 500)}`, line: hop!.line });
  }
  const leg = legs[0];
  const out = (l: Leg): Envelope => ({ address: l.address, domain: l.address ? domainOf(l.address) : null, source: l.source, nullSender: l.nullSender, evidence: l.evidence, line: l.line });
  if (rp) {
    const p = parseReturnPath(rp.value);
    const mine: Leg = { ...p, source: 'return-path', evidence: `Return-Path: ${rp.value.trim()}`, line: rp.line };
    if (!leg) return out(mine);
    const d1 = p.address ? domainOf(p.address) : null;
    const d2 = leg.address ? domainOf(leg.address) : null;
    if (p.nullSender ? leg.nullSender || leg.source !== 'received-spf' : d1 !== null && d1 === d2) return out(mine);
    if (leg.nullSender && !p.nullSender && leg.source !== 'received-spf') return out(mine);
    problems.push({
      code: 'mailfrom-other-leg',
      severity: 'info',
      subject: 'Return-Path',
      message: renderText(cat, 'recv.mailfrom-other-leg', { returnPath: p.address ?? '<>', mailFrom: leg.address ?? '<>' }),
      params: { returnPath: p.address ?? '<>', mailFrom: leg.address ?? '<>' },
    });
    return out(leg);
  }
  return leg ? out(leg) : { address: null, domain: null, source: null, nullSender: false, evidence: null, line: null };
}
