// Speed work that must not change a result: the DMARC prefetch (names, and what it asks), the
// concurrent alignment walks (same steps and query log as one walk after another), lintSpf's
// TXT + SPF queries asked together, the imported-key cache, the JS SHA-256 and the single
// bytes → binary string conversion.
import { describe, expect, it } from 'vitest';
import { ZoneResolver, type Zone } from '../../../src/lib/dns/zone.ts';
import { CachingResolver } from '../../../src/lib/dns/cache.ts';
import type { DnsResult, Resolver, RRType } from '../../../src/lib/dns/types.ts';
import { RecordingResolver } from '../../../src/lib/domain/index.ts';
import { treeWalk, treeWalkQueryNames } from '../../../src/lib/dmarc/index.ts';
import { dmarcPrefetchNames, evaluateDmarc, prefetchDmarc, signingDomains } from '../../../src/lib/dmarc/index.ts';
import { lintSpf } from '../../../src/lib/spf/index.ts';
import { analyzeMessage } from '../../../src/lib/report/analyze.ts';
import { importRsa, sha256, sha256Sync, JS_SHA256_MAX_BYTES } from '../../../src/lib/dkim/crypto.ts';
import { bytesToBinary, splitMessage } from '../../../src/lib/message/raw.ts';
import { normaliseInput } from '../../../src/lib/message/normalise.ts';
import { haveShared, readShared, readSharedBytes } from '../../support/shared.ts';
import { seededRandom } from '../../support/random.ts';

const txt = (...records: string[]) => ({ TXT: records.map((r) => [r]) });

/** Counts queries; answers after a pseudo-random (seeded) delay so concurrent work interleaves. */
class Jittery implements Resolver {
  readonly asked: string[] = [];
  private readonly random: () => number;
  constructor(private readonly inner: Resolver, private readonly maxMs = 3, seed = 7208) {
    this.random = seededRandom(seed);
  }
  async query(name: string, type: RRType): Promise<DnsResult> {
    this.asked.push(`${type} ${name.toLowerCase()}`);
    const r = await this.inner.query(name, type);
    await new Promise((ok) => setTimeout(ok, this.random() * this.maxMs));
    return r;
  }
}

describe('treeWalkQueryNames', () => {
  it.each([
    ['a.b.c.example.com'],
    ['Example.COM.'],
    ['com'],
    ['a.b.c.d.e.f.g.h.i.example.com'],
    [`${'x'.repeat(60)}.${'y'.repeat(60)}.${'z'.repeat(60)}.${'w'.repeat(60)}.example`],
  ])('%s: what a walk that finds nothing asks, in its order', async (start) => {
    const rec = new RecordingResolver(new ZoneResolver({}));
    const walk = await treeWalk(start, rec);
    expect(treeWalkQueryNames(start)).toEqual(walk.queries.map((q) => q.name));
    expect(rec.log.map((q) => q.name)).toEqual(treeWalkQueryNames(start));
  });

  it('a walk stopped by psd= asks a prefix of them; an invalid name none', async () => {
    const walk = await treeWalk('a.b.example.com', new ZoneResolver({ '_dmarc.b.example.com': txt('v=DMARC1; p=none; psd=n') }));
    const names = treeWalkQueryNames('a.b.example.com');
    expect(names.slice(0, walk.queries.length)).toEqual(walk.queries.map((q) => q.name));
    expect(walk.queries.length).toBeLessThan(names.length);
    expect(treeWalkQueryNames('mac...com')).toEqual([]);
  });
});

describe('dmarcPrefetchNames / prefetchDmarc', () => {
  it('discovery walks of the From domains, alignment walks of the other identifiers, each name once', () => {
    expect(dmarcPrefetchNames({ fromDomains: ['News.Example.com', 'news.example.com'], identifierDomains: ['bounce.example.com', 'news.example.com', null, 'mac...com', 'd.example.net'] })).toEqual([
      '_dmarc.news.example.com',
      '_dmarc.example.com',
      '_dmarc.com',
      '_dmarc.bounce.example.com',
      '_dmarc.d.example.net',
      '_dmarc.example.net',
      '_dmarc.net',
    ]);
    expect(dmarcPrefetchNames({ fromDomains: [], identifierDomains: ['example.com'] })).toEqual([]);
  });

  it('bounded like evaluateDmarc: at most 10 identifier walks', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `s${i}.example.org`);
    const names = dmarcPrefetchNames({ fromDomains: ['example.com'], identifierDomains: ids });
    expect(names.filter((n) => /^_dmarc\.s\d+\./.test(n))).toHaveLength(10);
  });

  it('asks TXT for exactly those names through the given resolver, and never rejects', async () => {
    const asked: string[] = [];
    const resolver: Resolver = {
      query: async (name, type) => {
        asked.push(`${type} ${name}`);
        if (name.startsWith('_dmarc.com')) throw new Error('boom');
        return { name, type, status: 'NXDOMAIN', answers: [], chain: [], ad: false };
      },
    };
    const input = { fromDomains: ['a.example.com'], identifierDomains: ['b.example.com'] };
    await expect(prefetchDmarc(input, resolver)).resolves.toBeUndefined();
    expect(asked).toEqual(dmarcPrefetchNames(input).map((n) => `TXT ${n}`));
  });

  it('signingDomains reads d= from folded DKIM-Signature values', () => {
    expect(signingDomains([' v=1; a=rsa-sha256;\r\n\td=Example.com ; s=sel; h=from', 'v=1; s=x; bh=abc', ' d=\r\n x.example; s=a'])).toEqual(['Example.com', 'x.example']);
  });
});

describe('alignment walks run concurrently, results as one after another', () => {
  const zone: Zone = {
    '_dmarc.example.com': txt('v=DMARC1; p=reject'),
    '_dmarc.mail.example.net': txt('v=DMARC1; p=none'),
  };
  const input = {
    fromDomains: ['news.example.com'],
    spf: { result: 'pass', domain: 'bounce.mail.example.net' },
    dkim: [
      { result: 'pass', d: 'esp.example.org' },
      { result: 'fail', d: 'mail.example.net' },
      { result: 'pass', d: 'x.news.example.com' },
    ],
  };
  it('same evaluation (steps, alignments, query log order) with answers arriving in any order', async () => {
    const plain = await evaluateDmarc(input, new ZoneResolver(zone));
    expect(plain.queries.map((q) => q.name)).toEqual([
      '_dmarc.news.example.com',
      '_dmarc.example.com',
      '_dmarc.com',
      '_dmarc.bounce.mail.example.net',
      '_dmarc.mail.example.net',
      '_dmarc.example.net',
      '_dmarc.net',
      '_dmarc.esp.example.org',
      '_dmarc.example.org',
      '_dmarc.org',
      '_dmarc.x.news.example.com',
    ]);
    for (let i = 0; i < 5; i++) {
      const jittery = await evaluateDmarc(input, new Jittery(new ZoneResolver(zone)));
      expect(jittery).toEqual(plain);
    }
  });
});

describe('lintSpf asks TXT and SPF together', () => {
  const zone: Zone = { 'example.com': { TXT: [['v=spf1 include:_spf.example.net -all']], SPF: [['v=spf1 -all']] }, '_spf.example.net': txt('v=spf1 ip4:192.0.2.0/24 -all') };
  it('both queries leave before the first answer; same lint whatever the answer order', async () => {
    const plain = await lintSpf('example.com', new ZoneResolver(zone));
    expect(plain.problems.map((p) => p.code)).toContain('spf-lint-spf-rrtype');
    let inFlight = 0;
    let maxInFlight = 0;
    const counting: Resolver = {
      query: async (name, type) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((ok) => setTimeout(ok, 5));
        inFlight--;
        return new ZoneResolver(zone).query(name, type);
      },
    };
    // the log lists answers as they come (apex TXT first): compare it as a set
    const same = (l: Awaited<ReturnType<typeof lintSpf>>) => ({ ...l, queries: l.queries.map((q) => JSON.stringify(q)).sort() });
    const together = await lintSpf('example.com', counting);
    expect(maxInFlight).toBe(2);
    expect(same(together)).toEqual(same(plain));
    for (let i = 0; i < 5; i++) {
      const l = await lintSpf('example.com', new Jittery(new ZoneResolver(zone), 5));
      expect(same(l)).toEqual(same(plain));
      expect(l.queries[0]).toMatchObject({ name: 'example.com', type: 'TXT' });
    }
  });
});

const SAMPLE = 'samples/ses-before-custom-mail-from.eml';
const NOW = 1716009800;
describe.skipIf(!haveShared(SAMPLE))('analyzeMessage with the prefetch (SES sample)', () => {
  const strip = (r: unknown) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'generatedAt' || k === 'dns' || k === 'elapsedMs' ? undefined : v)));
  const zone = () => new ZoneResolver(JSON.parse(readShared(SAMPLE.replace(/\.eml$/, '.zone.json'))) as Zone);

  it('a plain resolver gets no prefetch: each alignment-walk name is asked once, by its walk', async () => {
    const r = new Jittery(zone(), 0);
    await analyzeMessage(readSharedBytes(SAMPLE), r, { now: NOW });
    for (const n of ['_dmarc.ap-northeast-1.amazonses.com', '_dmarc.amazonses.com', '_dmarc.com']) expect(r.asked.filter((q) => q === `TXT ${n}`), n).toHaveLength(1);
    // and in the walk's order
    const at = (n: string) => r.asked.indexOf(`TXT ${n}`);
    expect(at('_dmarc.ap-northeast-1.amazonses.com')).toBeLessThan(at('_dmarc.amazonses.com'));
    expect(at('_dmarc.amazonses.com')).toBeLessThan(at('_dmarc.com'));
  });

  it('behind a CachingResolver: the same report, each name asked once, every walk name asked at the start', async () => {
    const bytes = readSharedBytes(SAMPLE);
    const plain = await analyzeMessage(bytes, zone(), { now: NOW });
    const inner = new Jittery(zone(), 3);
    const cache = new CachingResolver(inner);
    const cached = await analyzeMessage(bytes, cache, { now: NOW });
    expect(strip(cached)).toEqual(strip(plain));
    expect(new Set(inner.asked).size).toBe(inner.asked.length);
    const walkNames = dmarcPrefetchNames({ fromDomains: ['example.jp'], identifierDomains: ['ap-northeast-1.amazonses.com', 'example.jp', 'amazonses.com'] });
    for (const n of walkNames) expect(inner.asked).toContain(`TXT ${n}`);
    // nothing outlives the analysis
    const n = inner.asked.length;
    await new Promise((ok) => setTimeout(ok, 20));
    expect(inner.asked.length).toBe(n);
    expect(cache.stats().network).toBe(n);
  });
});

describe('imported keys are cached', () => {
  it('the same key bytes give the same CryptoKey; other bytes another one', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
    const a = await importRsa(spki);
    const b = await importRsa(new Uint8Array(spki));
    expect(b).toBe(a);
    const other = (await crypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    expect(await importRsa(new Uint8Array(await crypto.subtle.exportKey('spki', other.publicKey)))).not.toBe(a);
    // a failed import is not kept
    await expect(importRsa(new Uint8Array([1, 2, 3]))).rejects.toBeDefined();
    await expect(importRsa(new Uint8Array([1, 2, 3]))).rejects.toBeDefined();
  });
});

describe('SHA-256 in JS', () => {
  const ref = async (d: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', d as BufferSource));
  it('matches WebCrypto at every length around the block and padding edges, and beyond the JS limit', async () => {
    const lengths = [...Array.from({ length: 200 }, (_, i) => i), 447, 448, 511, 512, 1000, JS_SHA256_MAX_BYTES - 1, JS_SHA256_MAX_BYTES, JS_SHA256_MAX_BYTES + 1, 70_000];
    for (const n of lengths) {
      const d = new Uint8Array(n);
      for (let i = 0; i < n; i++) d[i] = (i * 131 + n * 7) & 0xff;
      const want = await ref(d);
      expect(sha256Sync(d), `length ${n}`).toEqual(want);
      expect(await sha256(d), `length ${n}`).toEqual(want);
    }
    expect(Buffer.from(sha256Sync(new TextEncoder().encode('abc'))).toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('bytes → binary string, once', () => {
  it('bytesToBinary keeps every byte, across chunk edges', () => {
    for (const n of [0, 1, 8191, 8192, 8193, 40_000]) {
      const b = new Uint8Array(n);
      for (let i = 0; i < n; i++) b[i] = (i * 37) & 0xff;
      const s = bytesToBinary(b);
      expect(s.length).toBe(n);
      let same = true;
      for (let i = 0; i < n; i++) if (s.charCodeAt(i) !== b[i]) same = false;
      expect(same).toBe(true);
    }
  });

  it('normaliseInput hands splitMessage the binary string of its bytes: the same split', () => {
    for (const input of ['From: a@b.example\nSubject: é ü\n\nbody\n', new TextEncoder().encode('Subject: x\r\n folded\r\nFrom: <a@b.example>\r\n\r\n\u00ff\r\n')]) {
      const n = normaliseInput(input);
      expect(n.binary).toBe(bytesToBinary(n.bytes));
      expect(splitMessage(n.bytes, n.binary)).toEqual(splitMessage(n.bytes));
    }
  });
});
