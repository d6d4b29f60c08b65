// DohResolver with an injected fake fetch: request shape, fallback rules, cancellation and
// the faults a real server cannot easily produce (CORS TypeError, huge bodies, TC).
import { describe, expect, it, vi } from 'vitest';
import * as dnsPacket from '@leichtgewicht/dns-packet';
import { DEFAULT_ENDPOINTS, DohResolver, type FetchLike, type FetchResponseLike } from '../../../src/lib/dns/doh.ts';
import { fromBase64url } from '../../../src/lib/util/base64.ts';
import { expectWithin } from '../../support/timing.ts';

type Reply = FetchResponseLike | Error | 'hang';

function reply(status: number, body: string | Uint8Array, contentType = 'application/dns-json'): FetchResponseLike {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return {
    status,
    headers: { get: (h: string) => (h.toLowerCase() === 'content-type' ? contentType : null) },
    arrayBuffer: async () => bytes.slice().buffer,
  };
}
const json = (o: object) => reply(200, JSON.stringify(o));
const ok = json({ Status: 0, Answer: [{ name: 'a.example', type: 1, TTL: 60, data: '192.0.2.1' }] });
const servfail = json({ Status: 2 });

/** A fetch answering per host from a script; records the URLs asked. */
function fakeFetch(script: Record<string, Reply>) {
  const calls: { url: string; accept: string }[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, accept: init.headers.accept! });
    const r = script[new URL(url).host];
    if (r === undefined) return Promise.reject(new Error(`unscripted ${url}`));
    if (r === 'hang') return new Promise(() => {}); // ignores the abort signal on purpose
    return r instanceof Error ? Promise.reject(r) : Promise.resolve(r);
  };
  return { fetch, calls, hosts: () => calls.map((c) => new URL(c.url).host) };
}

const EP = ['https://one.test/dns-query', 'https://two.test/resolve', 'https://three.test/q'];

describe('DohResolver with a fake fetch', () => {
  it('sends GET ?name=&type= with accept application/dns-json, keeping existing parameters', async () => {
    const f = fakeFetch({ 'one.test': ok });
    const r = await new DohResolver({ fetch: f.fetch, endpoints: ['https://one.test/dns-query?ct=x'] }).query('A.Example.', 'A');
    const u = new URL(f.calls[0]!.url);
    expect([u.searchParams.get('name'), u.searchParams.get('type'), u.searchParams.get('ct')]).toEqual(['a.example', 'A', 'x']);
    expect(f.calls[0]!.accept).toBe('application/dns-json');
    expect(r).toMatchObject({ name: 'a.example', status: 'NOERROR', server: 'https://one.test/dns-query?ct=x', answers: [{ data: '192.0.2.1', ttl: 60 }] });
  });

  it('sends an RFC 8484 GET ?dns= in wire format', async () => {
    const f = fakeFetch({ 'one.test': reply(500, '') });
    await new DohResolver({ fetch: f.fetch, endpoints: [EP[0]!], format: 'wire' }).query('a.example', 'TXT');
    const u = new URL(f.calls[0]!.url);
    expect(f.calls[0]!.accept).toBe('application/dns-message');
    expect(u.searchParams.get('name')).toBeNull();
    const q = dnsPacket.decode(fromBase64url(u.searchParams.get('dns')!)!);
    expect(q.questions).toEqual([{ name: 'a.example', type: 'TXT', class: 'IN' }]);
  });

  it('defaults to Cloudflare then Google', () => {
    expect(DEFAULT_ENDPOINTS.json).toEqual(['https://cloudflare-dns.com/dns-query', 'https://dns.google/resolve']);
  });

  it('calls fetch without a foreign `this` (browsers throw Illegal invocation)', async () => {
    let self: unknown = 'unset';
    const fetch: FetchLike = function (this: unknown) {
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the test records the receiver
      self = this;
      return Promise.resolve(ok);
    };
    await new DohResolver({ fetch, endpoints: [EP[0]!] }).query('a.example', 'A');
    expect(self).toBeUndefined();
  });

  interface Row {
    what: string;
    script: Record<string, Reply>;
    status: string;
    error?: RegExp;
    asked: string[];
    server?: string;
    extra?: object;
  }
  const rows: Row[] = [
    { what: 'CORS refusal (TypeError) falls back', script: { 'one.test': new TypeError('Failed to fetch'), 'two.test': ok }, status: 'NOERROR', asked: ['one.test', 'two.test'], server: EP[1] },
    { what: 'offline everywhere', script: { 'one.test': new TypeError('fetch failed'), 'two.test': new TypeError('fetch failed'), 'three.test': new TypeError('x') }, status: 'ERROR', error: /one\.test: network error or blocked by CORS \(fetch failed\); two\.test: network error or blocked by CORS \(fetch failed\); three\.test: network error or blocked by CORS \(x\)/, asked: ['one.test', 'two.test', 'three.test'] },
    { what: 'other fetch errors name their message', script: { 'one.test': new Error('boom'), 'two.test': servfail, 'three.test': servfail }, status: 'SERVFAIL', asked: ['one.test', 'two.test', 'three.test'], server: EP[1] },
    { what: 'SERVFAIL retried once only', script: { 'one.test': servfail, 'two.test': servfail, 'three.test': ok }, status: 'SERVFAIL', asked: ['one.test', 'two.test'], server: EP[0] },
    { what: 'SERVFAIL then an answer', script: { 'one.test': servfail, 'two.test': ok }, status: 'NOERROR', asked: ['one.test', 'two.test'], server: EP[1] },
    { what: 'SERVFAIL, a transport failure, then an answer', script: { 'one.test': servfail, 'two.test': reply(503, ''), 'three.test': ok }, status: 'NOERROR', asked: ['one.test', 'two.test', 'three.test'], server: EP[2] },
    { what: 'SERVFAIL then only transport failures keeps the SERVFAIL', script: { 'one.test': servfail, 'two.test': reply(503, ''), 'three.test': new TypeError('x') }, status: 'SERVFAIL', error: /SERVFAIL/, asked: ['one.test', 'two.test', 'three.test'], server: EP[0] },
    { what: 'REFUSED is retried like SERVFAIL', script: { 'one.test': json({ Status: 5 }), 'two.test': ok }, status: 'NOERROR', asked: ['one.test', 'two.test'] },
    { what: 'NXDOMAIN is not retried', script: { 'one.test': json({ Status: 3 }), 'two.test': ok }, status: 'NXDOMAIN', asked: ['one.test'] },
    { what: 'JSON without Status', script: { 'one.test': json({ Answer: [] }) }, status: 'ERROR', error: /no numeric Status/, asked: ['one.test', 'two.test', 'three.test'] },
    { what: 'HTTP 404', script: { 'one.test': reply(404, 'nope') }, status: 'ERROR', error: /one\.test: HTTP 404/, asked: ['one.test', 'two.test', 'three.test'] },
    { what: 'no content-type', script: { 'one.test': reply(200, '{}', '') }, status: 'ERROR', error: /wrong content-type "\(none\)"/, asked: ['one.test', 'two.test', 'three.test'] },
    { what: 'Google content-type with charset', script: { 'one.test': reply(200, '{"Status":0}', 'application/json; charset=UTF-8') }, status: 'NOERROR', asked: ['one.test'] },
    { what: 'a body over the size limit', script: { 'one.test': reply(200, `{"Status":0,"x":"${'a'.repeat(600 * 1024)}"}`) }, status: 'ERROR', error: /larger than/, asked: ['one.test', 'two.test', 'three.test'] },
    { what: 'TC flag is noted', script: { 'one.test': json({ Status: 0, TC: true }) }, status: 'NOERROR', asked: ['one.test'], extra: { truncated: true } },
    { what: 'AD flag is kept', script: { 'one.test': json({ Status: 0, AD: true }) }, status: 'NOERROR', asked: ['one.test'], extra: { ad: true } },
  ];
  it.each(rows)('$what', async ({ script, status, error, asked, server, extra }) => {
    const f = fakeFetch(script);
    const r = await new DohResolver({ fetch: f.fetch, endpoints: EP }).query('a.example', 'A');
    expect(r.status).toBe(status);
    if (error) expect(r.error).toMatch(error);
    expect(f.hosts()).toEqual(asked);
    expect(r.attempts.map((a) => new URL(a.server).host)).toEqual(asked);
    if (server) expect(r.server).toBe(server);
    if (extra) expect(r).toMatchObject(extra);
  });

  it('times out even when fetch ignores the abort signal', async () => {
    const f = fakeFetch({ 'one.test': 'hang', 'two.test': 'hang' });
    const r = await new DohResolver({ fetch: f.fetch, endpoints: EP.slice(0, 2), timeoutMs: 30 }).query('a.example', 'A');
    expect(r).toMatchObject({ status: 'TIMEOUT', error: 'one.test: timed out (no answer within 30 ms); two.test: timed out (no answer within 30 ms)' });
  });

  it('a fetch that never settles and ignores the signal still ends within the timeout, with a signal given', async () => {
    const f = fakeFetch({ 'one.test': 'hang' });
    const t0 = performance.now();
    const r = await new DohResolver({ fetch: f.fetch, endpoints: [EP[0]!], timeoutMs: 40, signal: new AbortController().signal }).query('a.example', 'A');
    expectWithin(performance.now() - t0, 500);
    expect(r).toMatchObject({ status: 'TIMEOUT', error: expect.stringMatching(/timed out/) });
    expect(r.cancelled).toBeUndefined();
  });

  it.each([
    ['0', 0],
    ['negative', -5],
    ['NaN', Number.NaN],
  ])('a timeout of %s falls back to the default instead of firing at once', async (_what, timeoutMs) => {
    const f = fakeFetch({ 'one.test': ok });
    const r = await new DohResolver({ fetch: f.fetch, endpoints: [EP[0]!], timeoutMs }).query('a.example', 'A');
    expect(r.status).toBe('NOERROR');
  });

  it('an endpoint that failed in transport is asked last for a while, then first again', async () => {
    let clock = 0;
    const perf = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    try {
      const script: Record<string, Reply> = { 'one.test': new TypeError('Failed to fetch'), 'two.test': ok };
      const f = fakeFetch(script);
      const resolver = new DohResolver({ fetch: f.fetch, endpoints: EP.slice(0, 2), demoteForMs: 1000 });
      await resolver.query('a.example', 'A');
      expect(f.hosts()).toEqual(['one.test', 'two.test']);
      const second = await resolver.query('b.example', 'A');
      expect(f.hosts().slice(2)).toEqual(['two.test']); // the failing primary is not waited for again
      expect(second.server).toBe(EP[1]);
      clock += 1000;
      script['one.test'] = ok;
      await resolver.query('c.example', 'A');
      expect(f.hosts().slice(3)).toEqual(['one.test']); // demotion over, primary answers
    } finally {
      perf.mockRestore();
    }
  });

  it('an endpoint is not demoted for a DNS-level SERVFAIL, nor when demoteForMs is 0', async () => {
    const f1 = fakeFetch({ 'one.test': servfail, 'two.test': ok });
    const r1 = new DohResolver({ fetch: f1.fetch, endpoints: EP.slice(0, 2) });
    await r1.query('a.example', 'A');
    await r1.query('b.example', 'A');
    expect(f1.hosts()).toEqual(['one.test', 'two.test', 'one.test', 'two.test']);
    const f2 = fakeFetch({ 'one.test': reply(503, ''), 'two.test': ok });
    const r2 = new DohResolver({ fetch: f2.fetch, endpoints: EP.slice(0, 2), demoteForMs: 0 });
    await r2.query('a.example', 'A');
    await r2.query('b.example', 'A');
    expect(f2.hosts()).toEqual(['one.test', 'two.test', 'one.test', 'two.test']);
  });

  it('the analysis signal cancels the query and stops the fallback', async () => {
    const f = fakeFetch({ 'one.test': 'hang', 'two.test': ok });
    const ac = new AbortController();
    const p = new DohResolver({ fetch: f.fetch, endpoints: EP, signal: ac.signal }).query('a.example', 'A');
    setTimeout(() => ac.abort(), 10);
    const r = await p;
    expect(r).toMatchObject({ status: 'ERROR', error: expect.stringMatching(/cancelled/), cancelled: true });
    expect(f.hosts()).toEqual(['one.test']);
  });

  it('an already cancelled analysis asks nobody', async () => {
    const f = fakeFetch({ 'one.test': ok });
    const r = await new DohResolver({ fetch: f.fetch, endpoints: EP, signal: AbortSignal.abort() }).query('a.example', 'A');
    expect(r.status).toBe('ERROR');
    expect(f.calls).toHaveLength(0);
  });

  it.each([
    ['a..example', /empty label/],
    [`${'x'.repeat(70)}.example`, /label is 70 octets/],
  ])('refuses the invalid name %s without asking', async (name, reason) => {
    const f = fakeFetch({});
    const r = await new DohResolver({ fetch: f.fetch, endpoints: EP }).query(name, 'TXT');
    expect(r).toMatchObject({ status: 'ERROR', error: expect.stringMatching(reason), answers: [] });
    expect(f.calls).toHaveLength(0);
  });

  it('an invalid endpoint URL is an ERROR naming it, and the next endpoint is used', async () => {
    const f = fakeFetch({ 'two.test': ok });
    const r = await new DohResolver({ fetch: f.fetch, endpoints: ['not a url', EP[1]!] }).query('a.example', 'A');
    expect(r.status).toBe('NOERROR');
    expect(r.attempts[0]).toMatchObject({ status: 'ERROR', reason: expect.stringMatching(/"not a url" is not a valid URL/) });
  });
});
