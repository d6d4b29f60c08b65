import { describe, expect, it } from 'vitest';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { aligned, alignmentDirection, orgDomainPSL, toALabel, RecordingResolver } from '../../../src/lib/domain/index.ts';
import { orgDomainTreeWalk, treeWalk, walkNames } from '../../../src/lib/dmarc/index.ts';

describe('toALabel', () => {
  it.each([
    ['Example.COM.', 'example.com'],
    ['Bücher.example', 'xn--bcher-kva.example'],
    ['  mail.example.com  ', 'mail.example.com'],
    ['.mac.com', null],
    ['mac...com', null],
    ['1.2.3.4', null],
    ['0x7f.1', null],
    ['a/b.com', null],
    ['user@example.com', null],
    [`${'x'.repeat(64)}.com`, null],
    [`${'a.'.repeat(127)}com`, null],
    ['', null],
  ])('%s → %s', (input, want) => expect(toALabel(input)).toBe(want));
});

describe('orgDomainPSL (RFC 7489 3.2)', () => {
  it.each([
    ['a.b.co.uk', {}, 'b.co.uk'],
    ['MAIL.Example.COM', {}, 'example.com'],
    ['tenant1.herokuapp.com', {}, 'tenant1.herokuapp.com'],
    ['tenant1.herokuapp.com', { allowPrivate: false }, 'herokuapp.com'],
    ['news.bücher.example', {}, 'xn--bcher-kva.example'],
    ['1.2.3.4', {}, null],
    ['co.uk', {}, null],
    ['not a domain', {}, null],
  ])('%s %j → %s', (d, opts, want) => expect(orgDomainPSL(d, opts)).toBe(want));
});

describe('walkNames (RFC 9989 4.10 steps 3-7)', () => {
  it.each([
    ['a.mail.example.com', ['a.mail.example.com', 'mail.example.com', 'example.com', 'com']],
    ['com', ['com']],
    ['a.b.c.d.e.f.g.h', ['a.b.c.d.e.f.g.h', 'b.c.d.e.f.g.h', 'c.d.e.f.g.h', 'd.e.f.g.h', 'e.f.g.h', 'f.g.h', 'g.h', 'h']],
    ['a.b.c.d.e.f.g', ['a.b.c.d.e.f.g', 'b.c.d.e.f.g', 'c.d.e.f.g', 'd.e.f.g', 'e.f.g', 'f.g', 'g']],
    // RFC 9989 5.1.8 example: the zone cut at b.c.d.e.f.g.example.com is never queried
    [
      'mail.a.b.c.d.e.f.g.example.com',
      ['mail.a.b.c.d.e.f.g.example.com', 'c.d.e.f.g.example.com', 'd.e.f.g.example.com', 'e.f.g.example.com', 'f.g.example.com', 'g.example.com', 'example.com', 'com'],
    ],
  ])('%s', (start, want) => expect(walkNames(start)).toEqual(want));
});

const txt = (...records: string[]) => ({ TXT: records.map((r) => [r]) });

describe('treeWalk', () => {
  it('drops non-DMARC TXT, discards several records, stops at psd', async () => {
    const zone: Zone = {
      '_dmarc.a.b.example.com': txt('hello', 'v=DMARC1; p=none'),
      '_dmarc.b.example.com': txt('v=DMARC1; p=reject', 'v=DMARC1; p=none'),
      '_dmarc.example.com': txt('v=DMARC1; p=reject; psd=n'),
      '_dmarc.com': txt('v=DMARC1; p=reject; psd=y'),
    };
    const w = await treeWalk('a.b.example.com', new ZoneResolver(zone));
    expect(w.queries.map((q) => q.name)).toEqual(['_dmarc.a.b.example.com', '_dmarc.b.example.com', '_dmarc.example.com']);
    expect(w.queries.map((q) => q.dropped.map((d) => d.reason))).toEqual([['not-dmarc'], ['multiple', 'multiple'], []]);
    expect(w.records.map((r) => r.domain)).toEqual(['a.b.example.com', 'example.com']);
    expect(w.stop).toBe('psd');
  });

  it('v=DMARC1 is case-sensitive and must come first', async () => {
    const zone: Zone = { '_dmarc.example.com': txt('v=dmarc1; p=reject', 'p=reject; v=DMARC1', 'v=DMARC1x; p=none') };
    const w = await treeWalk('example.com', new ZoneResolver(zone));
    expect(w.records).toEqual([]);
    expect(w.queries[0]!.dropped).toHaveLength(3);
  });

  it('stops on a transient DNS failure and keeps what it found', async () => {
    const zone: Zone = { '_dmarc.mail.example.com': txt('v=DMARC1; p=none'), '_dmarc.example.com': { TIMEOUT: true } };
    const w = await treeWalk('mail.example.com', new ZoneResolver(zone));
    expect(w.stop).toBe('dns-error');
    expect(w.records.map((r) => r.domain)).toEqual(['mail.example.com']);
    expect(w.queries.map((q) => q.name)).toEqual(['_dmarc.mail.example.com', '_dmarc.example.com']);
  });

  it('never queries an invalid name and never throws on a throwing resolver', async () => {
    expect((await treeWalk('bad..name', new ZoneResolver({}))).stop).toBe('invalid-name');
    const w = await treeWalk('example.com', { query: () => Promise.reject(new Error('boom')) });
    expect(w.stop).toBe('dns-error');
    expect(w.error).toContain('boom');
  });

  it('asks each name once when walks share a RecordingResolver', async () => {
    const dns = new RecordingResolver(new ZoneResolver({}));
    await treeWalk('a.example.com', dns);
    await treeWalk('b.example.com', dns);
    expect(dns.log.map((q) => q.name)).toEqual(['_dmarc.a.example.com', '_dmarc.example.com', '_dmarc.com', '_dmarc.b.example.com']);
  });
});

describe('orgDomainTreeWalk (RFC 9989 4.10.2)', () => {
  it.each([
    // RFC 9989 4.10.2 examples
    ['a.mail.example.com', { '_dmarc.mail.example.com': txt('v=DMARC1; p=none'), '_dmarc.example.com': txt('v=DMARC1; p=none') }, 'example.com', 'fewest-labels'],
    ['a.mail.example.com', { '_dmarc.mail.example.com': txt('v=DMARC1; p=none; psd=n'), '_dmarc.example.com': txt('v=DMARC1; p=none') }, 'mail.example.com', 'psd-n'],
    ['a.mail.example.com', { '_dmarc.com': txt('v=DMARC1; p=reject; psd=y') }, 'example.com', 'psd-y'],
    ['a.mail.example.com', {}, 'a.mail.example.com', 'start-domain'],
    // psd=y at the start name does not make a "one label below" domain
    ['bank.example', { '_dmarc.bank.example': txt('v=DMARC1; p=reject; psd=y') }, 'bank.example', 'fewest-labels'],
    ['x.bank.example', { '_dmarc.x.bank.example': txt('v=DMARC1; p=none'), '_dmarc.bank.example': txt('v=DMARC1; p=reject; psd=y') }, 'x.bank.example', 'psd-y'],
  ] as const)('%s → %s', async (start, zone, org, reason) => {
    const r = await orgDomainTreeWalk(start, new ZoneResolver(zone as Zone));
    expect([r.orgDomain, r.reason]).toEqual([org, reason]);
  });

  it('gives null on DNS error', async () => {
    const r = await orgDomainTreeWalk('a.example.com', new ZoneResolver({ '_dmarc.example.com': { SERVFAIL: true } }));
    expect(r.orgDomain).toBeNull();
    expect(r.error).toContain('SERVFAIL');
  });
});

describe('aligned', () => {
  const psl = orgDomainPSL;
  it.each([
    ['example.com', 'EXAMPLE.com.', 's', true],
    ['news.example.com', 'example.com', 's', false],
    ['news.example.com', 'example.com', 'r', true], // From at a subdomain, identifier at the parent
    ['example.com', 'news.example.com', 'r', true], // and the reverse
    ['a.example.com', 'b.example.com', 'r', true],
    ['example.com', 'example.net', 'r', false],
    ['tenant1.herokuapp.com', 'tenant2.herokuapp.com', 'r', false], // PSL private section counted
    ['bücher.example', 'xn--bcher-kva.example', 's', true],
    ['', 'example.com', 'r', false],
    ['co.uk', 'co.uk', 's', true],
    ['a.co.uk', 'b.co.uk', 'r', false], // no organizational domain in common
  ] as const)('%s ~ %s (%s) → %s', (a, b, mode, want) => expect(aligned(a, b, mode, psl)).toBe(want));
});

describe('alignmentDirection: how two domains relate, compared as A-labels', () => {
  it.each([
    ['bücher-stube.example', 'xn--bcher-stube-thb.example', 'same'],
    ['News.Example.com', 'example.com', 'identifier-is-parent'],
    ['example.com', 'mail.example.com', 'identifier-is-child'],
    ['a.example.com', 'b.example.com', 'siblings'],
  ] as const)('%s / %s: %s', (a, b, want) => {
    expect(alignmentDirection(a, b)).toBe(want);
  });
});
