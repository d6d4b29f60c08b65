import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAuthResults, MAX_AUTHRES_LENGTH } from '../../../src/lib/authres/index.ts';
import { authResProperty, headerText } from './properties.ts';
import { expectWithin } from '../../support/timing.ts';
import { loadedCatalogue } from '../../../src/lib/findings/catalog.ts';

type Case = {
  name: string;
  value: string;
  arc?: boolean;
  authservId?: string | null;
  instance?: number;
  version?: number;
  noResult?: boolean;
  results?: string[];
  check?: (r: ReturnType<typeof parseAuthResults>) => void;
  codes?: string[]; // problem codes that must be present
};

const CASES: Case[] = [
  { name: 'none as the only result', value: 'mx.example; none', authservId: 'mx.example', noResult: true, results: [] },
  { name: 'upper-case method and result are lowercased', value: 'mx.example; DKIM=PASS header.d=Example.COM', results: ['dkim=pass'],
    check: (r) => expect(r.results[0]!.props['header.d']).toBe('Example.COM') },
  { name: 'authserv-id with version', value: 'mx.example 1; spf=pass smtp.mailfrom=a@b.example', authservId: 'mx.example', version: 1, results: ['spf=pass'] },
  { name: 'ARC i= then authserv-id with version', value: 'i=2; mx.microsoft.com 1; arc=pass', arc: true, instance: 2, authservId: 'mx.microsoft.com', version: 1, results: ['arc=pass'] },
  { name: 'ARC without instance', value: 'mx.example; spf=pass', arc: true, authservId: 'mx.example', codes: ['aar-missing-instance'] },
  { name: 'nested comment with key=value text stays a comment', value: 'mx.example; dmarc=pass (p=NONE (x=y; z) dis=NONE) header.from=a.example',
    results: ['dmarc=pass'], check: (r) => {
      expect(r.results[0]!.comment).toBe('p=NONE (x=y; z) dis=NONE');
      expect(Object.keys(r.results[0]!.props)).toEqual(['header.from']);
    } },
  { name: 'quoted reason with ";" inside', value: 'mx.example; dkim=fail reason="bad; sig" header.d=a.example; spf=pass',
    results: ['dkim=fail', 'spf=pass'], check: (r) => expect(r.results[0]!.reason).toBe('bad; sig') },
  { name: 'CFWS around "="', value: 'mx.example; spf = pass smtp.mailfrom = x@y.example', results: ['spf=pass'],
    check: (r) => expect(r.results[0]!.props['smtp.mailfrom']).toBe('x@y.example') },
  { name: 'method version', value: 'mx.example; dkim/1=pass header.d=a.example', results: ['dkim=pass'],
    check: (r) => expect(r.results[0]!.methodVersion).toBe(1) },
  { name: 'unterminated comment', value: 'mx.example; spf=pass (oops smtp.mailfrom=a', results: ['spf=pass'],
    codes: ['authres-unterminated-comment'], check: (r) => expect(r.results[0]!.props).toEqual({}) },
  { name: 'unterminated quote', value: 'mx.example; dkim=pass reason="abc', results: ['dkim=pass'], codes: ['authres-unterminated-quote'] },
  { name: 'stray ")"', value: 'mx.example; spf=pass) smtp.mailfrom=a.example', results: ['spf=pass'], codes: ['authres-unbalanced-paren'] },
  { name: 'authserv-id and result without ";"', value: 'mx.example spf=pass', authservId: 'mx.example', results: ['spf=pass'], codes: ['authres-missing-semicolon'] },
  { name: 'none next to results', value: 'mx.example; none; spf=pass', results: ['spf=pass'], codes: ['authres-none-with-results'] },
  { name: 'empty value', value: '', authservId: null, results: [], codes: ['authres-no-authserv-id'] },
  { name: 'only whitespace and comments', value: ' (just a comment) ', authservId: null, results: [] },
  { name: 'base64 with "=" in header.b', value: 'mx.example; dkim=pass header.b=abc+/=', results: ['dkim=pass'],
    check: (r) => expect(r.results[0]!.props['header.b']).toBe('abc+/=') },
  { name: 'hostile property name stays an own property', value: 'mx.example; spf=pass __proto__.x=1 __proto__=2', results: ['spf=pass'],
    check: (r) => {
      expect(r.results[0]!.extras['__proto__']).toBe('2');
      expect(Object.getPrototypeOf(r.results[0]!.extras)).toBe(Object.prototype);
    } },
  { name: 'orphan property with no result before it', value: 'mx.example; header.d=a.example', results: [], codes: ['authres-orphan-property'] },
  { name: 'folded value (CRLF + WSP) reads the same', value: 'mx.example;\r\n\tdkim=pass\r\n header.d=a.example', results: ['dkim=pass'],
    check: (r) => expect(r.results[0]!.props['header.d']).toBe('a.example') },
  { name: 'quoted authserv-id', value: '"mx.example"; spf=pass', authservId: 'mx.example', results: ['spf=pass'] },
  { name: 'iprev and policy properties', value: 'mx.example; iprev=pass policy.iprev=192.0.2.200; auth=pass smtp.auth=u', results: ['iprev=pass', 'auth=pass'],
    check: (r) => expect(r.results[0]!.props['policy.iprev']).toBe('192.0.2.200') },
];

describe('parseAuthResults: variants', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const r = parseAuthResults(c.value, { arc: c.arc ?? false });
    if (c.authservId !== undefined) expect(r.authservId).toBe(c.authservId);
    if (c.instance !== undefined) expect(r.instance).toBe(c.instance);
    if (c.version !== undefined) expect(r.version).toBe(c.version);
    if (c.noResult !== undefined) expect(r.noResult).toBe(c.noResult);
    if (c.results) expect(r.results.map((x) => `${x.method}=${x.result}`)).toEqual(c.results);
    for (const code of c.codes ?? []) expect(r.problems.map((p) => p.code)).toContain(code);
    c.check?.(r);
  });

  it('bounds the input size', () => {
    const long = 'mx.example; ' + 'spf=pass; '.repeat(MAX_AUTHRES_LENGTH / 5);
    const t0 = Date.now();
    const r = parseAuthResults(long);
    expectWithin(Date.now() - t0, 2000);
    expect(r.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['authres-too-long', 'authres-too-many-results']));
    expect(r.results.length).toBe(200);
  });

  it('deeply nested comments do not recurse', () => {
    const r = parseAuthResults('mx.example; spf=pass ' + '('.repeat(30000) + ')'.repeat(30000));
    expect(r.results.map((x) => x.result)).toEqual(['pass']);
  });

  it('never throws on non-string input', () => {
    expect(parseAuthResults(undefined as unknown as string).results).toEqual([]);
  });

  it('fuzz: never throws, raw text comes from the input', () => {
    fc.assert(fc.property(headerText, fc.boolean(), authResProperty), { numRuns: 3000 });
  });
});

describe('parseAuthResults: problems in Japanese', () => {
  const VALUES = [
    'mx.example 1 spf=pass',
    'mx.example; none; spf=pass',
    'mx.example; header.d=x',
    'mx.example; spf=pass; header.d=x',
    'mx.example; example.com; spf=pass foo',
    'mx.example; dkim=pass header.d=a header.d=b',
    'mx.example; spf=pass (unterminated',
    'mx.example; spf=pass )',
    'spf=pass smtp.mailfrom=example.com',
  ];
  it.each(VALUES)('%s', (value) => {
    const en = parseAuthResults(value);
    const ja = parseAuthResults(value, { cat: loadedCatalogue('ja') });
    expect(en.problems.length).toBeGreaterThan(0);
    expect(ja.problems.map((p) => [p.code, p.severity, p.params])).toEqual(en.problems.map((p) => [p.code, p.severity, p.params]));
    ja.problems.forEach((p, i) => {
      expect(p.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(p.message).not.toBe(en.problems[i]!.message);
    });
    expect({ ...ja, problems: [] }).toEqual({ ...en, problems: [] });
  });

  it('keeps the tokens as written', () => {
    const p = parseAuthResults('mx.example; dkim=pass header.d=a header.d=b', { cat: loadedCatalogue('ja') }).problems[0]!;
    expect(p.message).toBe('dkim: "header.d" が 2 回現れたため、最初の値を採用しました');
  });
});
