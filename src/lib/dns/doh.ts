// A Resolver over DNS-over-HTTPS: the JSON API (Cloudflare / Google) or RFC 8484 wire format,
// through an injected fetch. Every failure becomes a DnsResult; nothing is thrown.
import { normName, type DnsResult, type DnsStatus, type Resolver, type RRType } from './types.ts';
import { parseJsonResponse } from './json.ts';
import { toBase64url } from '../util/base64.ts';
import {
  decodeWireResponse,
  encodeQuery,
  invalidNameReason,
  type ParseFailure,
  type ParsedAnswer,
} from './wire.ts';

export type DohFormat = 'json' | 'wire';

/** The part of a fetch Response the resolver uses (globalThis.fetch satisfies it). */
export interface FetchResponseLike {
  status: number;
  statusText?: string;
  headers: { get(name: string): string | null };
  body?: ReadableStream<Uint8Array> | null;
  arrayBuffer(): Promise<ArrayBuffer>;
}
export type FetchLike = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; signal: AbortSignal },
) => Promise<FetchResponseLike>;

export interface DohOptions {
  /** defaults to globalThis.fetch */
  fetch?: FetchLike;
  /** the first is the primary, the rest are fallbacks; defaults depend on `format` */
  endpoints?: string[];
  format?: DohFormat;
  /** per attempt (one endpoint), default 5000; clamped to 1..60000 ms, so a query always ends */
  timeoutMs?: number;
  /** cancels every query of the analysis */
  signal?: AbortSignal;
  /**
   * after a transport failure (timeout, network or CORS error, HTTP error, unreadable answer)
   * an endpoint is asked last for this long, so later queries do not each wait for it again;
   * default 30000, 0 keeps the configured order always
   */
  demoteForMs?: number;
}

export const DEFAULT_ENDPOINTS: Readonly<Record<DohFormat, readonly string[]>> = {
  json: ['https://cloudflare-dns.com/dns-query', 'https://dns.google/resolve'],
  wire: ['https://cloudflare-dns.com/dns-query', 'https://dns.google/dns-query'],
};

/** One try against one endpoint, kept so the UI can tell what happened. */
export interface DohAttempt {
  server: string;
  status: DnsStatus;
  reason?: string;
  elapsedMs: number;
}

export interface DohResult extends DnsResult {
  /** the resolver set TC: the answer may be incomplete */
  truncated?: boolean;
  attempts: DohAttempt[];
}

const DEFAULT_TIMEOUT_MS = 5000;
/** an attempt never waits longer than this, whatever the option says (setTimeout overflows at 2^31 ms) */
const MAX_TIMEOUT_MS = 60_000;

/** DNS messages are at most 65535 octets; JSON adds quoting. Larger bodies are refused. */
const MAX_BODY_BYTES = 512 * 1024;

type Outcome = ParsedAnswer | { transport: 'TIMEOUT' | 'ERROR' | 'CANCELLED'; reason: string };

export class DohResolver implements Resolver {
  private readonly fetchFn: FetchLike;
  private readonly endpoints: readonly string[];
  private readonly format: DohFormat;
  private readonly timeoutMs: number;
  private readonly signal: AbortSignal | undefined;
  private readonly demoteForMs: number;
  /** endpoint → time (now()) until which it is asked after the others */
  private readonly demoted = new Map<string, number>();

  constructor(options: DohOptions = {}) {
    this.fetchFn = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.format = options.format ?? 'json';
    this.endpoints = options.endpoints?.length ? [...options.endpoints] : DEFAULT_ENDPOINTS[this.format];
    this.timeoutMs = clampTimeout(options.timeoutMs);
    this.signal = options.signal;
    this.demoteForMs = Math.max(0, options.demoteForMs ?? 30_000);
  }

  /** The endpoints in the order to ask them: the configured order, demoted ones last. */
  private order(): readonly string[] {
    if (this.demoted.size === 0) return this.endpoints;
    const t = now();
    for (const [server, until] of this.demoted) if (until <= t) this.demoted.delete(server);
    const healthy = this.endpoints.filter((e) => !this.demoted.has(e));
    return healthy.length === this.endpoints.length ? this.endpoints : [...healthy, ...this.endpoints.filter((e) => this.demoted.has(e))];
  }

  async query(qname: string, type: RRType): Promise<DohResult> {
    const name = normName(qname);
    const base = { name, type, answers: [], chain: [], ad: false };
    const invalid = invalidNameReason(name);
    if (invalid) return { ...base, status: 'ERROR', error: `not a valid domain name: ${invalid}`, attempts: [], elapsedMs: 0 };
    const started = now();
    const attempts: DohAttempt[] = [];
    let servfail: DohResult | undefined;
    let cancelled = false;
    for (const server of this.order()) {
      const t0 = now();
      const outcome = await this.attempt(server, name, type);
      const elapsedMs = Math.round(now() - t0);
      if ('transport' in outcome) {
        attempts.push({ server, status: outcome.transport === 'TIMEOUT' ? 'TIMEOUT' : 'ERROR', reason: outcome.reason, elapsedMs });
        if (outcome.transport === 'CANCELLED') {
          cancelled = true;
          break;
        }
        if (this.demoteForMs > 0 && this.endpoints.length > 1) this.demoted.set(server, now() + this.demoteForMs);
        continue; // transport failure: the next endpoint may work
      }
      this.demoted.delete(server);
      attempts.push({ server, status: outcome.status, ...(outcome.error ? { reason: outcome.error } : {}), elapsedMs });
      const result: DohResult = { ...base, ...answerFields(outcome), server, attempts, elapsedMs: 0 };
      // An answering resolver's NOERROR/NXDOMAIN is final. SERVFAIL/REFUSED may be that
      // resolver's own trouble (e.g. a DNSSEC validation failure): ask the next one, once.
      if ((outcome.status !== 'SERVFAIL' && outcome.status !== 'REFUSED') || servfail) {
        return finish(servfail && isDefinitive(result) ? result : servfail ?? result, started);
      }
      servfail = result;
    }
    if (servfail) return finish(servfail, started);
    return finish({ ...base, ...transportFailure(attempts), attempts, elapsedMs: 0, ...(cancelled ? { cancelled: true } : {}) }, started);
  }

  private async attempt(server: string, name: string, type: RRType): Promise<Outcome> {
    if (this.signal?.aborted) return { transport: 'CANCELLED', reason: 'the analysis was cancelled' };
    const url = this.buildUrl(server, name, type);
    if (!url) return { transport: 'ERROR', reason: `the DoH endpoint ${JSON.stringify(server)} is not a valid URL` };
    const controller = new AbortController();
    let stopReason: Outcome | undefined;
    let wake: () => void = () => {};
    const stopped = new Promise<Outcome>((resolve) => {
      wake = () => resolve(stopReason!);
    });
    const stop = (o: Outcome) => {
      stopReason ??= o;
      controller.abort();
      wake();
    };
    const timer = setTimeout(
      () => stop({ transport: 'TIMEOUT', reason: `timed out (no answer within ${this.timeoutMs} ms)` }),
      this.timeoutMs,
    );
    const onCancel = () => stop({ transport: 'CANCELLED', reason: 'the analysis was cancelled' });
    this.signal?.addEventListener('abort', onCancel);
    try {
      const work = this.exchange(url, name, type, controller.signal).catch((e: unknown) => fetchError(e));
      return await Promise.race([work, stopped]);
    } finally {
      clearTimeout(timer);
      this.signal?.removeEventListener('abort', onCancel);
      controller.abort();
    }
  }

  private buildUrl(server: string, name: string, type: RRType): string | undefined {
    let url: URL;
    try {
      url = new URL(server);
    } catch {
      return undefined;
    }
    if (this.format === 'json') {
      url.searchParams.set('name', name === '' ? '.' : name);
      url.searchParams.set('type', type);
    } else {
      // RFC 8484 4.1: GET with the query in the "dns" parameter, base64url without padding
      url.searchParams.set('dns', toBase64url(encodeQuery(name, type)));
    }
    return url.toString();
  }

  private async exchange(url: string, name: string, type: RRType, signal: AbortSignal): Promise<Outcome> {
    const json = this.format === 'json';
    const accept = json ? 'application/dns-json' : 'application/dns-message';
    const fetchFn = this.fetchFn; // called unbound: browsers reject fetch with a foreign `this`
    const res = await fetchFn(url, { method: 'GET', headers: { accept }, signal });
    if (res.status < 200 || res.status > 299) return { transport: 'ERROR', reason: httpReason(res) };
    const ct = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!(json ? isJsonType(ct) : ct === 'application/dns-message')) {
      return { transport: 'ERROR', reason: `wrong content-type ${JSON.stringify(ct || '(none)')}, expected ${accept}` };
    }
    const body = await readCapped(res);
    if (!body) return { transport: 'ERROR', reason: `the answer is larger than ${MAX_BODY_BYTES} bytes` };
    const parsed: ParsedAnswer | ParseFailure = json
      ? parseJsonResponse(new TextDecoder().decode(body), type)
      : decodeWireResponse(body, name, type);
    return 'failure' in parsed ? { transport: 'ERROR', reason: parsed.failure } : parsed;
  }
}

function clampTimeout(ms: number | undefined): number {
  if (ms === undefined || !Number.isFinite(ms) || ms <= 0) return ms === Infinity ? MAX_TIMEOUT_MS : DEFAULT_TIMEOUT_MS;
  return Math.min(Math.max(1, Math.round(ms)), MAX_TIMEOUT_MS);
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

function finish(r: DohResult, started: number): DohResult {
  return { ...r, elapsedMs: Math.round(now() - started) };
}

function isDefinitive(r: DohResult): boolean {
  return r.status === 'NOERROR' || r.status === 'NXDOMAIN';
}

function answerFields(p: ParsedAnswer): Pick<DohResult, 'status' | 'answers' | 'chain' | 'ad' | 'truncated' | 'error'> {
  return {
    status: p.status,
    answers: p.answers,
    chain: p.chain,
    ad: p.ad,
    ...(p.truncated ? { truncated: true } : {}),
    ...(p.error ? { error: p.error } : {}),
  };
}

/** TIMEOUT when every endpoint timed out; otherwise ERROR. The reason names each endpoint. */
function transportFailure(attempts: DohAttempt[]): { status: DnsStatus; error: string } {
  const status = attempts.length > 0 && attempts.every((a) => a.status === 'TIMEOUT') ? 'TIMEOUT' : 'ERROR';
  const error = attempts.map((a) => `${hostOf(a.server)}: ${a.reason ?? a.status}`).join('; ') || 'no DoH endpoint configured';
  return { status, error };
}

function hostOf(server: string): string {
  try {
    return new URL(server).host;
  } catch {
    return server;
  }
}

/**
 * fetch rejects with a TypeError for network failures and CORS refusals alike (Fetch 4.1):
 * browsers say only "Failed to fetch"; Node (undici) says "fetch failed" and names the cause.
 */
function fetchError(e: unknown): Outcome {
  if (e instanceof TypeError) {
    const detail = [e.message, causeOf(e)].filter(Boolean).join(': ');
    return { transport: 'ERROR', reason: `network error or blocked by CORS${detail ? ` (${clipText(detail)})` : ''}` };
  }
  const msg = e instanceof Error ? e.message : String(e);
  return { transport: 'ERROR', reason: `the request failed: ${clipText(msg)}` };
}

function causeOf(e: Error): string {
  const c = (e as { cause?: unknown }).cause;
  if (!c || typeof c !== 'object') return '';
  const code = (c as { code?: unknown }).code;
  const message = (c as { message?: unknown }).message;
  return typeof code === 'string' ? code : typeof message === 'string' ? message : '';
}

function clipText(s: string): string {
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}

function httpReason(res: FetchResponseLike): string {
  const text = res.statusText ? ` ${res.statusText}` : '';
  if (res.status === 429) return `HTTP 429${text || ' Too Many Requests'} (rate limited)`;
  if (res.status >= 500) return `HTTP ${res.status}${text} (server error)`;
  return `HTTP ${res.status}${text}`;
}

/** application/dns-json (Cloudflare), application/json (Google), older x-javascript. */
function isJsonType(ct: string): boolean {
  return ct === 'application/dns-json' || ct === 'application/json' || ct === 'application/x-javascript';
}

/** Reads the body, refusing (undefined) more than MAX_BODY_BYTES without buffering it all. */
async function readCapped(res: FetchResponseLike): Promise<Uint8Array | undefined> {
  const reader = res.body?.getReader();
  if (!reader) {
    const buf = new Uint8Array(await res.arrayBuffer());
    return buf.length > MAX_BODY_BYTES ? undefined : buf;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_BODY_BYTES) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
