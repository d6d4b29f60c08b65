// Received header fields (RFC 5321 section 4.4, RFC 5322 section 3.6.7) as real servers write them,
// and the hop list built from them: order, delays, clock skew, and the receiver's boundary.
import ipaddr from 'ipaddr.js';
import { getDomain } from 'tldts';
import { lex, type Tok } from '../authres/lexer.ts';
import { rfc, type Problem, type RuleRef } from '../types.ts';
import { EN_CATALOGUE, type Catalogue } from '../findings/catalog.ts';
import { renderText } from '../findings/render.ts';

/** Longest Received value read; the rest is ignored with a problem. */
export const MAX_RECEIVED_LENGTH = 16 * 1024;
/** Most Received fields turned into hops. */
export const MAX_HOPS = 100;
/** A delay longer than this between two hops is flagged: two deliveries glued together? */
export const GAP_SECONDS = 24 * 3600;

export interface ReceivedFrom {
  /** the name the client gave (HELO/EHLO): Exim's helo=, qmail's HELO, else the word after "from" */
  claimed: string | null;
  /** the reverse-DNS name the receiving server found, when it wrote one ('unknown' → null) */
  rdns: string | null;
  /** the client IP the receiving server saw ('IPv6:' prefix removed) */
  ip: string | null;
  ipVersion: 4 | 6 | null;
  /** the HELO name when it is written apart from the host name (helo=, HELO) */
  helo: string | null;
  /** the from clause as written */
  text: string;
}

export interface ReceivedTls {
  used: boolean;
  version?: string;
  cipher?: string;
  bits?: string;
  /** the text the finding rests on */
  evidence: string;
}

export interface ReceivedDate {
  epochMs: number;
  /** UTC, ISO 8601 */
  iso: string;
  /** the zone as written, normalised to ±hhmm */
  zone: string;
  offsetMinutes: number;
  text: string;
}

export interface ParsedReceived {
  from: ReceivedFrom | null;
  by: string | null;
  /** comment after the by name: software, version, or the server's own address */
  byComment: string | null;
  with: string | null;
  id: string | null;
  for: string | null;
  via: string | null;
  envelopeFrom: string | null;
  tls: ReceivedTls | null;
  date: ReceivedDate | null;
  /** comments that belong to no clause, e.g. "(qmail 12345 invoked from network)" */
  comments: string[];
  raw: string;
  problems: Problem[];
}

const KEYWORDS = new Set(['from', 'by', 'via', 'with', 'id', 'for', 'envelope-from']);

interface Clause {
  kw: string;
  words: string[];
  comments: string[];
  /** word and quoted tokens of the clause, in order */
  toks: Tok[];
  s: number;
  e: number;
}

function problem(code: string, severity: Problem['severity'], message: string): Problem {
  return { code, severity, message, subject: 'Received' };
}

/** Parse one Received value (unfolded or folded); problems in the catalogue's language. Never throws. */
export function parseReceived(value: string, cat: Catalogue = EN_CATALOGUE): ParsedReceived {
  const raw = typeof value === 'string' ? value : '';
  const problems: Problem[] = [];
  let src = raw;
  if (src.length > MAX_RECEIVED_LENGTH) {
    problems.push(problem('received-too-long', 'warning', renderText(cat, 'hdr.recv.too-long', { length: src.length, max: MAX_RECEIVED_LENGTH })));
    src = src.slice(0, MAX_RECEIVED_LENGTH);
  }
  const { toks } = lex(src);
  // RFC 5322 3.6.7: the date-time follows the last ";"
  let semi = -1;
  for (let i = toks.length - 1; i >= 0; i--) if (toks[i]!.t === 'semi') { semi = i; break; }
  let body = semi >= 0 ? toks.slice(0, semi) : toks;
  let date = semi >= 0 ? parseDate(src.slice(toks[semi]!.e)) : null;
  if (semi < 0) {
    // SendGrid writes no ";": "... with SMTP id X 2018-04-22 02:54:17.028704749 +0000 UTC" or
    // "... with HTTP id X Thu, 17 Jun 2021 14:45:16.434 +0000 (UTC)"
    const trailing = trailingDate(src);
    if (trailing) {
      date = trailing.date;
      body = body.filter((t) => t.s < trailing.start);
    } else problems.push(problem('received-no-date', 'warning', renderText(cat, 'hdr.recv.no-date')));
  } else if (!date) problems.push(problem('received-bad-date', 'warning', renderText(cat, 'hdr.recv.bad-date', { date: src.slice(toks[semi]!.e).trim().slice(0, 80) })));

  const { clauses, loose } = toClauses(body);
  const get = (kw: string) => clauses.find((c) => c.kw === kw);
  const fromC = get('from');
  const byC = get('by');
  const withC = get('with');
  const envC = get('envelope-from');
  if (!byC) problems.push(problem('received-no-by', 'info', renderText(cat, 'hdr.recv.no-by')));
  const allComments = clauses.flatMap((c) => c.comments).concat(loose);
  return {
    from: fromC ? readFrom(fromC, src, allComments.some((x) => EXIM_SOFTWARE.test(x))) : null,
    by: byC?.words[0] ?? null,
    byComment: byC && byC.comments.length > 0 ? byC.comments.join(' ') : null,
    with: withC ? withWords(withC).join(' ') || null : null,
    id: get('id')?.words[0] ?? null,
    for: stripAngle(firstRun(get('for'), src)),
    via: get('via')?.words.join(' ') || null,
    envelopeFrom: stripAngle(envC?.words[0]) ?? envelopeFromComment(allComments),
    tls: readTls(withC, allComments),
    date,
    comments: loose,
    raw,
    problems,
  };
}

function toClauses(toks: Tok[]): { clauses: Clause[]; loose: string[] } {
  const clauses: Clause[] = [];
  const loose: string[] = [];
  let cur: Clause | null = null;
  for (const t of toks) {
    const kw = t.t === 'word' ? t.v.toLowerCase() : '';
    if (KEYWORDS.has(kw)) {
      cur = { kw, words: [], comments: [], toks: [], s: t.s, e: t.e };
      clauses.push(cur);
      continue;
    }
    if (t.t === 'comment') (cur ? cur.comments : loose).push(t.v);
    else if (cur && (t.t === 'word' || t.t === 'quoted')) {
      cur.words.push(t.v);
      cur.toks.push(t);
    }
    if (cur) cur.e = t.e;
  }
  for (const c of clauses) c.words = c.words.filter((w) => w !== '');
  return { clauses, loose };
}

/**
 * The first value of a clause as written: its first token and the tokens that touch it, so that
 * `for <"first last"@example.com>` (three tokens, no space between) is read whole.
 */
function firstRun(c: Clause | undefined, src: string): string | undefined {
  const t = c?.toks;
  if (!t || t.length === 0) return undefined;
  let e = t[0]!.e;
  for (let i = 1; i < t.length && t[i]!.s === e; i++) e = t[i]!.e;
  return src.slice(t[0]!.s, e);
}

function stripAngle(v: string | undefined): string | null {
  if (v === undefined) return null;
  return v.replace(/^<|>;?$/g, '');
}

function envelopeFromComment(comments: string[]): string | null {
  for (const c of comments) {
    const m = /^envelope-from\s+<([^>]*)>/i.exec(c);
    if (m) return m[1]!;
  }
  return null;
}

// ---------------------------------------------------------------- from clause

function ipOf(text: string): { ip: string; v: 4 | 6 } | null {
  const t = text.replace(/^\[|\]$/g, '').replace(/^ipv6:/i, '');
  // cheap shape checks first: the library validates by throwing and catching
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(t) && ipaddr.IPv4.isValidFourPartDecimal(t)) return { ip: t, v: 4 };
  if (t.length <= 64 && /^[0-9a-f:.]+$/i.test(t) && t.includes(':') && ipaddr.IPv6.isValid(t)) return { ip: t, v: 6 };
  return null;
}

function cleanName(n: string | undefined): string | null {
  if (!n) return null;
  const at = n.lastIndexOf('@'); // sendmail ident: user@host
  const name = (at >= 0 ? n.slice(at + 1) : n).replace(/\.$/, '');
  return name === '' || name.toLowerCase() === 'unknown' ? null : name;
}

interface FromParts {
  ip: { ip: string; v: 4 | 6 } | null;
  rdns: string | null;
  helo: string | null;
}

/** What one comment of the from clause says. */
function readFromComment(c: string): FromParts {
  // Exim helo=, qmail "HELO name", Yahoo "EHLO name"
  const helo = /(?:^|[\s,;])(?:helo|ehlo)(?:=|\s+)\s*([^\s)\],;]+)/i.exec(c)?.[1] ?? null;
  const bracket = /^(?:(\S+)\s+)?\[([^\]\s]{2,60})\]/.exec(c); // "rdns [ip]" (Postfix, Sendmail, Gmail, Exim "[ip] helo=")
  if (bracket) {
    const ip = ipOf(bracket[2]!);
    const rdns = bracket[1] && bracket[1].toLowerCase() !== 'helo' ? cleanName(bracket[1]) : null;
    return { ip, rdns, helo };
  }
  // qmail "(1.2.3.4)" or "(remoteinfo@1.2.3.4)", Microsoft "(2603:10b6:...)"
  const bare = c.trim();
  const at = bare.lastIndexOf('@');
  return { ip: ipOf(at >= 0 ? bare.slice(at + 1) : bare), rdns: null, helo };
}

/** Exim's from comment when it looked the client up: "[ip]" or "[ip]:port", nothing else. */
const EXIM_ADDR_ONLY = /^\[[^\]\s]{2,60}\](?::\d{1,5})?$/;
const EXIM_SOFTWARE = /^Exim \d/i;

function readFrom(c: Clause, src: string, eximLine: boolean): ReceivedFrom {
  const first = c.words[0] ?? null;
  const parts = c.comments.map(readFromComment);
  const helo = parts.find((p) => p.helo)?.helo ?? null;
  // the address the receiving server saw: a comment's [ip] or bare ip first, then
  // a literal after the name (ZoneMTA "from foo [127.0.0.1]"), then the word itself (Exim "from [ip]")
  const ip = parts.find((p) => p.ip)?.ip ?? (c.words[1] ? ipOf(c.words[1]) : null) ?? (first ? ipOf(first) : null);
  let rdns = parts.find((p) => p.rdns)?.rdns ?? null;
  let claimed = first;
  if (helo) {
    // Exim "from rdns ([ip] helo=name)", qmail "from rdns (HELO name) (ip)": the first word is the
    // name the server looked up, the HELO name is in the comment
    if (!rdns && first && !ipOf(first)) rdns = cleanName(first);
    claimed = helo;
  } else if (eximLine && !rdns && first && !ipOf(first) && c.comments.some((x) => EXIM_ADDR_ONLY.test(x.trim()))) {
    // Exim writes "name ([ip])" only when it found the name by reverse DNS and the HELO matched it
    // (or none was given); an unresolved client is written "[ip] (helo=name)"
    rdns = cleanName(first);
  }
  return {
    claimed,
    rdns,
    ip: ip?.ip ?? null,
    ipVersion: ip?.v ?? null,
    helo,
    text: src.slice(c.s, c.e),
  };
}

// ---------------------------------------------------------------- with clause and TLS

/** Exim writes "with esmtps (TLS1.3) tls CIPHER": the protocol is the words before "tls". */
function withWords(c: Clause): string[] {
  const k = c.words.findIndex((w) => w.toLowerCase() === 'tls');
  return k >= 0 ? c.words.slice(0, k) : c.words;
}

/** RFC 3848 / RFC 6531 protocol names: a trailing S (or SA) means TLS was used. */
const TLS_PROTOS = /^(?:E?SMTPS|ESMTPSA|LMTPS|LMTPSA|UTF8SMTPS|UTF8SMTPSA|UTF8LMTPS|UTF8LMTPSA)$/i;
const PLAIN_PROTOS = /^(?:SMTP|ESMTP|ESMTPA|LMTP|LMTPA|UTF8SMTP|UTF8SMTPA|UTF8LMTP|UTF8LMTPA)$/i;

type TlsAcc = Omit<Partial<ReceivedTls>, 'evidence'> & { evidence: string[] };

function readTls(withC: Clause | undefined, comments: string[]): ReceivedTls | null {
  const tls: TlsAcc = { evidence: [] };
  const proto = withC ? withWords(withC)[0] ?? '' : '';
  if (TLS_PROTOS.test(proto)) {
    tls.used = true;
    tls.evidence.push(`with ${proto}`);
  }
  const k = withC ? withC.words.findIndex((w) => w.toLowerCase() === 'tls') : -1;
  if (withC && k >= 0 && withC.words[k + 1]) {
    tls.cipher = withC.words[k + 1];
    tls.evidence.push(`tls ${tls.cipher}`);
  }
  for (const c of comments) readTlsComment(c, tls);
  if (tls.evidence.length === 0) {
    return PLAIN_PROTOS.test(proto) ? { used: false, evidence: `with ${proto}` } : null;
  }
  return {
    used: true,
    ...(tls.version ? { version: tls.version } : {}),
    ...(tls.cipher ? { cipher: tls.cipher } : {}),
    ...(tls.bits ? { bits: tls.bits } : {}),
    evidence: tls.evidence.join('; '),
  };
}

function readTlsComment(c: string, tls: TlsAcc): void {
  // Postfix: "using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"
  const pf = /using\s+((?:TLS|SSL)v?[\d.]+)\s+with\s+cipher\s+([\w-]+)(?:\s+\((\d+\/\d+)\s+bits\))?/i.exec(c);
  // Exim <= 4.8x: "TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256"
  const ex = /^((?:TLS|SSL)v?[\d._]+):([\w-]+):(\d+)$/i.exec(c);
  // Gmail, Sendmail, Microsoft, Haraka: "version=TLS1_3 cipher=... bits=128/128"
  const version = /\bversion=((?:TLS|SSL)v?[\d._]+)/i.exec(c)?.[1];
  const cipher = /\bcipher=([\w-]+)/i.exec(c)?.[1];
  const bits = /\bbits=(\d+(?:\/\d+)?)/i.exec(c)?.[1];
  if (pf) Object.assign(tls, { version: pf[1], cipher: pf[2], ...(pf[3] ? { bits: pf[3] } : {}) });
  else if (ex) Object.assign(tls, { version: ex[1], cipher: ex[2], bits: ex[3] });
  else if (version || cipher) Object.assign(tls, { ...(version ? { version } : {}), ...(cipher ? { cipher } : {}), ...(bits ? { bits } : {}) });
  else if (/^(?:TLS|SSL)v?[\d._]+$/i.test(c.trim())) tls.version = c.trim(); // Exim 4.9x "(TLS1.3)"
  else if (/^TLS$/i.test(c.trim())) {
    /* Exchange 2010: "with Microsoft SMTP Server (TLS)"; no version given */
  } else if (/^Google Transport Security$/i.test(c.trim())) {
    /* Gmail's internal TLS; no version given */
  } else return;
  tls.used = true;
  tls.evidence.push(`(${c})`);
}

// ---------------------------------------------------------------- date

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 5322 4.3 obsolete zones; other alphabetic zones are treated as -0000 (unknown). */
const ZONES: Record<string, number> = { ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420 };
const DATE_RE = /^(?:[A-Za-z]{3},?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[a-z]*[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.(\d{1,9}))?\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,5})?/;

/** RFC 5322 section 3.3 date-time (with the obsolete forms of 4.3). Null when invalid. */
export function parseDate(text: string): ReceivedDate | null {
  const t = text.trim().slice(0, 200);
  const m = DATE_RE.exec(t.replace(/\([^)]*\)/g, ' ').trim());
  if (!m) return parseIsoLikeDate(t);
  const day = Number(m[1]);
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (m[3]!.length === 3) year += 1900;
  const [hh, mm, ss] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (month < 0 || day < 1 || hh > 23 || mm > 59 || ss > 60) return null;
  // "+05:30" is not RFC 5322, but some servers write it; reading it as -0000 would shift the time
  const z = (m[8] ?? '-0000').replace(':', '');
  let offset: number;
  if (/^[+-]\d{4}$/.test(z)) {
    const h = Number(z.slice(1, 3));
    const mi = Number(z.slice(3));
    if (mi > 59) return null;
    offset = (z[0] === '-' ? -1 : 1) * (h * 60 + mi);
  } else offset = ZONES[z.toLowerCase()] ?? 0;
  // Date.UTC reads years 0-99 as 1900-1999: set the full year explicitly
  const at = new Date(Date.UTC(2000, month, day, hh, mm, Math.min(ss, 59)));
  at.setUTCFullYear(year);
  const local = at.getTime();
  if (new Date(local).getUTCDate() !== day) return null; // e.g. 31 Feb
  const epochMs = local - offset * 60_000 + fractionMs(m[7]);
  const sign = offset < 0 || z.startsWith('-') ? '-' : '+';
  const abs = Math.abs(offset);
  return {
    epochMs,
    iso: new Date(epochMs).toISOString(),
    zone: `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`,
    offsetMinutes: offset,
    text: t,
  };
}

/** Milliseconds of a fraction of a second ("028704749" → 28); the rest is dropped. */
function fractionMs(f: string | undefined): number {
  return f ? Math.floor(Number(`0.${f}`) * 1000) : 0;
}

/** Go's time.Time.String(), as SendGrid writes it: "2018-04-22 02:54:17.028704749 +0000 UTC [m=+1.2]"; also ISO 8601. */
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.(\d{1,9}))?\s*(Z|[+-]\d{2}:?\d{2})?(?:\s+[A-Z]{2,5})?(?:\s+m=[+-][\d.]+)?\s*$/;

function parseIsoLikeDate(t: string): ReceivedDate | null {
  const m = ISO_RE.exec(t.trim());
  if (!m) return null;
  const [y, mo, d, hh, mm, ss] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || hh > 23 || mm > 59 || ss > 60) return null;
  const z = !m[8] || m[8] === 'Z' ? '+0000' : m[8].replace(':', '');
  const offset = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3)));
  if (Number(z.slice(3)) > 59) return null;
  const at = new Date(Date.UTC(2000, mo - 1, d, hh, mm, Math.min(ss, 59)));
  at.setUTCFullYear(y);
  if (at.getUTCDate() !== d) return null;
  const epochMs = at.getTime() - offset * 60_000 + fractionMs(m[7]);
  return { epochMs, iso: new Date(epochMs).toISOString(), zone: z, offsetMinutes: offset, text: t.trim().slice(0, 200) };
}

const TRAILING_GO = /(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,9})?\s*[+-]\d{4}(?:\s+[A-Z]{2,5})?(?:\s+m=[+-][\d.]+)?)\s*$/;
const TRAILING_RFC = /((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s*)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,9})?\s*(?:[+-]\d{4}|[A-Z]{1,5})?(?:\s*\([^)]*\))?)\s*$/i;

/** A date at the end of a Received value that has no ";" before it (SendGrid). */
function trailingDate(src: string): { date: ReceivedDate; start: number } | null {
  const tail = src.length > 300 ? src.slice(-300) : src;
  const off = src.length - tail.length;
  for (const re of [TRAILING_GO, TRAILING_RFC]) {
    const m = re.exec(tail);
    if (!m) continue;
    const date = parseDate(m[1]!);
    if (date) return { date, start: off + m.index };
  }
  return null;
}

// ---------------------------------------------------------------- hops

export type HopSide = 'receiver' | 'sender-claimed' | 'unknown';

export interface Hop {
  /** 0 = the oldest hop (the bottom Received) */
  index: number;
  /** line of the Received field in the message */
  line: number;
  ip: string | null;
  /** the name the client claimed (HELO) */
  from: string | null;
  rdns: string | null;
  by: string | null;
  with: string | null;
  id: string | null;
  for: string | null;
  tls: ReceivedTls | null;
  /** ISO 8601 UTC */
  date: string | null;
  epochMs: number | null;
  zone: string | null;
  /** seconds since the hop below (older); negative when the clocks disagree */
  delaySeconds: number | null;
  skew: boolean;
  side: HopSide;
  parsed: ParsedReceived;
}

export interface Boundary {
  hop: Hop;
  clientIp: string | null;
  helo: string | null;
  reason: string;
  rule: RuleRef;
}

export interface HopsResult {
  /** oldest first */
  hops: Hop[];
  /** seconds from the oldest dated hop to the newest dated hop */
  totalDelaySeconds: number | null;
  boundary: Boundary | null;
  problems: Problem[];
}

function toHop(p: ParsedReceived, line: number, index: number): Hop {
  return {
    index,
    line,
    ip: p.from?.ip ?? null,
    from: p.from?.claimed ?? null,
    rdns: p.from?.rdns ?? null,
    by: p.by,
    with: p.with,
    id: p.id,
    for: p.for,
    tls: p.tls,
    date: p.date?.iso ?? null,
    epochMs: p.date?.epochMs ?? null,
    zone: p.date?.zone ?? null,
    delaySeconds: null,
    skew: false,
    side: 'unknown',
    parsed: p,
  };
}

/**
 * Build the hop list from the Received fields as they appear in the message (topmost first).
 * Each server prepends its line (RFC 5321 4.4), so the bottom one is the oldest.
 */
export function buildHops(received: { value: string; line: number }[], opts: { receiverAuthservIds?: string[]; cat?: Catalogue } = {}): HopsResult {
  const cat = opts.cat ?? EN_CATALOGUE;
  const problems: Problem[] = [];
  let list = received;
  if (list.length > MAX_HOPS) {
    problems.push(problem('received-too-many', 'warning', renderText(cat, 'hdr.recv.too-many', { n: list.length, max: MAX_HOPS })));
    list = list.slice(0, MAX_HOPS);
  }
  const hops = list
    .slice()
    .reverse()
    .map((r, i) => toHop(parseReceived(r.value, cat), r.line, i));
  for (let i = 1; i < hops.length; i++) {
    const prev = hops[i - 1]!;
    const cur = hops[i]!;
    if (prev.epochMs === null || cur.epochMs === null) continue;
    cur.delaySeconds = Math.round((cur.epochMs - prev.epochMs) / 1000);
    if (cur.delaySeconds < 0) {
      cur.skew = true;
      problems.push({
        ...problem('received-clock-skew', 'info', renderText(cat, 'hdr.recv.clock-skew', { line: cur.line, seconds: -cur.delaySeconds, below: prev.line })),
        params: { line: cur.line, seconds: cur.delaySeconds },
      });
    }
  }
  for (const h of hops) {
    if (h.delaySeconds !== null && h.delaySeconds > GAP_SECONDS) {
      problems.push({
        ...problem('received-gap', 'warning', renderText(cat, 'recv.received-gap', { line: h.line, below: hops[h.index - 1]!.line, hours: Math.round(h.delaySeconds / 3600) })),
        params: { line: h.line, below: hops[h.index - 1]!.line, hours: Math.round(h.delaySeconds / 3600) },
      });
    }
  }
  const dated = hops.filter((h) => h.epochMs !== null);
  const totalDelaySeconds = dated.length >= 2 ? Math.round((dated[dated.length - 1]!.epochMs! - dated[0]!.epochMs!) / 1000) : null;
  const boundary = opts.receiverAuthservIds ? boundaryHop(hops, opts.receiverAuthservIds, cat) : null;
  if (boundary) for (const h of hops) h.side = h.index >= boundary.hop.index ? 'receiver' : 'sender-claimed';
  return { hops, totalDelaySeconds, boundary, problems };
}

function norm(n: string): string {
  return n.trim().toLowerCase().replace(/\.$/, '');
}

/** Equal names, or names under the same registrable domain (Public Suffix List, ICANN section). */
function sameOrg(a: string | null, ids: string[]): string | null {
  if (!a) return null;
  const n = norm(a);
  const org = getDomain(n);
  for (const id of ids) if (n === id || (org !== null && org === getDomain(id))) return id;
  return null;
}

function isInternalIp(ip: string | null): boolean {
  if (!ip) return false;
  try {
    const r = ipaddr.process(ip).range();
    return ['private', 'loopback', 'linkLocal', 'uniqueLocal', 'carrierGradeNat'].includes(r);
  } catch {
    return false;
  }
}

/**
 * The hop where the receiver took the message from the outside: the topmost Received written by a
 * server whose `by` name matches (or shares an organisation with) the authserv-id, then down through
 * the receiver's own relays (a `from` inside the same organisation or on a private address) while
 * the hop below is also written by the receiver. Its client IP and HELO are what the receiver
 * checked SPF against. Hops are oldest first.
 */
export function boundaryHop(hops: Hop[], authservIds: string[], cat: Catalogue = EN_CATALOGUE): Boundary | null {
  const ids = authservIds.filter((s) => typeof s === 'string' && s.trim() !== '').map(norm);
  if (ids.length === 0) return null;
  let k = -1;
  let matched: string | null = null;
  for (let i = hops.length - 1; i >= 0; i--) {
    matched = sameOrg(hops[i]!.by, ids);
    if (matched) { k = i; break; }
  }
  if (k < 0 || !matched) return null;
  const top = k;
  while (k > 0 && (sameOrg(hops[k]!.rdns ?? hops[k]!.from, ids) || isInternalIp(hops[k]!.ip)) && sameOrg(hops[k - 1]!.by, ids)) k--;
  const hop = hops[k]!;
  const client = `${hop.ip ?? renderText(cat, 'hdr.recv.unnamed-address')}${hop.from ? `, HELO ${hop.from}` : ''}`;
  const params = { line: hops[top]!.line, by: hops[top]!.by ?? '', id: matched, hopLine: hop.line, client };
  const reason = renderText(cat, k !== top ? 'hdr.recv.boundary.relayed' : 'hdr.recv.boundary', params);
  return { hop, clientIp: hop.ip, helo: hop.from, reason, rule: rfc(5321, '4.4') };
}
