// src/app/settings.ts, the pure parts: which DoH endpoints a URL or the remembered settings give,
// and the language (remembered, else the browser's). localStorage and navigator are stubbed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DOH, effectiveEndpoints, loadDnsSettings, loadLang, saveDnsSettings, saveLang, validDohUrl } from '../../../src/app/settings.ts';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

let storage: Storage;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('validDohUrl', () => {
  it.each([
    ['https://cloudflare-dns.com/dns-query', true],
    ['https://dns.example/resolve?x=1', true],
    ['http://127.0.0.1:8053/dns-query', true],
    ['http://localhost:8053/dns-query', true],
    ['http://[::1]:8053/dns-query', true],
    ['http://dns.example/dns-query', false], // plain http only to this machine
    ['http://127.0.0.2/dns-query', false],
    ['ftp://dns.example/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (u, want) => expect(validDohUrl(u)).toBe(want));
});

describe('loadDnsSettings', () => {
  const saved = { endpoints: ['https://saved.example/dns-query'], format: 'wire' as const };
  it.each([
    ['no parameter, nothing saved', '', null, { endpoints: [], format: 'json' }],
    ['?doh= a valid URL', '?doh=https://dns.example/q', null, { endpoints: ['https://dns.example/q'], format: 'json' }],
    ['?doh= with &doh-format=wire', '?doh=http://127.0.0.1:1/dns-query&doh-format=wire', null, { endpoints: ['http://127.0.0.1:1/dns-query'], format: 'wire' }],
    ['an unknown format is json', '?doh=https://dns.example/q&doh-format=xml', null, { endpoints: ['https://dns.example/q'], format: 'json' }],
    ['?doh= wins over the saved settings', '?doh=https://dns.example/q', JSON.stringify(saved), { endpoints: ['https://dns.example/q'], format: 'json' }],
    ['an invalid ?doh= falls back to the saved settings', '?doh=http://evil.example/', JSON.stringify(saved), saved],
    ['saved settings', '', JSON.stringify(saved), saved],
    ['a saved endpoint that is not valid is ignored', '', JSON.stringify({ endpoints: ['http://evil.example/'], format: 'wire' }), { endpoints: [], format: 'json' }],
    ['a saved unknown format is json', '', JSON.stringify({ endpoints: ['https://s.example/'], format: 'x' }), { endpoints: ['https://s.example/'], format: 'json' }],
    ['a corrupt entry is ignored', '', '{not json', { endpoints: [], format: 'json' }],
    ['a saved entry of the wrong shape is ignored', '', JSON.stringify({ endpoints: 'https://s.example/' }), { endpoints: [], format: 'json' }],
  ])('%s', (_n, search, stored, want) => {
    if (stored !== null) storage.setItem('dmarc-explainer.dns', stored);
    expect(loadDnsSettings(search)).toEqual(want);
  });

  it('remembers what it saves', () => {
    saveDnsSettings(saved);
    expect(loadDnsSettings('')).toEqual(saved);
  });

  it('works without localStorage', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(loadDnsSettings('')).toEqual({ endpoints: [], format: 'json' });
    expect(() => saveDnsSettings(saved)).not.toThrow();
  });
});

describe('effectiveEndpoints', () => {
  it('uses the defaults only when none are set', () => {
    expect(effectiveEndpoints({ endpoints: [], format: 'json' })).toEqual(DEFAULT_DOH);
    expect(effectiveEndpoints({ endpoints: ['https://a.example/'], format: 'wire' })).toEqual(['https://a.example/']);
  });
});

describe('language', () => {
  it.each([
    ['saved ja wins over the browser', 'ja', ['en-US'], 'ja'],
    ['saved en wins over the browser', 'en', ['ja-JP'], 'en'],
    ['nothing saved: the browser order', null, ['fr-FR', 'ja-JP', 'en'], 'ja'],
    ['nothing saved, no known language: English', null, ['fr', 'de'], 'en'],
    ['a saved unknown value is ignored', 'xx', ['ja'], 'ja'],
  ] as const)('%s', (_n, stored, languages, want) => {
    if (stored !== null) storage.setItem('dmarc-explainer.lang', stored);
    vi.stubGlobal('navigator', { languages });
    expect(loadLang()).toBe(want);
  });

  it('remembers the switch', () => {
    vi.stubGlobal('navigator', { languages: ['en'] });
    saveLang('ja');
    expect(loadLang()).toBe('ja');
  });
});
