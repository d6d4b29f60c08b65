// Finds e-mail addresses and IP addresses in free text (header values, Received lines,
// Authentication-Results comments) by linear scans: no backtracking regex on hostile input.
import ipaddr from 'ipaddr.js';

export interface AddressHit {
  /** offset of the local part (after any `key=` prefix such as smtp.mailfrom=) */
  start: number;
  /** offset just after the domain */
  end: number;
  local: string;
  domain: string;
}

export interface IpHit {
  start: number;
  end: number;
  ip: string;
  family: 4 | 6;
}

const MAX_LOCAL = 256;
const MAX_DOMAIN = 255;

/** RFC 5322 atext plus '.', and non-ASCII (RFC 6532). */
function isLocalChar(c: number): boolean {
  if (c >= 0x80) return true;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  return "!#$%&'*+-/=?^_`{|}~.".includes(String.fromCharCode(c));
}

function isDomainChar(c: number): boolean {
  return c >= 0x80 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x2e;
}

/**
 * `key=` prefixes glued to an address in Authentication-Results (RFC 8601 2.2 `ptype.property=`),
 * Received-SPF (RFC 7208 9.1 `envelope-from=`) and DKIM (`i=`). '=' is legal in a local part
 * (SRS, VERP), so only these shapes are cut off.
 */
const KEY_PREFIX = /^(?:[A-Za-z][A-Za-z0-9-]{0,30}\.[A-Za-z0-9.-]{1,40}|i|envelope-from|mailfrom|from|sender|helo|identity|receiver|to|rcpt|rcptto)$/i;

/** Every `local@domain` in text[from, to), in order. */
export function findAddresses(source: string, from = 0, to = source.length): AddressHit[] {
  // Scanning a slice keeps every search inside [from, to), however many segments a caller scans.
  const text = source.slice(from, to);
  return scanAddresses(text).map((h) => ({ ...h, start: h.start + from, end: h.end + from }));
}

function scanAddresses(text: string): AddressHit[] {
  const hits: AddressHit[] = [];
  const to = text.length;
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > floor && at - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    if (text[e] === '[') {
      // address literal, e.g. postmaster@[192.0.2.1] (RFC 5321 4.1.3)
      const close = text.indexOf(']', e);
      e = close > 0 && close < to && close - e < 64 ? close + 1 : e;
    } else {
      while (e < to && e - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) e++;
      while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    }
    while (s < at && text[s] === '.') s++;
    // the first '=' in the local part (at most MAX_LOCAL characters: an unbounded indexOf from
    // every '@' would make a long run of "a@" quadratic)
    let eq = s;
    while (eq < at && text[eq] !== '=') eq++;
    if (eq < at && KEY_PREFIX.test(text.slice(s, eq))) s = eq + 1;
    const domain = text.slice(at + 1, e);
    if (s === at || !/[A-Za-z0-9\u0080-\uffff]/.test(domain)) continue;
    hits.push({ start: s, end: e, local: text.slice(s, at), domain });
    floor = e;
  }
  return hits;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_]/.test(c);
}

/** Dotted-quad IPv4 (RFC 3986 3.2.2 dec-octet: no leading zeros). */
export function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(?:0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}

function isIPv6(s: string): boolean {
  return /[0-9A-Fa-f]/.test(s) && ipaddr.IPv6.isValid(s);
}

/** Every IPv4 and IPv6 address in text[from, to) that stands alone (not inside a longer word). */
export function findIps(source: string, from = 0, to = source.length): IpHit[] {
  const text = source.slice(from, to);
  return scanIps(text).map((h) => ({ ...h, start: h.start + from, end: h.end + from }));
}

/** Longest textual IPv6 address: eight groups, or six and an IPv4 tail (RFC 4291 2.2). */
const MAX_IP_RUN = 45;

function scanIps(text: string): IpHit[] {
  const hits: IpHit[] = [];
  const run = /[0-9A-Fa-f:.]+/g;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    let start = m.index;
    let s = m[0];
    if (isWordChar(text[start - 1])) {
      // glued to a word: keep what follows its first colon ("IPv6:2001:db8::1", "ip:192.0.2.1")
      const colon = s.indexOf(':');
      if (colon < 0) continue;
      start += colon + 1;
      s = s.slice(colon + 1);
    }
    if (isWordChar(text[m.index + m[0].length])) continue;
    while (s.startsWith('.')) {
      s = s.slice(1);
      start++;
    }
    s = trimDots(s);
    if (s.includes(':') && s.length <= MAX_IP_RUN && isIPv6(s)) hits.push({ start, end: start + s.length, ip: s, family: 6 });
    else collectV4Pieces(s, start, hits);
  }
  return hits;
}

/**
 * Drops trailing (and optionally leading) dots. A loop, not `/\.+$/`: that regex is quadratic on
 * a long run of dots followed by anything else ("1.....1").
 */
function trimDots(s: string, leading = false): string {
  let a = 0;
  let b = s.length;
  if (leading) while (a < b && s[a] === '.') a++;
  while (b > a && s[b - 1] === '.') b--;
  return s.slice(a, b);
}

/** "192.0.2.1:25" and the like: the IPv4 pieces between colons. */
function collectV4Pieces(s: string, start: number, hits: IpHit[]): void {
  let off = 0;
  for (const piece of s.split(':')) {
    const p = trimDots(piece, true);
    if (isIPv4(p)) {
      const at = start + off + piece.indexOf(p);
      hits.push({ start: at, end: at + p.length, ip: p, family: 4 });
    }
    off += piece.length + 1;
  }
}

/** A stable key for an address: "2001:DB8:0::1" and "2001:db8::1" are the same host. */
export function ipKey(hit: IpHit): string {
  return hit.family === 6 ? ipaddr.IPv6.parse(hit.ip).toNormalizedString() : hit.ip;
}
