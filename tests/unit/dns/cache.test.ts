// CachingResolver: in-flight dedupe, TTL cache with an injected clock, negative caching,
// failures not cached (or only for failureTtlSec, within one analysis), the query log and its
// live listener.
import { describe, expect, it } from 'vitest';
import { CachingResolver, type CacheLogEntry } from '../../../src/lib/dns/cache.ts';
import type { DnsResult, Resolver, RRType } from '../../../src/lib/dns/types.ts';
import { ZoneResolver } from '../../../src/lib/dns/zone.ts';

/** A zone-backed resolver that counts its queries and can hold them until released. */
class CountingResolver implements Resolver {
  calls: string[] = [];
  private held: (() => void)[] = [];
  hold = false;
  constructor(private readonly answer: (name: string, type: RRType) => DnsResult) {}
  async query(name: string, type: RRType): Promise<DnsResult> {
    this.calls.push(`${type} ${name}`);
    if (this.hold) await new Promise<void>((r) => this.held.push(r));
    return { ...this.answer(name, type), elapsedMs: 7 };
  }
  release(): void {
    this.held.splice(0).forEach((r) => r());
  }
}

const zone = new ZoneResolver({
  'a.example': { TXT: [['v=spf1 -all']], A: ['192.0.2.1'], MX: [{ priority: 10, exchange: 'mx.a.example' }] },
  'alias.example': { CNAME: ['a.example'] },
  'broken.example': { SERVFAIL: true },
});
const fromZone = (name: string, type: RRType) => zone.lookup(name, type);

function setup(answer = fromZone, options = {}) {
  let t = 1000;
  const inner = new CountingResolver(answer);
  const cache = new CachingResolver(inner, { now: () => t, ...options });
  return { inner, cache, advance: (ms: number) => (t += ms) };
}

describe('CachingResolver', () => {
  it('dedupes two concurrent identical queries into one network request', async () => {
    const { inner, cache } = setup();
    inner.hold = true;
    const p1 = cache.query('a.example', 'TXT');
    const p2 = cache.query('A.EXAMPLE.', 'TXT');
    await Promise.resolve();
    inner.release();
    const [r1, r2] = await Promise.all([p1, p2]);
    expect(inner.calls).toEqual(['TXT a.example']);
    expect(r2).toBe(r1);
    expect(cache.stats()).toEqual({ asked: 2, network: 1, cacheHits: 0, deduped: 1 });
    expect(cache.log().map((e) => [e.cached, e.deduped ?? false])).toEqual([[false, false], [false, true]]);
  });

  it('does not merge different types or names', async () => {
    const { inner, cache } = setup();
    await Promise.all([cache.query('a.example', 'TXT'), cache.query('a.example', 'A'), cache.query('b.example', 'TXT')]);
    expect(inner.calls).toHaveLength(3);
  });

  it('serves from cache until the smallest TTL expires, counting TTLs down', async () => {
    const answer = (name: string, type: RRType): DnsResult => ({
      name, type, status: 'NOERROR', chain: [], ad: false,
      answers: [
        { name, type, ttl: 120, data: '192.0.2.1' },
        { name, type, ttl: 30, data: '192.0.2.2' },
      ],
    });
    const { inner, cache, advance } = setup(answer);
    await cache.query('a.example', 'A');
    advance(10_000);
    const hit = await cache.query('a.example', 'A');
    expect(hit.answers.map((a) => a.ttl)).toEqual([110, 20]);
    expect(hit.elapsedMs).toBe(0);
    advance(19_999);
    await cache.query('a.example', 'A');
    expect(inner.calls).toHaveLength(1);
    advance(1);
    await cache.query('a.example', 'A');
    expect(inner.calls).toHaveLength(2);
    expect(cache.stats()).toEqual({ asked: 4, network: 2, cacheHits: 2, deduped: 0 });
  });

  it('caps the TTL so a fix published now is seen soon', async () => {
    const answer = (name: string, type: RRType): DnsResult => ({
      name, type, status: 'NOERROR', chain: [], ad: false, answers: [{ name, type, ttl: 86400, data: 'x' }],
    });
    const { inner, cache, advance } = setup(answer, { maxTtlSec: 60 });
    await cache.query('a.example', 'TXT');
    advance(60_000);
    await cache.query('a.example', 'TXT');
    expect(inner.calls).toHaveLength(2);
  });

  const negative: { what: string; name: string; type: RRType; cachedForMs: number }[] = [
    { what: 'NXDOMAIN uses the negative TTL', name: 'absent.example', type: 'TXT', cachedForMs: 5000 },
    { what: 'NODATA uses the negative TTL', name: 'a.example', type: 'AAAA', cachedForMs: 5000 },
    { what: 'SERVFAIL is not cached', name: 'broken.example', type: 'TXT', cachedForMs: 0 },
  ];
  it.each(negative)('$what', async ({ name, type, cachedForMs }) => {
    const { inner, cache, advance } = setup(fromZone, { negativeTtlSec: 5 });
    await cache.query(name, type);
    await cache.query(name, type);
    expect(inner.calls).toHaveLength(cachedForMs ? 1 : 2);
    advance(cachedForMs);
    await cache.query(name, type);
    expect(inner.calls).toHaveLength(cachedForMs ? 2 : 3);
  });

  it('does not cache transport errors, and turns a throwing resolver into ERROR', async () => {
    let n = 0;
    const { inner, cache } = setup(() => {
      n++;
      throw new Error('socket closed');
    });
    const r = await cache.query('a.example', 'TXT');
    expect(r).toMatchObject({ status: 'ERROR', error: 'resolver failure: socket closed', name: 'a.example' });
    await cache.query('a.example', 'TXT');
    expect(inner.calls).toHaveLength(2);
    expect(n).toBe(2);
  });

  it('with failureTtlSec, remembers a failure for that long, until the next analysis (resetLog) or invalidate', async () => {
    const { inner, cache, advance } = setup(fromZone, { failureTtlSec: 30 });
    const first = await cache.query('broken.example', 'TXT');
    expect(first.status).toBe('SERVFAIL');
    const again = await cache.query('broken.example', 'TXT');
    expect(again).toMatchObject({ status: 'SERVFAIL', elapsedMs: 0 });
    expect(inner.calls).toHaveLength(1);
    expect(cache.log().map((e) => [e.status, e.cached])).toEqual([['SERVFAIL', false], ['SERVFAIL', true]]);
    advance(30_000);
    await cache.query('broken.example', 'TXT');
    expect(inner.calls).toHaveLength(2); // expired
    await cache.query('a.example', 'TXT');
    cache.resetLog(); // the next analysis asks failures again, keeps good answers
    await cache.query('broken.example', 'TXT');
    await cache.query('a.example', 'TXT');
    expect(inner.calls).toEqual(['TXT broken.example', 'TXT broken.example', 'TXT a.example', 'TXT broken.example']);
    cache.invalidate('broken.example');
    await cache.query('broken.example', 'TXT');
    expect(inner.calls).toHaveLength(5);
  });

  it('never caches a cancelled query, whatever failureTtlSec says', async () => {
    const cancelled: DnsResult = { name: 'a.example', type: 'TXT', status: 'ERROR', answers: [], chain: [], ad: false, error: 'the analysis was cancelled', cancelled: true };
    const { inner, cache } = setup(() => cancelled, { failureTtlSec: 60 });
    await cache.query('a.example', 'TXT');
    await cache.query('a.example', 'TXT');
    expect(inner.calls).toHaveLength(2);
  });

  it('logs every query with status, answers, chain, timing and start offset', async () => {
    const { cache, advance } = setup();
    advance(5);
    await cache.query('alias.example', 'TXT');
    advance(20);
    await cache.query('absent.example', 'A');
    advance(3);
    await cache.query('alias.example', 'TXT');
    expect(cache.log()).toEqual<CacheLogEntry[]>([
      { name: 'alias.example', type: 'TXT', status: 'NOERROR', answers: ['v=spf1 -all'], chain: ['a.example'], elapsedMs: 7, cached: false, startedAtMs: 5 },
      { name: 'absent.example', type: 'A', status: 'NXDOMAIN', answers: [], elapsedMs: 7, cached: false, startedAtMs: 25 },
      { name: 'alias.example', type: 'TXT', status: 'NOERROR', answers: ['v=spf1 -all'], chain: ['a.example'], elapsedMs: 0, cached: true, startedAtMs: 28 },
    ]);
  });

  it('tells listeners about each query as it completes, until unsubscribed', async () => {
    const { cache } = setup();
    const seen: string[] = [];
    const off = cache.onQuery((e) => seen.push(`${e.name}/${e.type}/${e.status}`));
    cache.onQuery(() => {
      throw new Error('a broken UI listener');
    });
    await cache.query('a.example', 'MX');
    off();
    await cache.query('a.example', 'A');
    expect(seen).toEqual(['a.example/MX/NOERROR']);
  });

  it('resetLog starts a new log but keeps the cache; invalidate forgets a name', async () => {
    const { inner, cache, advance } = setup();
    await cache.query('a.example', 'TXT');
    advance(100);
    cache.resetLog();
    await cache.query('a.example', 'TXT');
    expect(cache.log()).toEqual([expect.objectContaining({ cached: true, startedAtMs: 0 })]);
    expect(cache.stats()).toEqual({ asked: 1, network: 0, cacheHits: 1, deduped: 0 });
    cache.invalidate('A.example.');
    await cache.query('a.example', 'TXT');
    expect(inner.calls).toHaveLength(2);
  });

  it('bounds the cache and the log', async () => {
    const { inner, cache } = setup(fromZone, { maxEntries: 2, maxLogEntries: 3 });
    for (const n of ['a.example', 'alias.example', 'x.example', 'a.example']) await cache.query(n, 'A');
    expect(inner.calls).toHaveLength(4); // a.example was evicted by x.example
    expect(cache.log()).toHaveLength(3);
    expect(cache.stats().asked).toBe(4);
  });
});
