// lintSpf: problems apart from the verdict (RFC 7208).
import { describe, expect, it } from 'vitest';
import type { DnsResult, Resolver, RRType } from '../../../src/lib/dns/types.ts';
import { lintSpf, type SpfLint } from '../../../src/lib/spf/index.ts';
import { zoneOf } from './helpers.ts';

function codes(l: SpfLint): string[] {
  return l.problems.map((p) => p.code);
}
function problem(l: SpfLint, code: string) {
  const p = l.problems.find((x) => x.code === code);
  expect(p, `${code} in ${JSON.stringify(codes(l))}`).toBeDefined();
  return p!;
}

describe('lintSpf', () => {
  it('a clean record: no problems, counts, the v=spf1 records listed', async () => {
    const dns = zoneOf(
      { 'clean.example': ['google-site-verification=abc', 'v=spf1 ip4:192.0.2.0/24 include:_spf.clean.example mx -all'], '_spf.clean.example': 'v=spf1 a:out.clean.example ~all' },
      { 'clean.example': { MX: [{ priority: 10, exchange: 'mx.clean.example' }] }, 'mx.clean.example': { A: ['192.0.2.25'] }, 'out.clean.example': { A: ['192.0.2.30'] } },
    );
    const l = await lintSpf('Clean.Example.', dns);
    expect(l.domain).toBe('clean.example');
    expect(l.records).toEqual(['v=spf1 ip4:192.0.2.0/24 include:_spf.clean.example mx -all']);
    expect(l.record).toBe(l.records[0]);
    expect(l.worstCaseLookups).toBe(3);
    // out.clean.example has no AAAA: for an IPv6 client that a: is a void lookup
    expect(l.voidLookups).toBe(1);
    expect(l.tree?.children).toHaveLength(1);
    expect(l.tree?.children[0]?.node?.record).toBe('v=spf1 a:out.clean.example ~all');
    expect(l.problems).toEqual([]);
    expect(l.queries.length).toBeGreaterThan(0);
  });

  it('more than one SPF record', async () => {
    const l = await lintSpf('two.example', zoneOf({ 'two.example': ['v=spf1 -all', 'v=spf1 ip4:192.0.2.1 -all', 'other'] }));
    expect(l.records).toHaveLength(2);
    const p = problem(l, 'spf-lint-multiple-records');
    expect(p.severity).toBe('error');
    expect(p.message).toMatch(/2 SPF records.*exactly one/);
  });

  it('no SPF record', async () => {
    const l = await lintSpf('none.example', zoneOf({ 'none.example': 'hello' }));
    expect(l.record).toBeNull();
    expect(l.records).toEqual([]);
    expect(l.tree).toBeNull();
    expect(codes(l)).toEqual(['spf-lint-no-record']);
  });

  it('ptr, +all and ?all', async () => {
    const l = await lintSpf('bad.example', zoneOf({ 'bad.example': 'v=spf1 ptr:bad.example include:_i.bad.example ?all', '_i.bad.example': 'v=spf1 +all' }));
    expect(problem(l, 'spf-lint-ptr').message).toContain('ptr');
    expect(problem(l, 'spf-lint-neutral-all').severity).toBe('warning');
    const pa = problem(l, 'spf-lint-pass-all');
    expect(pa.severity).toBe('error');
    expect(pa.message).toContain('_i.bad.example');
    expect(pa.message).toContain('every host');
  });

  it('?all inside an included record is not flagged (it only means "no match" there)', async () => {
    const l = await lintSpf('ok.example', zoneOf({ 'ok.example': 'v=spf1 include:_i.ok.example -all', '_i.ok.example': 'v=spf1 ip4:192.0.2.1 ?all' }));
    expect(codes(l)).not.toContain('spf-lint-neutral-all');
  });

  it('include and redirect of a domain without SPF', async () => {
    const l = await lintSpf('inc.example', zoneOf({ 'inc.example': 'v=spf1 include:nospf.example include:gone.example redirect=plain.example', 'nospf.example': 'not spf', 'plain.example': 'x' }));
    const inc = l.problems.filter((p) => p.code === 'spf-lint-include-none');
    expect(inc.map((p) => p.subject)).toEqual(['include:nospf.example', 'include:gone.example']);
    expect(inc[0]!.message).toContain('permerror');
    expect(problem(l, 'spf-lint-redirect-none').subject).toBe('redirect=plain.example');
  });

  it('void lookups: each reported, more than 2 over the limit', async () => {
    const l = await lintSpf('void.example', zoneOf({ 'void.example': 'v=spf1 a:n1.void.example a:n2.void.example mx:n3.void.example -all' }));
    expect(l.voidLookups).toBe(3);
    expect(l.problems.filter((p) => p.code === 'spf-lint-void')).toHaveLength(3);
    expect(problem(l, 'spf-lint-void-limit').severity).toBe('error');
    const two = await lintSpf('void2.example', zoneOf({ 'void2.example': 'v=spf1 a:n1.void.example a:n2.void.example -all' }));
    expect(two.voidLookups).toBe(2);
    expect(codes(two)).not.toContain('spf-lint-void-limit');
  });

  it('an a: target with only AAAA records is void for IPv4 clients only', async () => {
    const l = await lintSpf('v6.example', zoneOf({ 'v6.example': 'v=spf1 a:h1.v6.example a:h2.v6.example a:h3.v6.example -all' }, {
      'h1.v6.example': { AAAA: ['2001:db8::1'] }, 'h2.v6.example': { AAAA: ['2001:db8::2'] }, 'h3.v6.example': { AAAA: ['2001:db8::3'] },
    }));
    expect(l.voidLookups).toBe(3);
    expect(codes(l)).not.toContain('spf-lint-void');
    expect(codes(l)).toContain('spf-lint-void-limit');
  });

  it('syntax errors in an included record', async () => {
    const l = await lintSpf('syn.example', zoneOf({ 'syn.example': 'v=spf1 include:_b.syn.example -all', '_b.syn.example': 'v=spf1 ip4:192.0.2.300 -all' }));
    const p = problem(l, 'spf-lint-syntax');
    expect(p.message).toContain('_b.syn.example');
    expect(p.message).toContain('reached via syn.example');
  });

  it('records near and over the 512-byte UDP limit', async () => {
    const ips = (n: number) => Array.from({ length: n }, (_, i) => `ip4:198.51.${Math.floor(i / 200)}.${i % 200}`).join(' ');
    const small = await lintSpf('s.example', zoneOf({ 's.example': `v=spf1 ${ips(5)} -all` }));
    expect(codes(small)).not.toContain('spf-lint-udp-size');
    expect(codes(small)).not.toContain('spf-lint-udp-near');
    const near = await lintSpf('n.example', zoneOf({ 'n.example': `v=spf1 ${ips(27)} -all` }));
    expect(codes(near)).toContain('spf-lint-udp-near');
    const big = await lintSpf('b.example', zoneOf({ 'b.example': [`v=spf1 ${ips(30)} -all`] }));
    const p = problem(big, 'spf-lint-udp-size');
    expect(Number(p.params?.bytes)).toBeGreaterThan(512);
    // other TXT records at the name share the answer
    const crowded = await lintSpf('c.example', zoneOf({ 'c.example': [`v=spf1 ${ips(10)} -all`, 'x'.repeat(200), 'y'.repeat(120)] }));
    expect(codes(crowded)).toContain('spf-lint-udp-size');
    // included records are measured too
    const inc = await lintSpf('i.example', zoneOf({ 'i.example': 'v=spf1 include:b.example -all', 'b.example': [`v=spf1 ${ips(30)} -all`] }));
    expect(problem(inc, 'spf-lint-udp-size').subject).toBe('b.example');
    expect(codes(big)).not.toContain('spf-lint-long-string');
    // zone data can hold a string DNS could not carry
    const long = await lintSpf('l.example', zoneOf({}, { 'l.example': { TXT: [[`v=spf1 ${ips(17)} -all`]] } }));
    expect(codes(long)).toContain('spf-lint-long-string');
  });

  it('deprecated SPF RR type, when the resolver can ask for it', async () => {
    const dns = zoneOf({ 'old.example': 'v=spf1 -all' }, { 'old.example': { SPF: [['v=spf1 -all']] } });
    expect(problem(await lintSpf('old.example', dns), 'spf-lint-spf-rrtype').message).toContain('type SPF (99)');
    expect(dns.log).toContain('SPF old.example');
    // a resolver that throws on type SPF: skipped without a problem
    const inner = zoneOf({ 'old.example': 'v=spf1 -all' });
    const picky: Resolver = {
      query(name: string, type: RRType): Promise<DnsResult> {
        if (type === 'SPF') return Promise.reject(new Error('unsupported type'));
        return inner.query(name, type);
      },
    };
    const l = await lintSpf('old.example', picky);
    expect(l.problems).toEqual([]);
    expect(l.record).toBe('v=spf1 -all');
  });

  it('a DNS failure is a problem, not an exception', async () => {
    const dns = zoneOf({ 'fail.example': 'v=spf1 include:_t.fail.example -all' }, { '_t.fail.example': { TIMEOUT: true } });
    const l = await lintSpf('fail.example', dns);
    expect(problem(l, 'spf-lint-dns-error').message).toContain('TIMEOUT');
    const broken: Resolver = { query: () => Promise.reject(new Error('network down')) };
    const b = await lintSpf('x.example', broken);
    expect(b.record).toBeNull();
    expect(codes(b)).toContain('spf-lint-dns-error');
  });

  it('an invalid domain', async () => {
    const l = await lintSpf('not a domain', zoneOf({}));
    expect(codes(l)).toEqual(['spf-lint-invalid-domain']);
    expect(l.queries).toEqual([]);
  });

  it('macro targets are not followed, and say so', async () => {
    const l = await lintSpf('mac.example', zoneOf({ 'mac.example': 'v=spf1 include:%{d}.x.example exists:%{i}.e.example -all' }));
    expect(l.worstCaseLookups).toBe(2);
    expect(codes(l)).toContain('spf-lint-macro-target');
  });

  it('redirect is ignored when the record has "all"', async () => {
    const l = await lintSpf('ra.example', zoneOf({ 'ra.example': 'v=spf1 -all redirect=gone.example' }));
    expect(l.worstCaseLookups).toBe(0);
    expect(codes(l)).toEqual(['spf-lint-redirect-ignored']);
  });

  it('a shared include reached twice is fetched once but counted twice', async () => {
    const dns = zoneOf({
      'dup.example': 'v=spf1 include:_a.dup.example include:_b.dup.example -all',
      '_a.dup.example': 'v=spf1 include:_c.dup.example ~all',
      '_b.dup.example': 'v=spf1 include:_c.dup.example ~all',
      '_c.dup.example': 'v=spf1 a:h.dup.example a:h.dup.example ~all',
    }, { 'h.dup.example': { A: ['192.0.2.1'] } });
    const l = await lintSpf('dup.example', dns);
    expect(l.worstCaseLookups).toBe(2 + 2 * (1 + 2));
    expect(dns.log.filter((q) => q === 'TXT _c.dup.example')).toHaveLength(1);
  });

  it('mutual includes across parallel branches terminate (no promise waits on itself)', async () => {
    const l = await lintSpf('m.example', zoneOf({
      'm.example': 'v=spf1 include:b.m.example include:c.m.example -all',
      'b.m.example': 'v=spf1 include:c.m.example ~all',
      'c.m.example': 'v=spf1 include:b.m.example ~all',
    }));
    expect(l.worstCaseLookups).toBe(Infinity);
    expect(codes(l)).toContain('spf-lint-loop');
  });
});
