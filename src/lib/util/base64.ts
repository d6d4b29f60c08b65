// The one base64 module (RFC 4648): standard base64 with padding (DKIM b=, bh=, p=; base64 bodies)
// and base64url without padding (section 5: RFC 8484 DoH GET queries, share fragments).

const STD = /^[A-Za-z0-9+/]*={0,2}$/;
const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const URL_LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < URL_ALPHABET.length; i++) URL_LOOKUP[URL_ALPHABET.charCodeAt(i)] = i;

/** Strict base64 decode (whitespace ignored). Returns null when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const s = text.replace(/[ \t\r\n]+/g, '');
  if (!STD.test(s) || s.length % 4 === 1) return null;
  try {
    const bin = atob(s);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** Standard base64 with padding. */
export function encodeBase64(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return btoa(s);
}

/** base64url without padding: URL- and fragment-safe, no percent-encoding needed. */
export function toBase64url(bytes: Uint8Array): string {
  const out: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    chunk += URL_ALPHABET[(n >> 18) & 63]! + URL_ALPHABET[(n >> 12) & 63]!;
    if (left > 1) chunk += URL_ALPHABET[(n >> 6) & 63]!;
    if (left > 2) chunk += URL_ALPHABET[n & 63]!;
    if (chunk.length >= 8192) {
      out.push(chunk);
      chunk = '';
    }
  }
  out.push(chunk);
  return out.join('');
}

/** Decodes unpadded base64url; null when a character is outside the alphabet or the length is impossible. */
export function fromBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? URL_LOOKUP[c]! : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}
