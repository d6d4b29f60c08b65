// Wraps any Resolver with in-flight dedupe, a TTL cache and a query log (shown live in the UI,
// put in the report). Never throws: a failing inner resolver becomes an ERROR result.
import { normName, type DnsResult, type QueryLogEntry, type Resolver, type RRType } from './types.ts';

export interface CacheOptions {
  /** milliseconds clock; inject one in tests. Default: performance.now() or Date.now() */
  now?: () => number;
  /** seconds to keep NXDOMAIN and NODATA answers (RFC 2308 negative caching); default 60 */
  negativeTtlSec?: number;
  /**
   * seconds to remember a failed query (SERVFAIL, REFUSED, timeout, transport error) so one
   * analysis does not wait for the same failure twice; resetLog() (the next analysis) and
   * invalidate() forget them. Default 0: failures are not cached. RFC 2308 7 caps it at 300.
   */
  failureTtlSec?: number;
  /** upper bound on any cached answer, so a fix published now is seen soon; default 300 */
  maxTtlSec?: number;
  /** bound on cached answers (oldest evicted first); default 2000 */
  maxEntries?: number;
  /** bound on log entries (later queries are counted, not logged); default 5000 */
  maxLogEntries?: number;
}

export interface CacheLogEntry extends QueryLogEntry {
  /** answered by a query already in flight for the same name and type */
  deduped?: boolean;
  chain?: string[];
  server?: string;
}

export interface CacheStats {
  /** every query() call */
  asked: number;
  /** calls passed to the wrapped resolver */
  network: number;
  cacheHits: number;
  /** calls that shared a query already in flight */
  deduped: number;
}

interface Entry {
  result: DnsResult;
  storedAt: number;
  expiresAt: number;
}

export type QueryListener = (entry: CacheLogEntry) => void;

export class CachingResolver implements Resolver {
  private readonly now: () => number;
  private readonly negativeTtlMs: number;
  private readonly failureTtlMs: number;
  private readonly maxTtlMs: number;
  private readonly maxEntries: number;
  private readonly maxLogEntries: number;
  private readonly cache = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<DnsResult>>();
  private readonly listeners = new Set<QueryListener>();
  private entries: CacheLogEntry[] = [];
  private logStart: number;
  private counts: CacheStats = { asked: 0, network: 0, cacheHits: 0, deduped: 0 };

  constructor(
    private readonly inner: Resolver,
    options: CacheOptions = {},
  ) {
    this.now = options.now ?? (() => globalThis.performance?.now() ?? Date.now());
    this.negativeTtlMs = (options.negativeTtlSec ?? 60) * 1000;
    this.failureTtlMs = Math.min(Math.max(0, options.failureTtlSec ?? 0), 300) * 1000;
    this.maxTtlMs = (options.maxTtlSec ?? 300) * 1000;
    this.maxEntries = options.maxEntries ?? 2000;
    this.maxLogEntries = options.maxLogEntries ?? 5000;
    this.logStart = this.now();
  }

  async query(qname: string, type: RRType): Promise<DnsResult> {
    const name = normName(qname);
    const key = `${type} ${name}`;
    const started = this.now();
    this.counts.asked++;
    const hit = this.fromCache(key, started);
    if (hit) {
      this.counts.cacheHits++;
      this.record(hit, started, { cached: true });
      return hit;
    }
    const pending = this.inflight.get(key);
    if (pending) {
      this.counts.deduped++;
      const shared = await pending;
      this.record(shared, started, { deduped: true, elapsedMs: this.now() - started });
      return shared;
    }
    this.counts.network++;
    const p = this.ask(name, type, key);
    this.inflight.set(key, p);
    try {
      const result = await p;
      this.record(result, started, { elapsedMs: result.elapsedMs ?? this.now() - started });
      return result;
    } finally {
      this.inflight.delete(key);
    }
  }

  /** Every query so far, in the order they were asked. */
  log(): CacheLogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  /** Calls `listener` as each query completes; returns the unsubscribe function. */
  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stats(): CacheStats {
    return { ...this.counts };
  }

  /** Starts a new log (and counts) for the next analysis; cached answers are kept, failures are not. */
  resetLog(): void {
    for (const [key, e] of [...this.cache]) if (isFailure(e.result)) this.cache.delete(key);
    this.entries = [];
    this.counts = { asked: 0, network: 0, cacheHits: 0, deduped: 0 };
    this.logStart = this.now();
  }

  /** Forgets cached answers for a name (all types), or everything: for a live re-check. */
  invalidate(name?: string): void {
    if (name === undefined) return this.cache.clear();
    const n = normName(name);
    for (const key of [...this.cache.keys()]) if (key.slice(key.indexOf(' ') + 1) === n) this.cache.delete(key);
  }

  private async ask(name: string, type: RRType, key: string): Promise<DnsResult> {
    let result: DnsResult;
    try {
      result = await this.inner.query(name, type);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      result = { name, type, status: 'ERROR', answers: [], chain: [], ad: false, error: `resolver failure: ${reason}` };
    }
    this.store(key, result);
    return result;
  }

  private fromCache(key: string, at: number): DnsResult | undefined {
    const e = this.cache.get(key);
    if (!e) return undefined;
    if (at >= e.expiresAt) {
      this.cache.delete(key);
      return undefined;
    }
    // the TTLs a resolver cache hands out count down (RFC 1035 3.2.1)
    const age = Math.floor((at - e.storedAt) / 1000);
    const answers = e.result.answers.map((r) => ({ ...r, ttl: Math.max(0, r.ttl - age) }));
    return { ...e.result, answers, elapsedMs: 0 };
  }

  private store(key: string, result: DnsResult): void {
    const ttlMs = this.ttlMs(result);
    if (ttlMs <= 0) return;
    const at = this.now();
    this.cache.delete(key);
    this.cache.set(key, { result, storedAt: at, expiresAt: at + ttlMs });
    while (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
  }

  /**
   * Positive answers live for their smallest TTL (RFC 2181 5.2: an RRset has one TTL);
   * NXDOMAIN/NODATA for the negative TTL. SERVFAIL, REFUSED and transport errors only for
   * failureTtlSec (default 0: a retry asks again); a cancelled query never.
   */
  private ttlMs(r: DnsResult): number {
    if (r.status === 'NXDOMAIN' || (r.status === 'NOERROR' && r.answers.length === 0)) return this.negativeTtlMs;
    if (isFailure(r)) return r.cancelled ? 0 : this.failureTtlMs;
    const min = Math.min(...r.answers.map((a) => a.ttl));
    return Math.min(min * 1000, this.maxTtlMs);
  }

  private record(r: DnsResult, started: number, extra: Partial<CacheLogEntry>): void {
    const entry: CacheLogEntry = {
      name: r.name,
      type: r.type,
      status: r.status,
      answers: r.answers.map((a) => a.data),
      ...(r.chain.length ? { chain: [...r.chain] } : {}),
      ...(r.error ? { error: r.error } : {}),
      ...(r.server ? { server: r.server } : {}),
      elapsedMs: 0,
      cached: false,
      startedAtMs: Math.round(started - this.logStart),
      ...extra,
    };
    entry.elapsedMs = Math.round(entry.elapsedMs ?? 0);
    if (this.entries.length < this.maxLogEntries) this.entries.push(entry);
    for (const l of this.listeners) {
      try {
        l(entry);
      } catch {
        // a failing listener (UI) must not break the analysis
      }
    }
  }
}

function isFailure(r: DnsResult): boolean {
  return r.status !== 'NOERROR' && r.status !== 'NXDOMAIN';
}
