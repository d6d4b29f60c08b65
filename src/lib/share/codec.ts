// Share links: the message (usually headers only) and the chosen options travel in the URL
// fragment, which browsers never send to a server. Format: `#v2.<base64url of deflate-raw(JSON)>`.
// The version prefix lets a later format coexist with links already shared: v2 adds the
// sender's verdicts (`sender`, see verdicts.ts); v1 links (message and options only) still open.
import { fromBase64url, toBase64url } from '../util/base64.ts';
import { validateSenderView, type SenderView } from './verdicts.ts';

export const SHARE_VERSION = 2;
/** Every format version this build opens. */
export const READ_VERSIONS = [1, 2] as const;
/** Decompressed size bound: decoding stops as soon as the output passes it (zip bombs). */
export const MAX_DECOMPRESSED_BYTES = 2 * 1024 * 1024;
/** Fragment length bound (Chromium refuses URLs over 2 MB anyway). */
export const MAX_FRAGMENT_CHARS = 2 * 1024 * 1024;
/** Above this, some mail clients, chat apps and proxies truncate URLs. */
export const URL_WARN_CHARS = 8 * 1024;

export interface ShareOptions {
  doh?: string;
  dohFormat?: 'json' | 'wire';
  hop?: number;
  lang?: 'en' | 'ja';
  redacted?: boolean;
}

export interface SharePayload {
  /** the format version the link was written in (links are written as SHARE_VERSION) */
  v: 1 | 2;
  /** the message text: headers, plus the body only when the sharer chose to include it */
  source: string;
  options?: ShareOptions;
  /** v2: what the sender's page concluded, so the opener can compare (absent in v1 links) */
  sender?: SenderView;
}

export type ShareErrorCode = 'empty' | 'bad-version' | 'bad-base64' | 'corrupt' | 'too-large' | 'bad-json';

export interface ShareError {
  code: ShareErrorCode;
  message: string;
}

export type DecodeResult =
  | { ok: true; payload: SharePayload; /** options present in the link but dropped as invalid */ ignored: string[] }
  | { ok: false; error: ShareError };

const PREFIX = `v${SHARE_VERSION}.`;

/**
 * Builds the fragment (with its leading '#') for a payload. Rejects with a RangeError when the
 * payload is larger than decodeShare accepts, since such a link could never be opened.
 */
export async function encodeShare(payload: SharePayload): Promise<string> {
  const body: SharePayload = { v: SHARE_VERSION, source: payload.source };
  if (payload.options && Object.keys(payload.options).length > 0) body.options = payload.options;
  if (payload.sender) body.sender = payload.sender;
  const json = new TextEncoder().encode(JSON.stringify(body));
  if (json.length > MAX_DECOMPRESSED_BYTES) {
    throw new RangeError(`The message is too large to share (${json.length} bytes; the limit is ${MAX_DECOMPRESSED_BYTES}). Share the headers only.`);
  }
  const packed = await deflateRaw(json);
  return `#${PREFIX}${toBase64url(packed)}`;
}

/** Decodes a fragment (as in `href.split('#')[1]`, with or without '#', or a whole URL). Never throws. */
export async function decodeShare(fragment: string): Promise<DecodeResult> {
  try {
    return await decode(fragment);
  } catch {
    return fail('corrupt', 'The shared link could not be read.');
  }
}

/** Length of a share URL, with a warning when it is long enough to be cut by some clients. */
export function shareUrlInfo(url: string): { length: number; warning?: 'over-8kb' } {
  return url.length > URL_WARN_CHARS ? { length: url.length, warning: 'over-8kb' } : { length: url.length };
}

/** The page URL with its fragment replaced by the share fragment. */
export function buildShareUrl(pageUrl: string, fragment: string): string {
  const hash = pageUrl.indexOf('#');
  const base = hash < 0 ? pageUrl : pageUrl.slice(0, hash);
  return base + (fragment.startsWith('#') ? fragment : `#${fragment}`);
}

async function decode(fragment: string): Promise<DecodeResult> {
  if (typeof fragment !== 'string' || fragment.length === 0) return fail('empty', 'The link carries no shared message.');
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    return fail('too-large', `The shared link is too long to open (${fragment.length} characters; the limit is ${MAX_FRAGMENT_CHARS}).`);
  }
  const text = cleanFragment(fragment);
  if (text === '') return fail('empty', 'The link carries no shared message.');
  const m = /^v(\d{1,9})\./.exec(text);
  if (!m) return fail('bad-version', `This link is not a shared analysis: its fragment should start with "v${SHARE_VERSION}.".`);
  const version = Number(m[1]);
  if (!(READ_VERSIONS as readonly number[]).includes(version)) {
    return fail('bad-version', `This link was made by another version of the app (format v${m[1]}); this version reads ${READ_VERSIONS.map((v) => `v${v}`).join(' and ')} links.`);
  }
  const packed = fromBase64url(text.slice(m[0].length));
  if (!packed) return fail('bad-base64', 'The shared link is damaged: it contains characters that cannot appear in a share link (was it cut or re-typed?).');
  const inflated = await inflateRawBounded(packed, MAX_DECOMPRESSED_BYTES);
  if (inflated === 'too-large') {
    return fail('too-large', `The shared message expands to more than ${MAX_DECOMPRESSED_BYTES} bytes; it was not opened.`);
  }
  if (inflated === 'corrupt') return fail('corrupt', 'The shared link is damaged: its compressed data is incomplete or invalid (was the URL cut short?).');
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return fail('corrupt', 'The shared link is damaged: its content is not valid UTF-8 text.');
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('bad-json', 'The shared link decompressed, but its content is not valid JSON.');
  }
  return validatePayload(value, version as 1 | 2);
}

/** Takes the part after the first '#', undoes percent-encoding (Firefox decodes location.hash, others do not) and drops whitespace (mail clients wrap long URLs). */
function cleanFragment(fragment: string): string {
  let f = fragment;
  const hash = f.indexOf('#');
  if (hash >= 0) {
    const next = f.indexOf('#', hash + 1);
    f = f.slice(hash + 1, next < 0 ? undefined : next);
  }
  if (f.includes('%')) {
    try {
      f = decodeURIComponent(f);
    } catch {
      /* not percent-encoded after all: the base64 check reports it */
    }
  }
  return f.replace(/\s+/g, '').replace(/^#/, '');
}

function validatePayload(value: unknown, version: 1 | 2): DecodeResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('bad-json', 'The shared link does not hold a shared message.');
  }
  const v = value as Record<string, unknown>;
  if (v.v !== version) return fail('bad-version', `The shared content is format version ${String(v.v)}, but its link says v${version}.`);
  if (typeof v.source !== 'string') return fail('bad-json', 'The shared link holds no message text.');
  const ignored: string[] = [];
  const payload: SharePayload = { v: version, source: v.source };
  if (v.options !== undefined) {
    const options = validateOptions(v.options, ignored);
    if (Object.keys(options).length > 0) payload.options = options;
  }
  if (version >= 2 && v.sender !== undefined) {
    // a malformed sender part is dropped: the link still opens as a plain re-run
    const sender = validateSenderView(v.sender);
    if (sender) payload.sender = sender;
    else ignored.push('sender');
  }
  return { ok: true, payload, ignored };
}

/** Keeps only well-formed known options; unknown ones (from a later version) are skipped silently. */
function validateOptions(raw: unknown, ignored: string[]): ShareOptions {
  const out: ShareOptions = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    ignored.push('options');
    return out;
  }
  const o = raw as Record<string, unknown>;
  const take = <K extends keyof ShareOptions>(key: K, ok: (x: unknown) => boolean) => {
    if (o[key] === undefined) return;
    if (ok(o[key])) out[key] = o[key] as ShareOptions[K];
    else ignored.push(key);
  };
  take('doh', isAllowedDohUrl);
  take('dohFormat', (x) => x === 'json' || x === 'wire');
  take('hop', (x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 100);
  take('lang', (x) => x === 'en' || x === 'ja');
  take('redacted', (x) => typeof x === 'boolean');
  return out;
}

/** A link may only point DNS queries at an https endpoint (or a local test server over http). */
function isAllowedDohUrl(x: unknown): boolean {
  if (typeof x !== 'string' || x.length > 2048) return false;
  try {
    const u = new URL(x);
    if (u.protocol === 'https:') return true;
    return u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}

function fail(code: ShareErrorCode, message: string): DecodeResult {
  return { ok: false, error: { code, message } };
}

async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates, reading chunk by chunk and cancelling once the output passes `max` bytes. */
async function inflateRawBounded(data: Uint8Array, max: number): Promise<Uint8Array | 'too-large' | 'corrupt'> {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  // Not awaited: writes complete only as the output is read (backpressure).
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = ds.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > max) {
        reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return 'corrupt';
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
