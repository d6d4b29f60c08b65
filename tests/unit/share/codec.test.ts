import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import {
  buildShareUrl, decodeShare, encodeShare, MAX_DECOMPRESSED_BYTES, MAX_FRAGMENT_CHARS, shareUrlInfo,
  type ShareErrorCode, type SharePayload,
} from '../../../src/lib/share/codec.ts';
import { fromBase64url, toBase64url } from '../../../src/lib/util/base64.ts';
import { headersOnly } from '../../../src/lib/share/redact.ts';
import { haveShared, readShared } from '../../support/shared.ts';
import { fragmentOf, rawFragment } from './helpers.ts';
import { expectWithin } from '../../support/timing.ts';

const SES = 'samples/ses-before-custom-mail-from.eml';
const hasSes = haveShared(SES);
const ses = hasSes ? readShared(SES) : '';

describe('base64url', () => {
  it('matches Node\'s base64url both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const b64 = Buffer.from(bytes).toString('base64url');
        expect(toBase64url(bytes)).toBe(b64);
        expect(Array.from(fromBase64url(b64)!)).toEqual(Array.from(bytes));
      }),
      { numRuns: 500 },
    );
  });
});

describe('round trip', () => {
  const cases: { name: string; payload: SharePayload; skip?: boolean }[] = [
    { name: 'SES sample, whole message', payload: { v: 2, source: ses }, skip: !hasSes },
    { name: 'SES sample, headers only, with options', payload: { v: 2, source: headersOnly(ses), options: { doh: 'https://dns.google/resolve', dohFormat: 'json', hop: 1, lang: 'ja', redacted: false } }, skip: !hasSes },
    { name: 'Japanese text (non-ASCII, astral)', payload: { v: 2, source: 'From: 山田 <info@例え.jp>\r\nSubject: テストメール 🎌\r\n\r\n本文です。\r\n', options: { lang: 'ja' } } },
    { name: 'empty message', payload: { v: 2, source: '' } },
    { name: 'wire-format DoH on a local test server', payload: { v: 2, source: 'a: b\r\n', options: { doh: 'http://127.0.0.1:8053/dns-query', dohFormat: 'wire' } } },
  ];
  for (const c of cases) {
    it.skipIf(c.skip)(c.name, async () => {
      const fragment = await encodeShare(c.payload);
      expect(fragment).toMatch(/^#v2\.[A-Za-z0-9_-]+$/);
      expect(await decodeShare(fragment)).toEqual({ ok: true, payload: c.payload, ignored: [] });
    });
  }

  it('accepts the fragment however the caller obtained it', async () => {
    const payload: SharePayload = { v: 2, source: 'Subject: x\r\n' };
    const f = await encodeShare(payload);
    const body = f.slice(1);
    const wrapped = body.replace(/(.{20})/g, '$1\r\n '); // a mail client wrapping the URL
    for (const variant of [f, body, `https://example.app/?doh=x${f}`, encodeURIComponent(f), wrapped, `${f}#second`]) {
      expect(await decodeShare(variant), variant).toEqual({ ok: true, payload, ignored: [] });
    }
  });

  it.skipIf(!hasSes)('prints the share length of the SES sample', async () => {
    const headers = headersOnly(ses);
    const fragment = await encodeShare({ v: 1, source: headers });
    const url = buildShareUrl('https://example.github.io/dmarc-explainer/', fragment);
    // eslint-disable-next-line no-console
    console.log(`SES sample: headers ${headers.length} chars -> fragment ${fragment.length} chars, URL ${url.length} chars`);
    expect(fragment.length).toBeLessThan(headers.length);
    expect(shareUrlInfo(url)).toEqual({ length: url.length });
  });
});

describe('decodeShare errors', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const cases: { name: string; fragment: string; code: ShareErrorCode }[] = [
    { name: 'empty string', fragment: '', code: 'empty' },
    { name: 'only a hash', fragment: '#', code: 'empty' },
    { name: 'whitespace', fragment: '# \r\n', code: 'empty' },
    { name: 'not a share fragment', fragment: '#section-2', code: 'bad-version' },
    { name: 'no dot after the version', fragment: 'v1', code: 'bad-version' },
    { name: 'a later format', fragment: fragmentOf('{"v":3,"source":""}', 'v3.'), code: 'bad-version' },
    { name: 'version inside the JSON differs', fragment: fragmentOf('{"v":2,"source":"x"}'), code: 'bad-version' },
    { name: 'character outside base64url', fragment: 'v1.abc$def', code: 'bad-base64' },
    { name: 'standard base64 (+ and /)', fragment: 'v1.ab+/', code: 'bad-base64' },
    { name: 'impossible length', fragment: 'v1.abcde', code: 'bad-base64' },
    { name: 'broken percent-encoding', fragment: 'v1.%ZZ', code: 'bad-base64' },
    { name: 'no data', fragment: 'v1.', code: 'corrupt' },
    { name: 'not deflate data', fragment: rawFragment(new Uint8Array([0xff, 0xff, 0xff, 0xff])), code: 'corrupt' },
    { name: 'truncated deflate stream', fragment: fragmentOf(JSON.stringify({ v: 1, source: 'x'.repeat(64) + 'y' })).slice(0, 11), code: 'corrupt' },
    { name: 'invalid UTF-8 inside', fragment: fragmentOf(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])), code: 'corrupt' },
    { name: 'not JSON', fragment: fragmentOf('From: a@b.example'), code: 'bad-json' },
    { name: 'JSON array', fragment: fragmentOf('[1,2]'), code: 'bad-json' },
    { name: 'JSON null', fragment: fragmentOf('null'), code: 'bad-json' },
    { name: 'no source', fragment: fragmentOf('{"v":1}'), code: 'bad-json' },
    { name: 'source not a string', fragment: fragmentOf('{"v":1,"source":42}'), code: 'bad-json' },
    { name: 'fragment over the length bound', fragment: 'v1.' + 'A'.repeat(MAX_FRAGMENT_CHARS), code: 'too-large' },
    { name: 'content just over the size bound', fragment: fragmentOf(enc(JSON.stringify({ v: 1, source: 'a'.repeat(MAX_DECOMPRESSED_BYTES) }))), code: 'too-large' },
  ];
  for (const c of cases) {
    it(`${c.name} -> ${c.code}`, async () => {
      const r = await decodeShare(c.fragment);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(c.code);
        expect(r.error.message.length).toBeGreaterThan(10);
      }
    });
  }

  it('stops a decompression bomb (500 MB of output) quickly', async () => {
    const bomb = deflateRawSync(Buffer.alloc(500 * 1024 * 1024, 0x20), { level: 9 });
    const fragment = rawFragment(new Uint8Array(bomb));
    expect(fragment.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    const t0 = performance.now();
    const r = await decodeShare(fragment);
    const ms = performance.now() - t0;
    expect(r).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expectWithin(ms, 2000);
  }, 60_000); // deflating the 500 MB fixture alone takes seconds on a loaded machine

  it('a payload exactly at the bound still decodes', async () => {
    const overhead = JSON.stringify({ v: 1, source: '' }).length;
    const source = 'a'.repeat(MAX_DECOMPRESSED_BYTES - overhead);
    const r = await decodeShare(await encodeShare({ v: 1, source }));
    expect(r.ok && r.payload.source.length).toBe(source.length);
  });

  it('encodeShare refuses a payload the decoder would refuse', async () => {
    await expect(encodeShare({ v: 1, source: 'a'.repeat(MAX_DECOMPRESSED_BYTES) })).rejects.toThrow(RangeError);
  });
});

describe('options from a link', () => {
  const cases: { name: string; options: unknown; kept: object; ignored: string[] }[] = [
    { name: 'all valid', options: { doh: 'https://cloudflare-dns.com/dns-query', dohFormat: 'wire', hop: 0, lang: 'en', redacted: true }, kept: { doh: 'https://cloudflare-dns.com/dns-query', dohFormat: 'wire', hop: 0, lang: 'en', redacted: true }, ignored: [] },
    { name: 'DoH over plain http to a remote host', options: { doh: 'http://dns.example/resolve' }, kept: {}, ignored: ['doh'] },
    { name: 'javascript: URL as DoH', options: { doh: 'javascript:alert(1)' }, kept: {}, ignored: ['doh'] },
    { name: 'bad values', options: { dohFormat: 'xml', hop: -1, lang: 'fr', redacted: 'yes' }, kept: {}, ignored: ['dohFormat', 'hop', 'lang', 'redacted'] },
    { name: 'fractional hop', options: { hop: 1.5, lang: 'ja' }, kept: { lang: 'ja' }, ignored: ['hop'] },
    { name: 'unknown option from a later version', options: { theme: 'dark', lang: 'ja' }, kept: { lang: 'ja' }, ignored: [] },
    { name: 'options not an object', options: 'x', kept: {}, ignored: ['options'] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await decodeShare(fragmentOf(JSON.stringify({ v: 1, source: 's', options: c.options })));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.payload.options ?? {}).toEqual(c.kept);
      expect(r.ignored).toEqual(c.ignored);
    });
  }
});

describe('share URL helpers', () => {
  const cases: { url: string; warning?: 'over-8kb' }[] = [
    { url: 'https://a.example/#v1.' + 'A'.repeat(8000) },
    { url: 'x'.repeat(8192) },
    { url: 'x'.repeat(8193), warning: 'over-8kb' },
  ];
  for (const c of cases) {
    it(`length ${c.url.length}`, () => {
      expect(shareUrlInfo(c.url)).toEqual(c.warning ? { length: c.url.length, warning: c.warning } : { length: c.url.length });
    });
  }
  it('buildShareUrl replaces an existing fragment and keeps the query', () => {
    expect(buildShareUrl('https://a.example/app/?doh=x#old', '#v1.AA')).toBe('https://a.example/app/?doh=x#v1.AA');
    expect(buildShareUrl('https://a.example/', 'v1.AA')).toBe('https://a.example/#v1.AA');
  });
});
