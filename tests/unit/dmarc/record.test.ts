import { describe, expect, it } from 'vitest';
import { parseDmarcRecord } from '../../../src/lib/dmarc/index.ts';

const codes = (t: string) => parseDmarcRecord(t).problems.map((p) => `${p.code}:${p.severity}`);

describe('parseDmarcRecord: problems', () => {
  it.each([
    ['v=DMARC1; p=reject; rua=mailto:d@example.com', []],
    ['v = DMARC1 ; p = reject', []],
    ['V=DMARC1; P=Reject', []],
    ['', ['dmarc-empty:error']],
    ['v=dmarc1; p=reject', ['dmarc-version:error']],
    ['p=reject; v=DMARC1', ['dmarc-version:error']],
    ['v=DMARC1x; p=reject', ['dmarc-version:error']],
    ['v=DMARC1', ['dmarc-no-policy:error']],
    ['v=DMARC1; rua=mailto:d@example.com', ['dmarc-no-policy:warning']],
    ['v=DMARC1; p=bob; rua=mailto:d@example.com', ['dmarc-invalid-value:error', 'dmarc-no-policy:warning']],
    ['v=DMARC1; p=none; sp=bob', ['dmarc-invalid-value:error', 'dmarc-no-policy:error']],
    ['v=DMARC1; p=none; adkim=x', ['dmarc-invalid-value:warning']],
    ['v=DMARC1; p=none; reject', ['dmarc-syntax:warning']],
    ['v=DMARC1; p=none; 9x=1', ['dmarc-syntax:warning']],
    ['v=DMARC1; p=none; p=reject', ['dmarc-duplicate-tag:warning']],
    ['v=DMARC1; p=none; foo=bar', ['dmarc-unknown-tag:info']],
    ['v=DMARC1; p=none; pct=50', ['dmarc-historic-tag:warning']],
    ['v=DMARC1; p=none; rf=afrf; ri=86400', ['dmarc-historic-tag:warning', 'dmarc-historic-tag:warning']],
    ['v=DMARC1; p=none; rua=mailto:d@example.com!10m', ['dmarc-uri-size:warning']],
    ['v=DMARC1; p=none; rua=https://example.com/r', ['dmarc-uri-scheme:warning']],
    ['v=DMARC1; p=none; rua=mailto://example.com', ['dmarc-uri-address:warning']],
    ['v=DMARC1; p=none; rua=dmarc@example.com', ['dmarc-uri-invalid:warning']],
    ['v=DMARC1; p=none; fo=1', ['dmarc-fo-without-ruf:info']],
    ['v=DMARC1; p=none; fo=0:1; ruf=mailto:f@example.com', ['dmarc-invalid-value:warning']],
  ])('%j → %j', (text, want) => expect(codes(text)).toEqual(want));
});

describe('parseDmarcRecord: values', () => {
  it('reads every tag, values case-insensitive', () => {
    const r = parseDmarcRecord(
      'v=DMARC1; p=Quarantine; sp=REJECT; np=reject; adkim=S; aspf=s; psd=N; t=Y; fo=d:1; pct=25; ' +
        'rua=mailto:a@example.com, mailto:b%40x@example.net; ruf=mailto:f@example.com',
    );
    expect(r).toMatchObject({ p: 'quarantine', sp: 'reject', np: 'reject', adkim: 's', aspf: 's', psd: 'n', t: 'y', fo: ['d', '1'], pct: 25 });
    expect(r.rua.map((u) => [u.address, u.domain, u.usable])).toEqual([
      ['a@example.com', 'example.com', true],
      ['b@x@example.net', 'example.net', true],
    ]);
    expect(r.policy).toEqual({ p: 'quarantine', sp: 'reject', np: 'reject', assumed: false });
  });

  it('defaults', () => {
    expect(parseDmarcRecord('v=DMARC1; p=none')).toMatchObject({ adkim: 'r', aspf: 'r', psd: 'u', t: 'n', fo: ['0'], pct: null, sp: null, np: null });
  });

  it.each([
    ['v=DMARC1; rua=mailto:d@example.com', { p: 'none', sp: null, np: null, assumed: true }],
    ['v=DMARC1; p=reject; np=nope; rua=ftp://x.example', { p: 'none', sp: null, np: null, assumed: true }],
    ['v=DMARC1; sp=quarantine; np=reject', null],
    ['v=DMARC1; p=rejected; rua=nonsense', null],
    ['v=DMARC1; p=reject; rua=nonsense', { p: 'reject', sp: null, np: null, assumed: false }],
  ])('effective policy of %j (RFC 9989 4.10.1)', (text, want) => expect(parseDmarcRecord(text).policy).toEqual(want));

  it('the obsolete !size suffix is removed', () => {
    const u = parseDmarcRecord('v=DMARC1; p=none; rua=mailto:d@example.com!10m').rua[0]!;
    expect([u.uri, u.obsoleteSize, u.usable]).toEqual(['mailto:d@example.com', '10m', true]);
  });

  it('bounds the work on huge input', () => {
    const r = parseDmarcRecord(`v=DMARC1; p=none; ${'x=1; '.repeat(5000)}`);
    expect(r.problems.map((p) => p.code)).toContain('dmarc-too-many-tags');
    expect(r.problems.length).toBeLessThan(200);
  });
});
