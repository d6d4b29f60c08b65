// A DoH fixture server on 127.0.0.1 answering from a zone (src/lib/dns/zone.ts), in the
// Cloudflare JSON dialect and RFC 8484 wire format, with fault injection per name.
//   GET  /dns-query?name=N&type=T  (and /resolve)        application/dns-json
//   GET  /dns-query?dns=<base64url>, POST /dns-query     application/dns-message
//   POST /__control {zones?, faults?, latency?}         switch state at run time
//   GET  /__requests                                     the request log as JSON
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as dnsPacket from '@leichtgewicht/dns-packet';
import type { Answer, StringRecordType } from '@leichtgewicht/dns-packet';
import { ZoneResolver, type Zone, type ZoneEntry } from '../../src/lib/dns/zone.ts';
import { normName, type DnsRecord, type DnsResult, type RRType } from '../../src/lib/dns/types.ts';
import { RR_TYPE_NUMBERS } from '../../src/lib/dns/wire.ts';
import { fromBase64url } from '../../src/lib/util/base64.ts';

export type FaultKind =
  | 'timeout'
  | 'servfail'
  | 'http429'
  | 'http500'
  | 'garbage-json'
  | 'truncated-json'
  | 'wrong-content-type'
  | 'no-cors'
  | 'drop'
  /** a final negative answer (RCODE 3) for a name the zone has */
  | 'nxdomain'
  /** NOERROR with no answer records (the name exists, the type does not) */
  | 'nodata'
  /** headers and half the body are sent, then nothing more until close() */
  | 'stall-body';
/** `{kind: 'timeout', afterMs}` answers normally after that delay instead of never. */
export type FaultSpec = FaultKind | { kind: FaultKind; afterMs?: number };
/** Keyed by name (case-insensitive, trailing dot ignored) or '*' for every query. */
export type Faults = Record<string, FaultSpec>;

export interface DohServerOptions {
  zones: Zone | (() => Zone);
  latencyMs?: number;
  faults?: Faults;
  /** default 0: any free port */
  port?: number;
  host?: string;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  name?: string;
  type?: string;
  accept?: string;
}

export interface DohServer {
  url: string;
  port: number;
  setZone(zone: Zone | (() => Zone)): void;
  setFaults(faults: Faults | undefined): void;
  setLatency(ms: number): void;
  requests: RequestLogEntry[];
  close(): Promise<void>;
}

const TYPE_BY_NUMBER = new Map<number, RRType>(
  Object.entries(RR_TYPE_NUMBERS).map(([t, n]) => [n, t as RRType]),
);
const CNAME_TTL = 300;

/** Later zones win per name and record type (a before/after pair of zones merges cleanly). */
export function mergeZones(...zones: Zone[]): Zone {
  const out = new Map<string, ZoneEntry>();
  for (const z of zones) {
    for (const [name, entry] of Object.entries(z)) {
      const key = normName(name);
      out.set(key, { ...(out.get(key) ?? {}), ...entry });
    }
  }
  return Object.fromEntries(out);
}

export async function startDohServer(options: DohServerOptions): Promise<DohServer> {
  let zones = options.zones;
  let resolver: ZoneResolver | undefined;
  let faults = normaliseFaults(options.faults);
  let latencyMs = options.latencyMs ?? 0;
  const requests: RequestLogEntry[] = [];

  const lookup = (name: string, type: RRType): DnsResult => {
    if (typeof zones === 'function') return new ZoneResolver(zones()).lookup(name, type);
    resolver ??= new ZoneResolver(zones);
    return resolver.lookup(name, type);
  };
  const faultFor = (name: string): { kind: FaultKind; afterMs?: number } | undefined => {
    const f = faults.get(name) ?? faults.get('*');
    return typeof f === 'string' ? { kind: f } : f;
  };
  const control = {
    setZone(z: Zone | (() => Zone)) {
      zones = z;
      resolver = undefined;
    },
    setFaults(f: Faults | undefined) {
      faults = normaliseFaults(f);
    },
    setLatency(ms: number) {
      latencyMs = ms;
    },
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', `fixture server error: ${String(e)}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    if (req.method === 'OPTIONS') return preflight(res);
    if (url.pathname === '/__control' && req.method === 'POST') return applyControl(body, res);
    if (url.pathname === '/__requests') return send(res, 200, 'application/json', JSON.stringify(requests));
    if (url.pathname !== '/dns-query' && url.pathname !== '/resolve') return send(res, 404, 'text/plain', 'not found');

    const q = parseQuestion(req, url, body);
    requests.push({
      method: req.method ?? '',
      path: url.pathname,
      ...(q.ok ? { name: q.name, type: q.type } : {}),
      ...(req.headers.accept ? { accept: req.headers.accept } : {}),
    });
    if (!q.ok) return send(res, 400, 'text/plain', q.error);

    const fault = faultFor(q.name);
    if (fault?.kind === 'drop') return void req.socket.destroy();
    const zoneAnswer = lookup(q.name, q.type);
    // zone "TIMEOUT": true behaves like the timeout fault (no answer)
    const timeout = fault?.kind === 'timeout' || zoneAnswer.status === 'TIMEOUT';
    if (timeout && fault?.afterMs === undefined) return; // never answers; close() destroys it
    await delay(latencyMs + (timeout ? fault!.afterMs! : 0));
    if (res.destroyed) return;
    const answer = overrideAnswer(zoneAnswer, fault?.kind);
    respond(res, q, answer, timeout ? undefined : fault?.kind);
  }

  function applyControl(body: Buffer, res: ServerResponse): void {
    let msg: { zones?: Zone | Zone[]; faults?: Faults | null; latency?: number };
    try {
      msg = JSON.parse(body.toString('utf8'));
    } catch {
      return send(res, 400, 'text/plain', 'control body must be JSON');
    }
    if (msg.zones) control.setZone(Array.isArray(msg.zones) ? mergeZones(...msg.zones) : msg.zones);
    if (msg.faults !== undefined) control.setFaults(msg.faults ?? undefined);
    if (typeof msg.latency === 'number') control.setLatency(msg.latency);
    send(res, 200, 'application/json', '{"ok":true}');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/dns-query`,
    port,
    ...control,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function normaliseFaults(faults: Faults | undefined): Map<string, FaultSpec> {
  return new Map(Object.entries(faults ?? {}).map(([k, v]) => [k === '*' ? k : normName(k), v]));
}

// ---- requests ------------------------------------------------------------------------------

type Question =
  | { ok: true; wire: boolean; id: number; name: string; type: RRType }
  | { ok: false; error: string };

function parseQuestion(req: IncomingMessage, url: URL, body: Buffer): Question {
  const dns = url.searchParams.get('dns');
  if (req.method === 'POST' || dns !== null) {
    const bytes = req.method === 'POST' ? new Uint8Array(body) : fromBase64url(dns ?? '');
    if (!bytes) return { ok: false, error: 'dns parameter is not base64url' };
    try {
      const p = dnsPacket.decode(bytes);
      const q = p.questions?.[0];
      const type = q && (Object.keys(RR_TYPE_NUMBERS) as RRType[]).find((t) => t === q.type);
      if (!q || !type) return { ok: false, error: 'unsupported question' };
      return { ok: true, wire: true, id: p.id ?? 0, name: normName(q.name), type };
    } catch {
      return { ok: false, error: 'malformed DNS message' };
    }
  }
  const name = url.searchParams.get('name');
  if (!name) return { ok: false, error: 'missing name parameter' };
  const t = (url.searchParams.get('type') ?? 'A').toUpperCase();
  const type = /^\d+$/.test(t) ? TYPE_BY_NUMBER.get(Number(t)) : (Object.keys(RR_TYPE_NUMBERS) as RRType[]).find((k) => k === t);
  if (!type) return { ok: false, error: `unsupported type ${t}` };
  return { ok: true, wire: false, id: 0, name: normName(name), type };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1 << 20) req.destroy(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

// ---- responses -----------------------------------------------------------------------------

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'accept, content-type',
  'access-control-max-age': '600',
};

function preflight(res: ServerResponse): void {
  res.writeHead(204, CORS).end();
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, cors = true): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...(cors ? CORS : {}) });
  res.end(body);
}

function overrideAnswer(a: DnsResult, fault: FaultKind | undefined): DnsResult {
  if (fault === 'servfail') return { ...a, status: 'SERVFAIL', answers: [], chain: [] };
  if (fault === 'nxdomain') return { ...a, status: 'NXDOMAIN', answers: [], chain: [] };
  if (fault === 'nodata') return { ...a, status: 'NOERROR', answers: [], chain: [] };
  return a;
}

function respond(res: ServerResponse, q: Extract<Question, { ok: true }>, a: DnsResult, fault: FaultKind | undefined): void {
  const cors = fault !== 'no-cors';
  if (fault === 'http429') return send(res, 429, 'text/plain', 'Too Many Requests', cors);
  if (fault === 'http500') return send(res, 500, 'text/plain', 'Internal Server Error', cors);
  if (fault === 'wrong-content-type') {
    return send(res, 200, 'text/html', '<!doctype html><title>Sign in to the network</title>', cors);
  }
  const type = q.wire ? 'application/dns-message' : 'application/dns-json';
  const body: Uint8Array = q.wire ? wireAnswer(q, a) : new TextEncoder().encode(JSON.stringify(jsonAnswer(q, a)));
  if (fault === 'garbage-json') {
    return send(res, 200, type, q.wire ? new Uint8Array([0xde, 0xad]) : '<html>upstream error</html>', cors);
  }
  if (fault === 'truncated-json') return send(res, 200, type, body.subarray(0, Math.floor(body.length / 2)), cors);
  if (fault === 'stall-body') {
    res.writeHead(200, { 'content-type': type, 'content-length': String(body.length), ...CORS });
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    return; // the rest never comes; close() destroys the connection
  }
  send(res, 200, type, body, cors);
}

/** The CNAME records leading from the asked name to the answers, then the answers. */
function answerRecords(a: DnsResult): DnsRecord[] {
  const names = [a.name, ...a.chain];
  const cnames: DnsRecord[] = a.chain.map((target, i) => ({
    name: names[i]!,
    type: 'CNAME',
    ttl: CNAME_TTL,
    data: target,
  }));
  return [...cnames, ...a.answers];
}

const JSON_STATUS: Record<string, number> = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 };

/** Cloudflare's shape: owner names without the final dot, target names with it. */
function jsonAnswer(q: Extract<Question, { ok: true }>, a: DnsResult) {
  const records = answerRecords(a);
  return {
    Status: JSON_STATUS[a.status] ?? 2,
    TC: false,
    RD: true,
    RA: true,
    AD: false,
    CD: false,
    Question: [{ name: q.name, type: RR_TYPE_NUMBERS[q.type] }],
    ...(records.length
      ? { Answer: records.map((r) => ({ name: r.name, type: RR_TYPE_NUMBERS[r.type], TTL: r.ttl, data: jsonData(r) })) }
      : {}),
  };
}

function jsonData(r: DnsRecord): string {
  switch (r.type) {
    case 'TXT':
    case 'SPF':
      return chunksOf(r.strings ?? [r.data]).map(quoteCharacterString).join(' ');
    case 'MX':
      return `${r.priority} ${r.exchange}.`;
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return `${r.data}.`;
    default:
      return r.data;
  }
}

/** Zone strings as character-strings: UTF-8, at most 255 octets each (RFC 1035 3.3). */
function chunksOf(strings: string[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const s of strings) {
    const bytes = new TextEncoder().encode(s);
    if (bytes.length === 0) out.push(bytes);
    for (let i = 0; i < bytes.length; i += 255) out.push(bytes.subarray(i, i + 255));
  }
  return out;
}

/** RFC 1035 5.1 presentation: quoted, \" and \\ escaped, other non-printables as \DDD. */
export function quoteCharacterString(bytes: Uint8Array): string {
  let s = '"';
  for (const b of bytes) {
    if (b === 0x22 || b === 0x5c) s += `\\${String.fromCharCode(b)}`;
    else if (b < 0x20 || b > 0x7e) s += `\\${String(b).padStart(3, '0')}`;
    else s += String.fromCharCode(b);
  }
  return `${s}"`;
}

function wireAnswer(q: Extract<Question, { ok: true }>, a: DnsResult): Uint8Array {
  const rcode = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 }[a.status as string] ?? 2;
  const flags = dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | rcode;
  return dnsPacket.encode({
    type: 'response',
    id: q.id,
    flags,
    questions: [{ name: q.name || '.', type: q.type, class: 'IN' }],
    answers: answerRecords(a).map(wireRecord),
  });
}

function wireRecord(r: DnsRecord): Answer {
  const base = { name: r.name, ttl: r.ttl, class: 'IN' as const };
  switch (r.type) {
    case 'TXT':
      return { ...base, type: 'TXT', data: chunksOf(r.strings ?? [r.data]) };
    case 'SPF': {
      // no SPF codec in dns-packet: hand it the RDATA as the unknown-type codec expects
      const chunks = chunksOf(r.strings ?? [r.data]);
      const rdata = Buffer.concat(chunks.flatMap((c) => [Buffer.from([c.length]), Buffer.from(c)]));
      return { ...base, type: 'SPF', data: rdata } as unknown as Answer;
    }
    case 'MX':
      return { ...base, type: 'MX', data: { preference: r.priority ?? 0, exchange: r.exchange ?? '' } };
    default:
      // A, AAAA, CNAME, PTR, NS: string data (zones hold no SOA records)
      return { ...base, type: r.type as StringRecordType, data: r.data };
  }
}

// ---- fetches that behave like a browser's ----------------------------------------------------

type Fetch = typeof globalThis.fetch;

/**
 * Node's fetch does not enforce CORS. This one does what a page's fetch does: a response
 * without Access-Control-Allow-Origin is withheld and the promise rejects with
 * TypeError('Failed to fetch'); network failures reject the same way (no cause is exposed).
 */
export function browserLikeFetch(inner: Fetch = globalThis.fetch): Fetch {
  return async (input, init) => {
    let res: Response;
    try {
      res = await inner(input, init);
    } catch (e) {
      // eslint-disable-next-line preserve-caught-error -- browsers expose no cause either
      if (e instanceof TypeError) throw new TypeError('Failed to fetch');
      throw e; // AbortError stays an AbortError
    }
    if (!res.headers.get('access-control-allow-origin')) {
      void res.body?.cancel().catch(() => {});
      throw new TypeError('Failed to fetch');
    }
    return res;
  };
}

/**
 * No network at all (offline, airplane mode): every fetch rejects at once, as a browser's
 * does. With `only`, just the URLs starting with one of those prefixes fail.
 */
export function offlineFetch(only?: string[], inner: Fetch = globalThis.fetch): Fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!only || only.some((p) => url.startsWith(p))) return Promise.reject(new TypeError('Failed to fetch'));
    return inner(input, init);
  };
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}
