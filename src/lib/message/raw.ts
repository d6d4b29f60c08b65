// The exact-bytes view of a message: what DKIM and ARC canonicalise.
// Messages are held as Uint8Array; header text is handled as "binary strings" (one char per
// byte, code 0-255) so that no byte is changed by a decode/encode round trip.

export interface RawHeader {
  /** position among the message's header fields, 0 = topmost */
  index: number;
  /** the field name exactly as written (no trailing whitespace) */
  name: string;
  /** the field name lowercased */
  key: string;
  /** the whole field as a binary string: every folded line, each ending in CRLF */
  raw: string;
  /** the value after the colon as a binary string, folding kept, without the final CRLF */
  value: string;
  /** 1-based line number of the field's first line in the normalised message */
  line: number;
}

export interface RawMessage {
  bytes: Uint8Array;
  headers: RawHeader[];
  /** offset of the body (after the blank line) in `bytes`; bytes.length when there is none */
  bodyOffset: number;
  /** false for a headers-only paste (no blank line separating a body) */
  hasBody: boolean;
  body: Uint8Array;
  /** header-block lines that were not valid fields (kept out of `headers`) */
  junk: { line: number; text: string }[];
}

/** Bytes per String.fromCharCode call: far below any engine's argument-count limit. */
const BINARY_CHUNK = 8192;

export function bytesToBinary(b: Uint8Array): string {
  // a typed array is array-like: apply() reads it directly, without an intermediate Array
  if (b.length <= BINARY_CHUNK) return String.fromCharCode.apply(null, b as unknown as number[]);
  let s = '';
  for (let i = 0; i < b.length; i += BINARY_CHUNK) s += String.fromCharCode.apply(null, b.subarray(i, i + BINARY_CHUNK) as unknown as number[]);
  return s;
}

export function binaryToBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });
/** Decode a binary string (bytes) as UTF-8 for display. */
export function binaryToText(s: string): string {
  return utf8.decode(binaryToBytes(s));
}

/** Unfold a header value for display: CRLF followed by WSP is removed (RFC 5322 2.2.3). */
export function unfold(value: string): string {
  return value.replace(/\r?\n(?=[ \t])/g, '');
}

const FIELD = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/;

/**
 * Split a CRLF message (as produced by normalisePaste) into header fields and body.
 * Bare LF is also accepted as a line end so that LF-only data can be split, but DKIM callers
 * should pass CRLF data.
 * `binary`, when the caller already has it, is `bytesToBinary(bytes)` (normaliseInput returns
 * it): the bytes are then not converted a second time.
 */
export function splitMessage(bytes: Uint8Array, binary?: string): RawMessage {
  const text = binary !== undefined && binary.length === bytes.length ? binary : bytesToBinary(bytes);
  const headers: RawHeader[] = [];
  const junk: { line: number; text: string }[] = [];
  let pos = 0;
  let line = 1;
  let bodyOffset = bytes.length;
  let hasBody = false;
  let cur: { name: string; start: number; line: number; colon: number } | null = null;
  let curEnd = 0;

  const flush = () => {
    if (!cur) return;
    const raw = text.slice(cur.start, curEnd);
    let value = text.slice(cur.colon + 1, curEnd);
    value = value.replace(/\r?\n$/, '');
    headers.push({ index: headers.length, name: cur.name, key: cur.name.toLowerCase(), raw, value, line: cur.line });
    cur = null;
  };

  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl + 1;
    const content = text.slice(pos, nl === -1 ? text.length : nl).replace(/\r$/, '');
    if (content === '') {
      // blank line: end of header block
      flush();
      bodyOffset = end;
      hasBody = true;
      break;
    }
    if ((content[0] === ' ' || content[0] === '\t') && cur) {
      curEnd = end;
    } else {
      flush();
      const m = FIELD.exec(content);
      if (m) {
        cur = { name: m[1]!, start: pos, line, colon: pos + content.indexOf(':') };
        curEnd = end;
      } else {
        junk.push({ line, text: content });
      }
    }
    pos = end;
    line++;
    if (nl === -1) break;
  }
  flush();
  return { bytes, headers, bodyOffset, hasBody, body: bytes.subarray(bodyOffset), junk };
}

/** All fields with this (case-insensitive) name, topmost first. */
export function headersNamed(msg: RawMessage, name: string): RawHeader[] {
  const k = name.toLowerCase();
  return msg.headers.filter((h) => h.key === k);
}

/**
 * Offset just past the line end that precedes the blank line ending the header block (LF or CRLF
 * line ends), so that `bytes.subarray(0, n)` is the header block; without a blank line, the
 * slice's length capped at 64 KB.
 */
export function headerBlockEnd(b: Uint8Array): number {
  for (let i = 0; i + 1 < b.length; i++) {
    if (b[i] === 0x0a && (b[i + 1] === 0x0a || (b[i + 1] === 0x0d && b[i + 2] === 0x0a))) return i + 1;
  }
  return Math.min(b.length, 64 * 1024);
}
