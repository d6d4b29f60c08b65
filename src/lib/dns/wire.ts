// RFC 8484 wire format helpers: query encoding, response decoding, and the byte/text rules
// for TXT character-strings shared with the JSON parser. Pure TypeScript (no Buffer).
import * as dnsPacket from '@leichtgewicht/dns-packet';
import type { Answer, Packet } from '@leichtgewicht/dns-packet';
import { normName, type DnsRecord, type DnsStatus, type RRType } from './types.ts';

/** What a resolver said, before transport details (server, timing) are added. */
export interface ParsedAnswer {
  status: DnsStatus;
  answers: DnsRecord[];
  chain: string[];
  ad: boolean;
  /** TC flag: the resolver says the answer was truncated (RFC 1035 4.1.1) */
  truncated: boolean;
  error?: string;
}

/** A response that could not be understood: the reason names the problem. */
export interface ParseFailure {
  failure: string;
}

export const RR_TYPE_NUMBERS: Readonly<Record<RRType, number>> = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  MX: 15,
  TXT: 16,
  AAAA: 28,
  SPF: 99,
};

/**
 * Why a name cannot be put in a DNS question (RFC 1035 2.3.4: labels of 1..63 octets,
 * 255 octets on the wire), or undefined when it can. The root ('' after normName) is valid.
 */
export function invalidNameReason(name: string): string | undefined {
  if (name === '') return undefined;
  const bytes = utf8Length(name);
  if (bytes > 253) return `the name is ${bytes} octets long (the limit is 253)`;
  for (const label of name.split('.')) {
    if (label === '') return 'the name has an empty label (two dots in a row, or a leading dot)';
    const n = utf8Length(label);
    if (n > 63) return `a label is ${n} octets long (the limit is 63)`;
  }
  return undefined;
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

// ---- TXT bytes ⇄ text --------------------------------------------------------------------

/**
 * Character-strings are bytes (RFC 1035 3.3.14). Shown as UTF-8 when they are valid UTF-8,
 * otherwise byte-for-byte as Latin-1 (U+0000..U+00FF), so no byte is lost or replaced.
 */
export function decodeTxtBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let s = '';
    for (let i = 0; i < bytes.length; i += 4096) {
      s += String.fromCharCode(...bytes.subarray(i, i + 4096));
    }
    return s;
  }
}

/**
 * `strings` decoded one by one, `data` decoded from the joined bytes (so a UTF-8 character
 * split across a 255-octet boundary still decodes).
 */
export function txtFromChunks(chunks: Uint8Array[]): { data: string; strings: string[] } {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    joined.set(c, at);
    at += c.length;
  }
  return { data: decodeTxtBytes(joined), strings: chunks.map(decodeTxtBytes) };
}

/** Splits TXT-format RDATA (length-prefixed character-strings); used for SPF (type 99). */
export function splitCharacterStrings(rdata: Uint8Array): Uint8Array[] | undefined {
  const out: Uint8Array[] = [];
  let i = 0;
  while (i < rdata.length) {
    const len = rdata[i]!;
    if (i + 1 + len > rdata.length) return undefined;
    out.push(rdata.subarray(i + 1, i + 1 + len));
    i += 1 + len;
  }
  return out;
}

// ---- query / response ----------------------------------------------------------------------

/**
 * An RFC 8484 query. ID 0 (section 4.1: friendlier to HTTP caches); RD set; AD set to ask the
 * resolver to report DNSSEC validation (RFC 6840 section 5.7). The name must be valid.
 */
export function encodeQuery(name: string, type: RRType): Uint8Array {
  return dnsPacket.encode({
    type: 'query',
    id: 0,
    flags: dnsPacket.RECURSION_DESIRED | dnsPacket.AUTHENTIC_DATA,
    questions: [{ type, name: name === '' ? '.' : name, class: 'IN' }],
  });
}

const RCODES: Record<string, DnsStatus> = {
  NOERROR: 'NOERROR',
  SERVFAIL: 'SERVFAIL',
  NXDOMAIN: 'NXDOMAIN',
  REFUSED: 'REFUSED',
};

/** Decodes an RFC 8484 response to the question (name, type). Never throws. */
export function decodeWireResponse(bytes: Uint8Array, name: string, type: RRType): ParsedAnswer | ParseFailure {
  // dns-packet reads past the end of a short buffer without complaint: check the framing first
  if (!framedWithin(bytes)) return { failure: 'the DNS message is truncated or malformed' };
  let packet: Packet;
  try {
    packet = dnsPacket.decode(bytes);
  } catch (e) {
    return { failure: `the DNS message could not be decoded (${(e as Error).message})` };
  }
  if (packet.type !== 'response') return { failure: 'the DNS message is a query, not a response' };
  const q = packet.questions?.[0];
  if (!q || normName(q.name) !== name || q.type !== type) {
    return { failure: `the response answers a different question (${q ? `${q.name} ${q.type}` : 'none'})` };
  }
  const rcode = String(packet.rcode ?? 'NOERROR');
  const status = RCODES[rcode];
  const truncated = packet.flag_tc === true;
  const ad = packet.flag_ad === true;
  if (!status) return { failure: `the resolver answered with response code ${rcode}` };
  const answers: DnsRecord[] = [];
  const chain: string[] = [];
  for (const a of packet.answers ?? []) {
    if (a.type === 'CNAME' && type !== 'CNAME') chain.push(normName(a.data));
    else if (a.type === type) {
      const rec = wireRecord(a, type);
      if (!rec) return { failure: `a ${type} record in the answer is malformed` };
      answers.push(rec);
    }
  }
  const error = status === 'SERVFAIL' ? 'the resolver answered SERVFAIL (server failure)' : undefined;
  return { status, answers, chain, ad, truncated, ...(error ? { error } : {}) };
}

/**
 * True when every section the header announces fits in the message (RFC 1035 4.1): each name
 * ends (a zero octet or a 2-octet pointer) and each RR's RDLENGTH stays inside the bytes.
 */
function framedWithin(m: Uint8Array): boolean {
  if (m.length < 12) return false;
  const u16 = (i: number) => (m[i]! << 8) | m[i + 1]!;
  const questions = u16(4);
  const records = u16(6) + u16(8) + u16(10);
  let at = 12;
  const skipName = (): boolean => {
    while (at < m.length) {
      const len = m[at]!;
      if (len === 0) return ++at <= m.length;
      if ((len & 0xc0) === 0xc0) return (at += 2) <= m.length;
      if (len & 0xc0) return false;
      at += 1 + len;
    }
    return false;
  };
  for (let i = 0; i < questions; i++) {
    if (!skipName() || (at += 4) > m.length) return false;
  }
  for (let i = 0; i < records; i++) {
    if (!skipName() || at + 10 > m.length) return false;
    at += 10 + u16(at + 8);
    if (at > m.length) return false;
  }
  return true;
}

function wireRecord(a: Answer, type: RRType): DnsRecord | undefined {
  const name = normName(a.name);
  const ttl = a.ttl ?? 0;
  if (type === 'SPF') {
    // dns-packet has no SPF codec: the RDATA arrives raw, in TXT format (RFC 7208 3.1)
    const raw: unknown = a.data;
    const chunks = raw instanceof Uint8Array ? splitCharacterStrings(raw) : undefined;
    return chunks ? { name, type, ttl, ...txtFromChunks(chunks) } : undefined;
  }
  switch (a.type) {
    case 'TXT': {
      const chunks = (Array.isArray(a.data) ? a.data : [a.data]).map((c) =>
        typeof c === 'string' ? new TextEncoder().encode(c) : c,
      );
      return { name, type, ttl, ...txtFromChunks(chunks) };
    }
    case 'MX': {
      const exchange = normName(a.data.exchange);
      const priority = a.data.preference ?? 0;
      return { name, type, ttl, data: `${priority} ${exchange}`, priority, exchange };
    }
    case 'A':
    case 'AAAA':
      return { name, type, ttl, data: a.data };
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return { name, type, ttl, data: normName(a.data) };
    case 'SOA': {
      const s = a.data;
      const parts = [normName(s.mname), normName(s.rname), s.serial, s.refresh, s.retry, s.expire, s.minimum];
      return { name, type, ttl, data: parts.join(' ') };
    }
    default:
      return undefined;
  }
}
