// What the headers say about the path: a mailing list, forwarding, a bounce or auto-reply, the
// receiver's own inbound gateway, an address posing in the From display name. Pure; bounded.
import { decodeHeaderValue } from '../message/header-info.ts';
import { orgDomainPSL } from '../domain/index.ts';
import type { Evidence } from '../findings/types.ts';

export interface HeaderLike {
  name: string;
  value: string;
  line?: number;
}

export interface HopLike {
  ip: string | null;
  from: string | null;
  rdns: string | null;
  by: string | null;
}

const MAX_SCAN = 400;
const cut = (s: string, n = 160) => (s.length > n ? s.slice(0, n) + '…' : s);

export function org(d: string | null | undefined): string | null {
  if (!d) return null;
  const x = d.toLowerCase().replace(/\.$/, '').replace(/^\[|\]$/g, '');
  if (!/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(x) || /^\d+\.\d+\.\d+\.\d+$/.test(x)) return null;
  try {
    return orgDomainPSL(x, { allowPrivate: true }) ?? x;
  } catch {
    return x;
  }
}

function ev(h: HeaderLike): Evidence {
  return { kind: 'header', label: h.line ? `${h.name} (line ${h.line})` : h.name, text: cut(h.value) };
}

export class Headers {
  readonly list: HeaderLike[];
  constructor(headers: HeaderLike[]) {
    this.list = headers.slice(0, MAX_SCAN);
  }
  all(name: string): HeaderLike[] {
    const n = name.toLowerCase();
    return this.list.filter((h) => h.name.toLowerCase() === n);
  }
  first(name: string): HeaderLike | undefined {
    return this.all(name)[0];
  }
  matching(re: RegExp): HeaderLike[] {
    return this.list.filter((h) => re.test(h.name));
  }
}

// ---------------------------------------------------------------- mailing list

export interface ListSignal {
  /** the list's name or domain, for the text */
  name: string;
  domain: string | null;
  subjectTag: string | null;
  /** From was rewritten to the list's address ("X via List") */
  fromRewritten: boolean;
  evidence: Evidence[];
}

const LIST_MARKERS = /^(list-post|x-mailman-version|x-mailman-rule-misses|x-google-group-id|x-google-groups?-?.*|mailing-list|x-beenthere|x-sympa-.*|x-ml-name|x-mail-count|x-ml-count|x-yahoo-newman-property)$/i;

export function listSignal(h: Headers, fromDisplay: string, fromDomain: string | null): ListSignal | null {
  const markers = h.matching(LIST_MARKERS);
  const listId = h.first('list-id');
  const precedence = h.first('precedence');
  const xloop = h.all('x-loop').find((x) => /sympa|list/i.test(x.value));
  // List-Id alone is also sent by newsletter services: a list needs a list server's own marker
  const strong = markers.length > 0 || !!xloop || (!!listId && /^\s*list\s*$/i.test(precedence?.value ?? ''));
  if (!strong) return null;
  const evidence: Evidence[] = [...(listId ? [ev(listId)] : []), ...markers.slice(0, 3).map(ev), ...(xloop ? [ev(xloop)] : [])];
  let name = '';
  let domain: string | null = null;
  if (listId) {
    const m = /<([^>]{1,200})>/.exec(listId.value);
    name = cut((m?.[1] ?? listId.value).trim(), 120);
    const parts = name.split('.');
    domain = parts.length > 2 ? parts.slice(1).join('.') : name;
  }
  const post = h.first('list-post');
  if (post) {
    const m = /mailto:[^@>\s]+@([^>\s]+)/i.exec(post.value);
    if (m) domain = m[1]!.toLowerCase();
    if (!name) name = m ? `${/mailto:([^>\s]+)/i.exec(post.value)![1]}` : cut(post.value, 60);
  }
  if (!name) name = domain ?? 'the list';
  const subject = decodeHeaderValue(h.first('subject')?.value ?? '');
  const tag = /^\s*(?:(?:re|fwd?|aw)\s*:\s*)*(\[[^\]]{1,60}\])/i.exec(subject);
  const via = /\bvia\b/i.test(fromDisplay) || !!h.first('x-original-from');
  const fromRewritten = via && !!fromDomain && (!domain || org(domain) === org(fromDomain) || !!h.first('x-original-from'));
  return { name, domain, subjectTag: tag ? tag[1]! : null, fromRewritten, evidence };
}

// ---------------------------------------------------------------- forwarding

export interface ForwardSignal {
  /** the forwarder's domain or host when known */
  by: string | null;
  srs: boolean;
  evidence: Evidence[];
}

export function forwardSignal(
  h: Headers,
  opts: { envelopeLocal: string | null; envelopeDomain: string | null; arcSealers: { d: string | null; aar: string | null }[]; hops: HopLike[]; boundaryIndex: number | null; fromOrg: string | null; authorOrgs: string[]; spfPass: boolean; knownService: boolean },
): ForwardSignal | null {
  const evidence: Evidence[] = [];
  let by: string | null = null;
  // SRS: the classic SRS0=/SRS1= local part, or Microsoft 365's <forwarder>+SRS=<hash>=<time>=<domain>=<local>
  const srs = !!opts.envelopeLocal && (/^srs[01][=+-]/i.test(opts.envelopeLocal) || /\+srs=[^=@]+=[^=@]+=[^=@]+=/i.test(opts.envelopeLocal));
  if (srs) {
    by = opts.envelopeDomain;
    evidence.push({ kind: 'header', label: 'Return-Path', text: cut(`${opts.envelopeLocal}@${opts.envelopeDomain ?? ''}`) });
  }
  for (const r of h.matching(/^resent-(from|sender|to|date|message-id)$/i).slice(0, 2)) {
    evidence.push(ev(r));
    if (!by && /^resent-(from|sender)$/i.test(r.name)) by = /@([^>\s]+)/.exec(r.value)?.[1]?.toLowerCase() ?? null;
  }
  for (const r of h.matching(/^(x-forwarded-to|x-forwarded-for|x-ms-exchange-organization-autoforwarded|x-ms-exchange-inbox-rules-loop|x-forwarded-message-id)$/i).slice(0, 2)) evidence.push(ev(r));
  // inferred signals (ARC, the hop chain) only when SPF does not pass at the final receiver: a
  // sending platform that seals ARC or relays internally is not a forwarder
  const infer = !opts.spfPass && !opts.knownService;
  // ARC: an intermediary that saw the message authenticated before passing it on
  const sealers = opts.arcSealers.filter((s) => s.d && org(s.d) !== opts.fromOrg);
  if (infer && (opts.arcSealers.length >= 2 || sealers.some((s) => /\b(spf|dmarc)=pass\b/i.test(s.aar ?? '')))) {
    for (const s of sealers.slice(0, 2)) evidence.push({ kind: 'header', label: 'ARC-Seal', text: `d=${s.d}${s.aar ? ` · ${cut(s.aar, 100)}` : ''}` });
    by ??= sealers[0]?.d ?? null;
  }
  // Received hops: the author's organisation first, then another organisation's servers, then the receiver
  if (infer && opts.boundaryIndex !== null && opts.boundaryIndex > 0) {
    const boundary = opts.hops[opts.boundaryIndex];
    const clientOrg = org(boundary?.rdns) ?? org(boundary?.from);
    const older = opts.hops.slice(0, opts.boundaryIndex);
    const seenAuthor = older.some((x) => opts.authorOrgs.includes(org(x.by) ?? '') || opts.authorOrgs.includes(org(x.from) ?? ''));
    if (clientOrg && seenAuthor && !opts.authorOrgs.includes(clientOrg)) {
      evidence.push({ kind: 'header', label: 'Received', text: `${boundary?.from ?? boundary?.rdns ?? clientOrg} [${boundary?.ip ?? ''}]` });
      by ??= clientOrg;
    }
  }
  if (!evidence.length) return null;
  return { by: by ? by.slice(0, 253) : null, srs, evidence: evidence.slice(0, 5) };
}

// ---------------------------------------------------------------- bounce / auto-reply

export function bounceSignal(h: Headers, fromLocal: string | null): Evidence[] | null {
  const ct = h.first('content-type');
  const out: Evidence[] = [];
  if (ct && /multipart\/report/i.test(ct.value) && /delivery-status/i.test(ct.value)) out.push(ev(ct));
  if (fromLocal && /^(mailer-daemon|postmaster)$/i.test(fromLocal)) out.push({ kind: 'header', label: 'From', text: fromLocal });
  const subject = h.first('subject');
  if (subject && /(undeliver|delivery status notification|returned mail|failure notice|delivery failure|mail delivery failed|配信.*(失敗|不能))/i.test(decodeHeaderValue(subject.value))) out.push(ev(subject));
  return out.length ? out : null;
}

export function autoReplySignal(h: Headers): Evidence[] | null {
  const out: Evidence[] = [];
  const as = h.first('auto-submitted');
  if (as && !/^\s*no\b/i.test(as.value)) out.push(ev(as));
  for (const x of h.matching(/^(x-autoreply|x-autorespond|x-auto-reply)$/i).slice(0, 1)) out.push(ev(x));
  const prec = h.first('precedence');
  if (prec && /auto_reply/i.test(prec.value)) out.push(ev(prec));
  const subject = h.first('subject');
  if (subject && /^\s*(automatic reply|auto(matic)?[- ]?(reply|response)|out of (the )?office|自動(応答|返信))/i.test(decodeHeaderValue(subject.value))) out.push(ev(subject));
  return out.length ? out : null;
}

// ---------------------------------------------------------------- the receiver's inbound gateway

const GATEWAYS: { name: string; header: RegExp; host: RegExp }[] = [
  { name: 'Proofpoint', header: /^x-proofpoint-/i, host: /(pphosted\.com|ppe-hosted\.com|proofpoint\.com)$/i },
  { name: 'Mimecast', header: /^x-mimecast-/i, host: /mimecast(-offshore)?\.com$/i },
  { name: 'Barracuda', header: /^x-barracuda-/i, host: /(barracudanetworks\.com|barracuda\.com|cudamail\.com)$/i },
  { name: 'Cisco Secure Email', header: /^(x-ironport-|x-ipas-result)/i, host: /iphmx\.com$/i },
  { name: 'Trend Micro', header: /^x-tm-(as-|received-sha256)|^x-tmase-/i, host: /(trendmicro\.com|tmes\.trendmicro\.eu)$/i },
  { name: 'Broadcom Email Security.cloud', header: /^x-brightmail-tracker|^x-msgtrack/i, host: /messagelabs\.com$/i },
  { name: 'Sophos', header: /^x-sophos-/i, host: /sophos\.com$/i },
];

export interface GatewaySignal {
  name: string;
  platform: 'Microsoft 365' | 'Google Workspace';
  /** the gateway is the client SPF was checked for */
  atBoundary: boolean;
  /** the gateway's address (or host name) as the Received fields give it */
  address: string | null;
  evidence: Evidence[];
}

export function gatewaySignal(h: Headers, hops: HopLike[], boundaryIndex: number | null, receiverIds: string[]): GatewaySignal | null {
  const ms = h.matching(/^x-ms-exchange-organization-|^x-forefront-antispam-report$|^x-microsoft-antispam$/i);
  const google = receiverIds.some((r) => /(^|\.)google\.com$/i.test(r)) || hops.some((x) => /(^|\.)google\.com$/i.test(x.by ?? '') && /mx/i.test(x.by ?? ''));
  const platform = ms.length || receiverIds.some((r) => /outlook\.com$|microsoft\.com$/i.test(r)) ? 'Microsoft 365' : google ? 'Google Workspace' : null;
  if (!platform) return null;
  const boundary = boundaryIndex !== null ? hops[boundaryIndex] : undefined;
  for (const g of GATEWAYS) {
    const headers = h.matching(g.header);
    const hostHit = hops.find((x) => [x.from, x.rdns, x.by].some((n) => n && g.host.test(n.replace(/\.$/, ''))));
    if (!headers.length && !hostHit) continue;
    const atBoundary = !!boundary && [boundary.from, boundary.rdns].some((n) => n && g.host.test(n.replace(/\.$/, '')));
    const gwHop = [...hops].reverse().find((x) => [x.from, x.rdns].some((n) => n && g.host.test(n.replace(/\.$/, ''))));
    const address = (atBoundary ? boundary?.ip : null) ?? gwHop?.ip ?? gwHop?.from ?? gwHop?.rdns ?? null;
    const evidence: Evidence[] = [...headers.slice(0, 2).map(ev), ...(hostHit ? [{ kind: 'header' as const, label: 'Received', text: `from ${hostHit.from ?? hostHit.rdns ?? ''} [${hostHit.ip ?? ''}] by ${hostHit.by ?? ''}` }] : [])];
    return { name: g.name, platform, atBoundary, address, evidence };
  }
  return null;
}

// ---------------------------------------------------------------- an address posing in the display name

export interface DisplayAddressSignal {
  shown: string;
  real: string;
  encoded: boolean;
  evidence: Evidence[];
}

/** The From display name (or an encoded-word) shows an address of another domain than the real one. */
export function displayAddressSignal(rawFrom: HeaderLike | undefined, realAddress: string | null, realDomain: string | null): DisplayAddressSignal | null {
  if (!rawFrom) return null;
  const raw = rawFrom.value.slice(0, 2000);
  const decoded = decodeHeaderValue(raw);
  const encoded = /=\?[^?]{1,40}\?[bq]\?/i.test(raw);
  // the part before the real angle address (or everything when the address itself was hidden)
  const lt = decoded.lastIndexOf('<');
  const display = lt > 0 ? decoded.slice(0, lt) : encoded && !realAddress ? decoded : lt < 0 && realAddress ? '' : decoded.slice(0, Math.max(0, lt));
  const m = /([A-Za-z0-9._%+-]{1,64})\s*(?:@|＠)\s*([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)/.exec(display);
  if (!m) return null;
  // "Jane <jane@partner.example> via Service" is a service relaying on someone's behalf, not a disguise;
  // a display name that is nothing but another address (or hides it in an encoded-word) is
  const bare = display.replace(/["'<>()\s]/g, '').replace('＠', '@');
  if (/\bvia\b/i.test(display) || (!encoded && bare.toLowerCase() !== `${m[1]}@${m[2]}`.toLowerCase())) return null;
  const shownDomain = m[2]!.toLowerCase();
  if (realDomain && org(shownDomain) === org(realDomain)) return null;
  return { shown: `${m[1]}@${shownDomain}`, real: realAddress ?? '—', encoded, evidence: [ev(rawFrom), ...(encoded ? [{ kind: 'note' as const, label: 'decoded', text: cut(decoded) }] : [])] };
}
