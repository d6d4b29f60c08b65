// DKIM-Signature tag checks (RFC 6376 3.5): one table row per problem, for every tag
// v a b bh c d h i l q s t x z. Each row asserts the stable code, the tag it names, and that
// verification turns an error into permerror with that reason.
import { afterAll, describe, expect, it } from 'vitest';
import { parseDkimTags, verifyDkim } from '../../../src/lib/dkim/index.ts';
import { crlfMessage, edKey, rsaKey, sign, txtResolver } from './helpers.ts';

const BH = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='; // 32 bytes
const B = 'dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ==';
const BASE: [string, string][] = [
  ['v', '1'], ['a', 'rsa-sha256'], ['c', 'relaxed/relaxed'], ['d', 'example.com'], ['s', 'sel'],
  ['h', 'from:to:subject'], ['bh', BH], ['b', B],
];

/** The base tag list with tags replaced (value), removed (null) or added. */
function tagList(change: Record<string, string | null>): string {
  const out: string[] = [];
  for (const [k, v] of BASE) {
    if (k in change) {
      if (change[k] !== null) out.push(`${k}=${change[k]}`);
    } else out.push(`${k}=${v}`);
  }
  for (const [k, v] of Object.entries(change)) if (!BASE.some(([b]) => b === k) && v !== null) out.push(`${k}=${v}`);
  return out.join('; ');
}

type Row = { tag: string; what: string; value: string; code: string; severity?: 'error' | 'warning' };
const r = (tag: string, what: string, change: Record<string, string | null>, code: string, severity: 'error' | 'warning' = 'error'): Row =>
  ({ tag, what, value: tagList(change), code, severity });

const ROWS: Row[] = [
  r('v', 'missing', { v: null }, 'dkim-v-missing'),
  r('v', 'v=2', { v: '2' }, 'dkim-v-invalid'),
  r('a', 'missing', { a: null }, 'dkim-a-missing'),
  r('a', 'unknown algorithm', { a: 'rsa-md5' }, 'dkim-a-unknown'),
  r('a', 'unknown ed448', { a: 'ed448-sha512' }, 'dkim-a-unknown'),
  r('b', 'missing', { b: null }, 'dkim-b-missing'),
  r('b', 'not base64', { b: 'not*base64' }, 'dkim-b-base64'),
  r('b', 'empty', { b: '' }, 'dkim-b-empty'),
  r('bh', 'missing', { bh: null }, 'dkim-bh-missing'),
  r('bh', 'not base64', { bh: '%%%' }, 'dkim-bh-base64'),
  r('bh', 'empty', { bh: '' }, 'dkim-bh-empty'),
  r('bh', 'wrong length for sha256', { bh: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' }, 'dkim-bh-length'),
  r('c', 'unknown', { c: 'fancy' }, 'dkim-c-invalid'),
  r('c', 'trailing slash', { c: 'relaxed/' }, 'dkim-c-invalid'),
  r('c', 'three parts', { c: 'simple/relaxed/simple' }, 'dkim-c-invalid'),
  r('d', 'missing', { d: null }, 'dkim-d-missing'),
  r('d', 'underscore', { d: 'exa_mple.com' }, 'dkim-d-invalid'),
  r('d', 'empty label', { d: 'example..com' }, 'dkim-d-invalid'),
  r('h', 'missing', { h: null }, 'dkim-h-missing'),
  r('h', 'empty', { h: '' }, 'dkim-h-empty'),
  r('h', 'From not signed', { h: 'to:subject' }, 'dkim-h-no-from'),
  r('h', 'not a field name', { h: 'from:sub ject' }, 'dkim-h-invalid'),
  r('h', 'empty entry', { h: 'from::to' }, 'dkim-h-empty-name', 'warning'),
  r('i', 'no @', { i: 'example.com' }, 'dkim-i-invalid'),
  r('i', 'other domain', { i: '@example.net' }, 'dkim-i-not-in-d'),
  r('i', 'parent of d=', { i: '@com' }, 'dkim-i-not-in-d'),
  r('l', 'not digits', { l: 'all' }, 'dkim-l-invalid'),
  r('l', 'negative', { l: '-5' }, 'dkim-l-invalid'),
  r('q', 'unknown method', { q: 'http/well-known' }, 'dkim-q-unsupported'),
  r('s', 'missing', { s: null }, 'dkim-s-missing'),
  r('s', 'invalid selector', { s: 'sel!1' }, 'dkim-s-invalid'),
  r('t', 'not a number', { t: 'yesterday' }, 'dkim-t-invalid'),
  r('x', 'not a number', { x: 'soon' }, 'dkim-x-invalid'),
  r('x', 'earlier than t=', { t: '2000', x: '1000' }, 'dkim-x-before-t'),
  r('z', 'entry without a colon', { z: 'From' }, 'dkim-z-invalid'),
  r('z', 'bad quoted-printable', { z: 'From:a=ZZ' }, 'dkim-z-invalid'),
  r('z', 'bad header name', { z: 'Fr om:a' }, 'dkim-z-invalid'),
];

const seen = { rows: 0, tags: new Set<string>() };
afterAll(() => {
  console.log(`DKIM tag table: ${seen.rows}/${ROWS.length} rows, tags covered: ${[...seen.tags].sort().join(' ')}`);
});

describe('DKIM-Signature tag table (RFC 6376 3.5)', () => {
  it('covers every RFC 6376 signature tag', () => {
    expect(new Set(ROWS.map((x) => x.tag))).toEqual(new Set(['v', 'a', 'b', 'bh', 'c', 'd', 'h', 'i', 'l', 'q', 's', 't', 'x', 'z']));
  });

  it('the base tag list itself has no problems', () => {
    expect(parseDkimTags(tagList({})).problems).toEqual([]);
  });

  it.each(ROWS)('$tag: $what → $code', async (row) => {
    const parsed = parseDkimTags(row.value);
    const p = parsed.problems.find((x) => x.code === row.code);
    expect(p, JSON.stringify(parsed.problems)).toBeDefined();
    expect(p!.severity).toBe(row.severity);
    expect(p!.subject).toBe(row.tag);
    expect(p!.message).toMatch(new RegExp(`${row.tag}=|${row.tag === 'h' ? 'From|h=' : row.tag}`));
    // only this problem (a row must not pass because of an unrelated error)
    expect(parsed.problems.filter((x) => x.severity === 'error' && x.code !== row.code)).toEqual([]);

    // through verification: an error is permerror with that reason, before any DNS lookup
    const msg = crlfMessage(`DKIM-Signature: ${row.value}\nFrom: a@example.com\nTo: b@example.org\nSubject: hi\n\nbody\n`);
    const [res] = await verifyDkim(msg, txtResolver({}));
    if (row.severity === 'error') {
      expect(res!.result).toBe('permerror');
      expect(res!.reason).toContain(p!.message);
      expect(res!.steps[0]).toMatchObject({ id: 'tags', outcome: 'fail' });
      expect(res!.steps.map((s) => s.id)).not.toContain('key'); // no DNS lookup for a malformed signature
    } else {
      expect(res!.problems.map((x) => x.code)).toContain(row.code);
      expect(res!.steps[0]).toMatchObject({ id: 'tags', outcome: 'pass' });
    }
    seen.rows++;
    seen.tags.add(row.tag);
  });

  it('tag-list syntax: duplicate tag, empty tag, tag without "="', () => {
    const dup = parseDkimTags(`${tagList({})}; d=example.org`);
    expect(dup.problems.map((p) => p.code)).toEqual(['dkim-d-duplicate']);
    expect(dup.tags.d).toBe('example.com'); // the first one counts
    expect(parseDkimTags(tagList({}).replace('; s=', ';; s=')).problems.map((p) => p.code)).toEqual(['dkim-tag-syntax']);
    expect(parseDkimTags(`${tagList({})}; novalue`).problems.map((p) => p.code)).toEqual(['dkim-tag-syntax']);
    expect(parseDkimTags(`${tagList({})};`).problems).toEqual([]); // one trailing ";" is allowed
  });

  it('valid optional values are read', () => {
    const sig = parseDkimTags(tagList({ c: 'relaxed', i: 'user@Mail.Example.com', l: '42', q: 'dns/txt', t: '100', x: '200', z: 'From:a@example.com|Subject:x=7Cy=3D=20z' })).sig;
    expect(sig.canonicalization).toEqual({ header: 'relaxed', body: 'simple' });
    expect([sig.i, sig.l, sig.t, sig.x]).toEqual(['user@Mail.Example.com', 42, 100, 200]);
    expect(sig.copiedHeaders).toEqual([{ name: 'From', value: 'a@example.com' }, { name: 'Subject', value: 'x|y= z' }]);
    expect(parseDkimTags(tagList({ i: 'user@Mail.Example.com' })).problems).toEqual([]);
    expect(parseDkimTags(tagList({ d: 'EXAMPLE.com' })).sig.d).toBe('example.com');
    // unknown tags are ignored (RFC 6376 3.2)
    expect(parseDkimTags(tagList({ foo: 'bar' })).problems).toEqual([]);
  });
});

describe('tag semantics that need a real signature', () => {
  const TEXT = 'From: Joe <joe@example.com>\nTo: x@example.org\nSubject: tags\n\nHello.\n';
  const h = ['from', 'to', 'subject'];

  it('x= in the past: the signature verifies but is expired → neutral, dkim-x-expired', async () => {
    const key = await rsaKey();
    const msg = crlfMessage(await sign(TEXT, { key, d: 'example.com', s: 'k', h, extra: 't=1000; x=2000' }));
    const resolver = txtResolver({ 'k._domainkey.example.com': `v=DKIM1; p=${key.p}` });
    const [before] = await verifyDkim(msg, resolver, { now: 1500 });
    expect(before!.result, before!.reason).toBe('pass');
    const [after] = await verifyDkim(msg, resolver, { now: 2001 });
    expect([after!.result, after!.signature, after!.expired]).toEqual(['neutral', 'pass', true]);
    expect(after!.problems.map((p) => p.code)).toContain('dkim-x-expired');
    expect(after!.reason).toMatch(/expired/);
  });

  it('t= in the future: still passes, with a dkim-t-future warning', async () => {
    const key = await edKey();
    const msg = crlfMessage(await sign(TEXT, { key, d: 'example.com', s: 'k', h, extra: 't=999999' }));
    const [res] = await verifyDkim(msg, txtResolver({ 'k._domainkey.example.com': `v=DKIM1; k=ed25519; p=${key.p}` }), { now: 1000 });
    expect(res!.result).toBe('pass');
    expect(res!.problems.find((p) => p.code === 'dkim-t-future')?.severity).toBe('warning');
  });

  it('a=rsa-sha1 is historic: result policy naming RFC 8301, even though the signature is genuine', async () => {
    const key = await rsaKey(2048, 'rsa-sha1');
    const msg = crlfMessage(await sign(TEXT, { key, d: 'example.com', s: 'k', h }));
    const [res] = await verifyDkim(msg, txtResolver({ 'k._domainkey.example.com': `v=DKIM1; p=${key.p}` }));
    expect(res!.result).toBe('policy');
    expect(res!.reason).toMatch(/rsa-sha1.*historic.*RFC 8301/);
    expect(res!.steps.at(-1)).toMatchObject({ id: 'algorithm', outcome: 'fail' });
  });

  it('q=dns/txt and i= in a subdomain of d= verify', async () => {
    const key = await rsaKey();
    const msg = crlfMessage(await sign(TEXT, { key, d: 'example.com', s: 'k', h, extra: 'q=dns/txt; i=joe@news.example.com' }));
    const [res] = await verifyDkim(msg, txtResolver({ 'k._domainkey.example.com': `v=DKIM1; p=${key.p}` }));
    expect(res!.result, res!.reason).toBe('pass');
    expect(res!.i).toBe('joe@news.example.com');
  });
});
