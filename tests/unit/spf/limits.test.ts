// Issue "SPF engine" done-when checks: the lookup limit during evaluation vs the lint's worst
// case, and inputs that must end quickly with the RFC 7208 result (4.6.4, 7.3).
import { afterAll, describe, expect, it } from 'vitest';
import { checkSpf, lintSpf, type SpfLint } from '../../../src/lib/spf/index.ts';
import { fifteenLookupZone, zoneOf } from './helpers.ts';
import { expectWithin } from '../../support/timing.ts';

const timings: string[] = [];
afterAll(() => console.log(`SPF limit timings: ${timings.join(', ')}`));

async function timed<T>(label: string, f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await f();
  const ms = performance.now() - t0;
  timings.push(`${label} ${ms.toFixed(1)} ms`);
  return { value, ms };
}

function codes(l: SpfLint): string[] {
  return l.problems.map((p) => p.code);
}

describe('a record whose includes need 15 lookups', () => {
  const { txt, extra } = fifteenLookupZone();
  const req = (ip: string) => ({ ip, mailFrom: 'user@fifteen.example', helo: 'mail.fifteen.example' });

  async function lintWarns(): Promise<void> {
    const lint = await lintSpf('fifteen.example', zoneOf(txt, extra));
    expect(lint.worstCaseLookups).toBe(15);
    expect(lint.tree?.ownLookups).toBe(5);
    expect(lint.tree?.children.map((c) => c.node?.worstCaseLookups)).toEqual([2, 2, 2, 2, 2]);
    const w = lint.problems.find((p) => p.code === 'spf-lint-lookup-limit');
    expect(w?.severity).toBe('warning');
    expect(w?.message).toMatch(/15 DNS-querying terms.*limit is 10/);
  }

  it('gives permerror for an address no term matches, at the 11th lookup; lint warns', async () => {
    const r = await checkSpf(req('203.0.113.9'), zoneOf(txt, extra));
    expect(r.result).toBe('permerror');
    expect(r.lookups).toBe(11);
    expect(r.problems.map((p) => p.code)).toContain('spf-lookup-limit');
    await lintWarns();
  });

  it('gives pass for an address matched within the first 5 lookups; lint warns all the same', async () => {
    const r = await checkSpf(req('198.51.100.11'), zoneOf(txt, extra));
    expect(r.result).toBe('pass');
    expect(r.lookups).toBe(2);
    const r2 = await checkSpf(req('198.51.100.22'), zoneOf(txt, extra));
    expect(r2.result).toBe('pass');
    expect(r2.lookups).toBe(6);
    await lintWarns();
  });

  it('gives permerror for an authorized address that only lookup 15 would reach', async () => {
    const r = await checkSpf(req('198.51.100.52'), zoneOf(txt, extra));
    expect(r.result).toBe('permerror');
  });

  it('a record within the limit gets no lookup warning', async () => {
    const small = { 'ok.example': 'v=spf1 include:_s1.fifteen.example include:_s2.fifteen.example -all', ...txt };
    const lint = await lintSpf('ok.example', zoneOf(small, extra));
    expect(lint.worstCaseLookups).toBe(6);
    expect(codes(lint)).not.toContain('spf-lint-lookup-limit');
  });
});

describe('inputs that must end quickly', () => {
  it('50 nested includes: permerror at the 11th include, under 1 s; lint is bounded', async () => {
    const txt: Record<string, string> = {};
    for (let i = 0; i < 50; i++) txt[`n${i}.nest.example`] = `v=spf1 include:n${i + 1}.nest.example -all`;
    txt['n50.nest.example'] = 'v=spf1 +all';
    const dns = zoneOf(txt);
    const { value: r, ms } = await timed('50 nested includes (check)', () => checkSpf({ ip: '192.0.2.1', mailFrom: 'a@n0.nest.example', helo: 'h.example' }, dns));
    expect(r.result).toBe('permerror');
    expect(r.lookups).toBe(11);
    expect(dns.count).toBeLessThanOrEqual(12);
    expectWithin(ms, 1000);
    const lintDns = zoneOf(txt);
    const { value: lint, ms: lms } = await timed('50 nested includes (lint)', () => lintSpf('n0.nest.example', lintDns));
    expectWithin(lms, 1000);
    expect(lint.worstCaseLookups).toBeGreaterThan(10);
    expect(codes(lint)).toEqual(expect.arrayContaining(['spf-lint-lookup-limit', 'spf-lint-truncated']));
    expect(lintDns.count).toBeLessThan(40);
  });

  it('an include loop: permerror under 1 s; lint says Infinity and names the loop', async () => {
    const txt = {
      'loop.example': 'v=spf1 include:loop2.example -all',
      'loop2.example': 'v=spf1 ip4:198.51.100.1 include:loop.example -all',
    };
    const dns = zoneOf(txt);
    const { value: r, ms } = await timed('include loop (check)', () => checkSpf({ ip: '192.0.2.1', mailFrom: 'a@loop.example', helo: 'h.example' }, dns));
    expect(r.result).toBe('permerror');
    expectWithin(ms, 1000);
    // the memo answers repeated queries: two records, whatever the depth
    expect(dns.count).toBe(2);
    const { value: lint, ms: lms } = await timed('include loop (lint)', () => lintSpf('loop.example', zoneOf(txt)));
    expectWithin(lms, 1000);
    expect(lint.worstCaseLookups).toBe(Infinity);
    const loop = lint.problems.find((p) => p.code === 'spf-lint-loop');
    expect(loop?.message).toContain('loop.example → loop2.example → loop.example');
    // an address matched before the loop still passes (evaluation stops at the first match)
    expect((await checkSpf({ ip: '198.51.100.1', mailFrom: 'a@loop.example', helo: 'h.example' }, zoneOf(txt))).result).toBe('pass');
  });

  it('a redirect to itself: permerror under 1 s; lint Infinity', async () => {
    const txt = { 'self.example': 'v=spf1 ip4:198.51.100.1 redirect=self.example' };
    const { value: r, ms } = await timed('self redirect (check)', () => checkSpf({ ip: '192.0.2.1', mailFrom: 'a@self.example', helo: 'h.example' }, zoneOf(txt)));
    expect(r.result).toBe('permerror');
    expectWithin(ms, 1000);
    expect((await lintSpf('self.example', zoneOf(txt))).worstCaseLookups).toBe(Infinity);
  });

  it('a macro expanding past 253 characters is cut from the left by whole labels (7.3), under 1 s', async () => {
    const local = 'x'.repeat(60);
    // 5 x 60 + separators + suffix = 330 characters before truncation
    const spec = '%{l}.%{l}.%{l}.%{l}.%{l}._e.trunc.example';
    const full = `${Array(5).fill(local).join('.')}._e.trunc.example`;
    expect(full.length).toBeGreaterThan(253);
    // RFC 7208 7.3: remove labels from the left until the name is at most 253 characters
    let expected = full;
    while (expected.length > 253) expected = expected.slice(expected.indexOf('.') + 1);
    expect(expected).toBe(`${Array(3).fill(local).join('.')}._e.trunc.example`);
    const txt = { 'trunc.example': `v=spf1 exists:${spec} -all` };
    const dns = zoneOf(txt, { [expected]: { A: ['127.0.0.2'] } });
    const { value: r, ms } = await timed('253-char macro (check)', () => checkSpf({ ip: '192.0.2.1', mailFrom: `${local}@trunc.example`, helo: 'h.example' }, dns));
    expectWithin(ms, 1000);
    expect(r.result).toBe('pass');
    expect(dns.log).toContain(`A ${expected}`);
    for (const q of dns.log) expect(q.split(' ')[1]!.length, q).toBeLessThanOrEqual(253);
    // without the record at the truncated name: no match → -all → fail
    const { value: r2 } = await timed('253-char macro, no record (check)', () => checkSpf({ ip: '192.0.2.1', mailFrom: `${local}@trunc.example`, helo: 'h.example' }, zoneOf(txt)));
    expect(r2.result).toBe('fail');
  });

  it('a huge macro expansion in exp= stays bounded and fails with an explanation, under 1 s', async () => {
    const txt = {
      'bigexp.example': 'v=spf1 -all exp=_exp.bigexp.example',
      '_exp.bigexp.example': Array(200).fill('%{s}').join(' '),
    };
    const { value: r, ms } = await timed('huge exp (check)', () => checkSpf({ ip: '192.0.2.1', mailFrom: `${'y'.repeat(64)}@bigexp.example`, helo: 'h.example' }, zoneOf(txt)));
    expectWithin(ms, 1000);
    expect(r.result).toBe('fail');
    expect(r.explanation.length).toBeGreaterThan(1000);
    expect(r.explanation.length).toBeLessThanOrEqual(8192);
  });

  it('many MX hosts: permerror past the 10 address lookups, lint warns', async () => {
    const hosts = Array.from({ length: 12 }, (_, i) => ({ priority: i, exchange: `mx${i}.mxmany.example` }));
    const extra = Object.fromEntries(hosts.map((h, i) => [h.exchange, { A: [`198.51.100.${i + 1}`] }]));
    const dns = () => zoneOf({ 'mxmany.example': 'v=spf1 mx -all' }, { 'mxmany.example': { MX: hosts }, ...extra });
    expect((await checkSpf({ ip: '198.51.100.12', mailFrom: 'a@mxmany.example', helo: 'h.example' }, dns())).result).toBe('permerror');
    expect((await checkSpf({ ip: '198.51.100.3', mailFrom: 'a@mxmany.example', helo: 'h.example' }, dns())).result).toBe('pass');
    expect(codes(await lintSpf('mxmany.example', dns()))).toContain('spf-lint-mx-limit');
  });
});
