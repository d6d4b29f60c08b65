// The DoH JSON API (Cloudflare application/dns-json, Google /resolve). Not an RFC: the shape
// is {Status, TC, RD, RA, AD, CD, Question, Answer: [{name, type, TTL, data}]}, with `data`
// in DNS presentation format (RFC 1035 section 5.1).
import { normName, type DnsRecord, type DnsStatus, type RRType } from './types.ts';
import { RR_TYPE_NUMBERS, decodeTxtBytes, type ParseFailure, type ParsedAnswer } from './wire.ts';

/** JSON Status is the DNS RCODE (RFC 1035 4.1.1, RFC 6895 2.3). */
const STATUS: Record<number, DnsStatus> = { 0: 'NOERROR', 2: 'SERVFAIL', 3: 'NXDOMAIN', 5: 'REFUSED' };
const utf8 = new TextEncoder();
const RCODE_NAMES: Record<number, string> = { 1: 'FORMERR', 4: 'NOTIMP' };

interface JsonRecord {
  name: string;
  type: number;
  TTL?: number;
  data: string;
}

/** Parses a JSON DoH body answering a question of `type`. Never throws. */
export function parseJsonResponse(text: string, type: RRType): ParsedAnswer | ParseFailure {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { failure: describeBadJson(text) };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { failure: 'the JSON answer is not an object' };
  }
  const o = body as Record<string, unknown>;
  if (typeof o.Status !== 'number') return { failure: 'the JSON answer has no numeric Status' };
  const status = STATUS[o.Status];
  if (!status) {
    const label = RCODE_NAMES[o.Status] ?? `RCODE ${o.Status}`;
    return { failure: `the resolver answered with response code ${label} (Status ${o.Status})` };
  }
  const raw = o.Answer ?? [];
  if (!Array.isArray(raw) || !raw.every(isJsonRecord)) return { failure: 'the JSON Answer section is malformed' };
  const wanted = RR_TYPE_NUMBERS[type];
  const answers: DnsRecord[] = [];
  const chain: string[] = [];
  for (const r of raw) {
    if (r.type === RR_TYPE_NUMBERS.CNAME && type !== 'CNAME') chain.push(normName(r.data));
    else if (r.type === wanted) answers.push(jsonRecord(r, type));
  }
  const error = status === 'SERVFAIL' ? 'the resolver answered SERVFAIL (server failure)' : undefined;
  return { status, answers, chain, ad: o.AD === true, truncated: o.TC === true, ...(error ? { error } : {}) };
}

function describeBadJson(text: string): string {
  const t = text.trim();
  if (t === '') return 'the answer body is empty';
  if (t.startsWith('{') || t.startsWith('[')) return 'the JSON answer is truncated or malformed';
  return `the answer is not JSON (it starts with ${JSON.stringify(t.slice(0, 20))})`;
}

function isJsonRecord(r: unknown): r is JsonRecord {
  if (typeof r !== 'object' || r === null) return false;
  const o = r as Record<string, unknown>;
  return (
    typeof o.name === 'string' &&
    typeof o.type === 'number' &&
    typeof o.data === 'string' &&
    (o.TTL === undefined || typeof o.TTL === 'number')
  );
}

function jsonRecord(r: JsonRecord, type: RRType): DnsRecord {
  const name = normName(r.name);
  const ttl = Math.max(0, Math.floor(r.TTL ?? 0));
  switch (type) {
    case 'TXT':
    case 'SPF':
      return { name, type, ttl, ...parseTxtData(r.data) };
    case 'MX': {
      const m = /^\s*(\d{1,5})\s+(\S+)\s*$/.exec(r.data);
      if (!m) return { name, type, ttl, data: r.data.trim() };
      const priority = Number(m[1]);
      const exchange = normName(m[2]!);
      return { name, type, ttl, data: `${priority} ${exchange}`, priority, exchange };
    }
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return { name, type, ttl, data: normName(r.data) };
    default:
      return { name, type, ttl, data: r.data.trim() };
  }
}

/**
 * TXT `data` from a JSON answer. Cloudflare quotes each character-string and separates them by
 * spaces ("\"a\" \"b\""), escaping per RFC 1035 5.1: \" \\ and \DDD (a decimal byte). The
 * strings are joined with NO separator (RFC 7208 3.3, RFC 6376 3.6.2.2). Data that is not
 * entirely quoted strings (Google sometimes sends the bare text) is taken as is.
 */
export function parseTxtData(data: string): { data: string; strings: string[] } {
  const parts = splitQuoted(data);
  if (!parts) return data === '' ? { data: '', strings: [] } : { data, strings: [data] };
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    joined.set(p, at);
    at += p.length;
  }
  return { data: decodeTxtBytes(joined), strings: parts.map((p) => decodeTxtBytes(Uint8Array.from(p))) };
}

/** The bytes of each quoted string, or undefined when `data` is not a list of quoted strings. */
function splitQuoted(data: string): number[][] | undefined {
  const cps = Array.from(data);
  const out: number[][] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < cps.length && /\s/.test(cps[i]!)) i++;
  };
  skipSpace();
  if (cps[i] !== '"') return undefined;
  while (i < cps.length) {
    if (cps[i] !== '"') return undefined;
    i++;
    const bytes: number[] = [];
    let closed = false;
    while (i < cps.length) {
      const c = cps[i]!;
      if (c === '"') {
        closed = true;
        i++;
        break;
      }
      if (c === '\\') {
        const esc = readEscape(cps, i + 1);
        if (!esc) return undefined;
        bytes.push(...esc.bytes);
        i = esc.next;
      } else {
        bytes.push(...utf8.encode(c));
        i++;
      }
    }
    if (!closed) return undefined;
    out.push(bytes);
    skipSpace();
  }
  return out;
}

/** RFC 1035 5.1: \DDD is the byte with decimal value DDD; \X is X itself. */
function readEscape(cps: string[], at: number): { bytes: number[]; next: number } | undefined {
  const d = cps.slice(at, at + 3).join('');
  if (/^\d{3}$/.test(d)) {
    const v = Number(d);
    return v <= 255 ? { bytes: [v], next: at + 3 } : undefined;
  }
  const c = cps[at];
  if (c === undefined) return undefined;
  return { bytes: [...utf8.encode(c)], next: at + 1 };
}
