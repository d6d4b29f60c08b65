// Macro expansion (RFC 7208 7.4 examples), the HELO identity / null sender, and IPv4-mapped IPv6.
import { describe, expect, it } from 'vitest';
import { checkSpf, expandMacroString, parseClientIp, parseMacroString, truncateDomain, type MacroContext } from '../../../src/lib/spf/index.ts';
import { zoneOf } from './helpers.ts';

function ctxFor(ip: string, sender = 'strong-bad@email.example.com', domain = 'email.example.com'): MacroContext {
  const c = parseClientIp(ip)!;
  const at = sender.lastIndexOf('@');
  return {
    sender, local: sender.slice(0, at), senderDomain: sender.slice(at + 1), domain, ipDotted: c.dotted, clientIp: c.text,
    ipVersion: c.version, helo: 'mx.example.org', receiver: 'rx.example.net', timestamp: 1700000000,
  };
}

function expand(spec: string, ctx: MacroContext, mode: 'domain' | 'text' = 'domain'): string {
  const ms = parseMacroString(spec, { explanation: mode === 'text' });
  if (!ms.ok) throw new Error(`${spec}: ${ms.error}`);
  return expandMacroString(ms.value, ctx, mode);
}

describe('RFC 7208 7.4 examples', () => {
  // sender strong-bad@email.example.com, IPv4 client 192.0.2.3
  const v4 = ctxFor('192.0.2.3');
  it.each([
    ['%{s}', 'strong-bad@email.example.com'],
    ['%{o}', 'email.example.com'],
    ['%{d}', 'email.example.com'],
    ['%{d4}', 'email.example.com'],
    ['%{d3}', 'email.example.com'],
    ['%{d2}', 'example.com'],
    ['%{d1}', 'com'],
    ['%{dr}', 'com.example.email'],
    ['%{d2r}', 'example.email'],
    ['%{l}', 'strong-bad'],
    ['%{l-}', 'strong.bad'],
    ['%{lr}', 'strong-bad'],
    ['%{lr-}', 'bad.strong'],
    ['%{l1r-}', 'strong'],
    ['%{ir}.%{v}._spf.%{d2}', '3.2.0.192.in-addr._spf.example.com'],
    ['%{lr-}.lp._spf.%{d2}', 'bad.strong.lp._spf.example.com'],
    ['%{lr-}.lp.%{ir}.%{v}._spf.%{d2}', 'bad.strong.lp.3.2.0.192.in-addr._spf.example.com'],
    ['%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}', '3.2.0.192.in-addr.strong.lp._spf.example.com'],
    ['%{d2}.trusted-domains.example.net', 'example.com.trusted-domains.example.net'],
  ])('%s → %s', (spec, want) => {
    expect(expand(spec, v4)).toBe(want);
  });

  it('IPv6 client 2001:db8::cb01: %{ir}.%{v}._spf.%{d2}', () => {
    // the RFC prints lowercase nibbles; the openspf suite expects uppercase in explanations and
    // DNS compares names case-insensitively, so compare the same way here
    expect(expand('%{ir}.%{v}._spf.%{d2}', ctxFor('2001:db8::cb01')).toLowerCase()).toBe(
      '1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com',
    );
  });

  it('explanation-only letters, escapes and URL encoding', () => {
    expect(expand('%{c} %{r} %{t} %% %_ %-', v4, 'text')).toBe('192.0.2.3 rx.example.net 1700000000 %   %20');
    expect(expand('%{c}', ctxFor('2001:DB8::CB01'), 'text')).toBe('2001:db8::cb01');
    expect(expand('%{L}', ctxFor('192.0.2.3', 'a+b c@x.example'), 'text')).toBe('a%2Bb%20c');
    // c, r, t are not allowed outside explanations (7.2)
    expect(parseMacroString('%{c}.example.com').ok).toBe(false);
    expect(parseMacroString('%{x}.example.com').ok).toBe(false);
    expect(parseMacroString('%{d0}').ok).toBe(false);
    expect(parseMacroString('%{d').ok).toBe(false);
    expect(parseMacroString('50%').ok).toBe(false);
  });

  it('over 253 characters: labels removed from the left (7.3)', () => {
    const label = 'a'.repeat(63);
    const name = `${label}.${label}.${label}.${label}.example.com`; // 267 characters
    const cut = truncateDomain(name);
    expect(cut).toBe(`${label}.${label}.${label}.example.com`);
    expect(cut.length).toBeLessThanOrEqual(253);
    expect(truncateDomain('example.com.')).toBe('example.com');
  });
});

describe('identity: MAIL FROM, null sender, HELO', () => {
  const dns = () =>
    zoneOf(
      {
        'mail.example.org': 'v=spf1 a -all exp=_e.example.org',
        'example.org': 'v=spf1 ip4:198.51.100.0/24 -all exp=_e.example.org',
        '_e.example.org': '%{s} via %{h} is not allowed',
      },
      { 'mail.example.org': { A: ['192.0.2.10'] } },
    );

  it('a null MAIL FROM checks postmaster@<HELO> against the HELO record', async () => {
    for (const mailFrom of ['', '<>']) {
      const r = await checkSpf({ ip: '192.0.2.10', mailFrom, helo: 'mail.example.org' }, dns());
      expect(r.identity).toBe('helo');
      expect(r.sender).toBe('postmaster@mail.example.org');
      expect(r.domain).toBe('mail.example.org');
      expect(r.result).toBe('pass');
    }
    const bad = await checkSpf({ ip: '192.0.2.99', mailFrom: '', helo: 'mail.example.org' }, dns());
    expect(bad.result).toBe('fail');
    expect(bad.explanation).toBe('postmaster@mail.example.org via mail.example.org is not allowed');
  });

  it('a MAIL FROM is checked against its own domain, not the HELO', async () => {
    const r = await checkSpf({ ip: '192.0.2.10', mailFrom: 'alice@example.org', helo: 'mail.example.org' }, dns());
    expect(r.identity).toBe('mailfrom');
    expect(r.domain).toBe('example.org');
    expect(r.result).toBe('fail');
    expect(r.explanation).toBe('alice@example.org via mail.example.org is not allowed');
  });

  it('a MAIL FROM without a local-part is postmaster@<domain> (4.3)', async () => {
    const r = await checkSpf({ ip: '192.0.2.99', mailFrom: '@example.org', helo: 'mail.example.org' }, dns());
    expect(r.sender).toBe('postmaster@example.org');
    expect(r.explanation).toBe('postmaster@example.org via mail.example.org is not allowed');
  });

  it('a HELO that is not a domain gives none without a query', async () => {
    for (const helo of ['localhost', '[192.0.2.10]', '']) {
      const d = dns();
      const r = await checkSpf({ ip: '192.0.2.10', mailFrom: '', helo }, d);
      expect(r.result).toBe('none');
      expect(d.count).toBe(0);
    }
  });

  it('the default explanation names the sender domain and client', async () => {
    const r = await checkSpf({ ip: '192.0.2.99', mailFrom: 'bob@plain.example', helo: 'h.example' }, zoneOf({ 'plain.example': 'v=spf1 -all' }));
    expect(r.result).toBe('fail');
    expect(r.explanation).toBe('plain.example does not designate 192.0.2.99 as a permitted sender');
  });
});

describe('IPv4-mapped IPv6 clients are IPv4 (RFC 7208 5)', () => {
  const txt = {
    'm.example': 'v=spf1 ip4:192.0.2.0/24 -all',
    'a.m.example': 'v=spf1 a -all',
    'x.m.example': 'v=spf1 -all exp=_x.m.example',
    '_x.m.example': '%{i} %{v} %{c}',
    'six.m.example': 'v=spf1 ip6:::ffff:192.0.2.0/120 -all',
    'any6.m.example': 'v=spf1 ip6:::/0 -all',
  };
  const extra = { 'a.m.example': { A: ['192.0.2.7'], AAAA: ['2001:db8::7'] } };

  it('matches ip4: and queries A, not AAAA', async () => {
    expect((await checkSpf({ ip: '::ffff:192.0.2.7', mailFrom: 'u@m.example', helo: 'h.example' }, zoneOf(txt, extra))).result).toBe('pass');
    const d = zoneOf(txt, extra);
    const r = await checkSpf({ ip: '::FFFF:192.0.2.7', mailFrom: 'u@a.m.example', helo: 'h.example' }, d);
    expect(r.result).toBe('pass');
    expect(r.clientIp).toBe('192.0.2.7');
    expect(d.log).toContain('A a.m.example');
    expect(d.log).not.toContain('AAAA a.m.example');
  });

  it('expands %{i} %{v} %{c} as IPv4', async () => {
    const r = await checkSpf({ ip: '::ffff:192.0.2.7', mailFrom: 'u@x.m.example', helo: 'h.example' }, zoneOf(txt, extra));
    expect(r.explanation).toBe('192.0.2.7 in-addr 192.0.2.7');
  });

  it('an ip6 network inside ::ffff:0:0/96 designates IPv4 addresses; ip6:::/0 does not match IPv4', async () => {
    for (const ip of ['192.0.2.7', '::ffff:192.0.2.7']) {
      expect((await checkSpf({ ip, mailFrom: 'u@six.m.example', helo: 'h.example' }, zoneOf(txt))).result, ip).toBe('pass');
      expect((await checkSpf({ ip, mailFrom: 'u@any6.m.example', helo: 'h.example' }, zoneOf(txt))).result, ip).toBe('fail');
    }
    expect((await checkSpf({ ip: '192.0.3.7', mailFrom: 'u@six.m.example', helo: 'h.example' }, zoneOf(txt))).result).toBe('fail');
    expect((await checkSpf({ ip: '2001:db8::1', mailFrom: 'u@any6.m.example', helo: 'h.example' }, zoneOf(txt))).result).toBe('pass');
  });

  it('a real IPv6 client does not match ip4:', async () => {
    expect((await checkSpf({ ip: '2001:db8::c000:207', mailFrom: 'u@m.example', helo: 'h.example' }, zoneOf(txt))).result).toBe('fail');
  });
});
