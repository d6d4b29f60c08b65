// Canonicalization (RFC 6376 3.4) and header selection (RFC 6376 5.4.2), on exact bytes.
// Header text is handled as binary strings (one char per byte, see message/raw.ts).
import type { RawHeader } from '../message/raw.ts';
import type { Canon } from './signature.ts';

/** RFC 6376 3.4.2 relaxed header canonicalization of one field, with its CRLF. */
export function relaxedHeader(name: string, value: string): string {
  // unfold, turn every WSP run into one SP, drop WSP at both ends of the value (and so around the colon)
  const v = value.replace(/\r?\n/g, '').replace(/[ \t]+/g, ' ').replace(/^ | $/g, '');
  return `${name.toLowerCase()}:${v}\r\n`;
}

/** One header field canonicalized; `simple` keeps the bytes exactly (RFC 6376 3.4.1). */
export function canonHeader(h: RawHeader, canon: Canon): string {
  return canon === 'simple' ? h.raw : relaxedHeader(h.name, h.value);
}

/**
 * The signature field itself as it enters the hash: b= value emptied (RFC 6376 3.7 step 2,
 * "including all surrounding whitespace") and no trailing CRLF.
 */
export function canonSignatureField(h: RawHeader, canon: Canon): string {
  const colon = h.raw.indexOf(':');
  const value = emptyBTag(h.value);
  if (canon === 'relaxed') return relaxedHeader(h.name, value).slice(0, -2);
  return h.raw.slice(0, colon + 1) + value;
}

/** Delete the value of the tag named exactly "b" (not "bh"), keeping everything else. */
export function emptyBTag(value: string): string {
  let out = '';
  let pos = 0;
  while (pos <= value.length) {
    const semi = value.indexOf(';', pos);
    const end = semi === -1 ? value.length : semi;
    const spec = value.slice(pos, end);
    const eq = spec.indexOf('=');
    out += eq !== -1 && spec.slice(0, eq).trim() === 'b' ? spec.slice(0, eq + 1) : spec;
    if (semi === -1) break;
    out += ';';
    pos = semi + 1;
  }
  return out;
}

export interface SelectedHeader {
  /** the h= entry as written */
  name: string;
  /** the field chosen, or null when there are fewer instances than h= names (signed as empty) */
  header: RawHeader | null;
}

/**
 * RFC 6376 5.4.2: for each h= name pick the last not-yet-used instance, scanning bottom-up.
 * Names listed more often than they occur select nothing ("over-signing": the null string).
 */
export function selectHeaders(pool: RawHeader[], names: string[]): SelectedHeader[] {
  const byKey = new Map<string, RawHeader[]>();
  for (const h of pool) {
    const list = byKey.get(h.key);
    if (list) list.push(h);
    else byKey.set(h.key, [h]);
  }
  const used = new Map<string, number>();
  return names.map((name) => {
    const key = name.toLowerCase();
    const list = byKey.get(key) ?? [];
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    const header = n < list.length ? list[list.length - 1 - n]! : null;
    return { name, header };
  });
}

/** The exact header data a signature covers, as a binary string (RFC 6376 3.7). */
export function headerHashInput(selected: SelectedHeader[], sigField: RawHeader, canon: Canon): string {
  let s = '';
  for (const { header } of selected) if (header) s += canonHeader(header, canon);
  return s + canonSignatureField(sigField, canon);
}

const CR = 0x0d;
const LF = 0x0a;
const SP = 0x20;
const TAB = 0x09;

/** RFC 6376 3.4.3 simple body: drop trailing empty lines, end with exactly one CRLF. */
export function simpleBody(body: Uint8Array): Uint8Array {
  let end = body.length;
  while (end >= 2 && body[end - 2] === CR && body[end - 1] === LF) end -= 2;
  const out = new Uint8Array(end + 2);
  out.set(body.subarray(0, end));
  out[end] = CR;
  out[end + 1] = LF;
  return out;
}

/**
 * RFC 6376 3.4.4 relaxed body: WSP runs become one SP, WSP at line ends is removed, trailing
 * empty lines are removed, a non-empty body ends with CRLF. One pass over the bytes.
 */
export function relaxedBody(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 2);
  let o = 0;
  let wsp = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === SP || c === TAB) {
      wsp = true;
    } else if (c === CR && body[i + 1] === LF) {
      out[o++] = CR;
      out[o++] = LF;
      wsp = false;
      i++;
    } else {
      if (wsp) out[o++] = SP;
      wsp = false;
      out[o++] = c;
    }
  }
  while (o >= 2 && out[o - 2] === CR && out[o - 1] === LF) o -= 2;
  if (o > 0) {
    out[o++] = CR;
    out[o++] = LF;
  }
  return out.subarray(0, o);
}

export function canonBody(body: Uint8Array, canon: Canon): Uint8Array {
  return canon === 'simple' ? simpleBody(body) : relaxedBody(body);
}
