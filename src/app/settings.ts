// Settings: DoH endpoint and format (from ?doh= / &doh-format= or the settings panel, remembered),
// and the language (browser default, switch remembered).
import type { DnsSettings } from '../worker/protocol.ts';
import { detectLang, type Lang } from '../lib/i18n/core.ts';

export const DEFAULT_DOH = ['https://cloudflare-dns.com/dns-query', 'https://dns.google/resolve'];
const KEY_DNS = 'dmarc-explainer.dns';
const KEY_LANG = 'dmarc-explainer.lang';

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function validDohUrl(u: string): boolean {
  try {
    const url = new URL(u);
    return url.protocol === 'https:' || (url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]'));
  } catch {
    return false;
  }
}

export function loadDnsSettings(search: string): DnsSettings {
  const q = new URLSearchParams(search);
  const doh = q.get('doh');
  const fmt = q.get('doh-format') === 'wire' ? 'wire' : 'json';
  if (doh && validDohUrl(doh)) return { endpoints: [doh], format: fmt };
  try {
    const saved = JSON.parse(store()?.getItem(KEY_DNS) ?? 'null') as DnsSettings | null;
    if (saved && Array.isArray(saved.endpoints) && saved.endpoints.every(validDohUrl)) {
      return { endpoints: saved.endpoints, format: saved.format === 'wire' ? 'wire' : 'json' };
    }
  } catch {
    /* ignore a corrupt entry */
  }
  return { endpoints: [], format: fmt };
}

export function saveDnsSettings(s: DnsSettings) {
  store()?.setItem(KEY_DNS, JSON.stringify(s));
}

export function effectiveEndpoints(s: DnsSettings): string[] {
  return s.endpoints.length ? s.endpoints : DEFAULT_DOH;
}

export function loadLang(): Lang {
  const saved = store()?.getItem(KEY_LANG);
  if (saved === 'en' || saved === 'ja') return saved;
  return detectLang(typeof navigator !== 'undefined' ? navigator.languages : undefined);
}

export function saveLang(l: Lang) {
  store()?.setItem(KEY_LANG, l);
}
