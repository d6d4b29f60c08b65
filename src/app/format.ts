// Small display helpers for the page (no protocol logic).
import type { Lang } from '../lib/i18n/core.ts';

/** A duration in seconds as "1 h 2 min", "3 min 4 s", "5 s" (negative with a minus sign). */
export function duration(s: number | null | undefined): string {
  if (s == null) return '—';
  const neg = s < 0;
  let a = Math.abs(s);
  const h = Math.floor(a / 3600);
  a -= h * 3600;
  const m = Math.floor(a / 60);
  const sec = Math.round(a - m * 60);
  const txt = h ? `${h} h ${m} min` : m ? `${m} min ${sec} s` : `${sec} s`;
  return neg ? `−${txt}` : txt;
}

// Intl formatters are costly to build (each toLocaleString call with options builds one): one per
// locale and style, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(loc: string, key: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `${loc}|${key}`;
  let f = formatters.get(k);
  if (!f) formatters.set(k, (f = new Intl.DateTimeFormat(loc, opts)));
  return f;
}

const LOCAL: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'short' };

/** A date (ISO text, epoch ms or an RFC 5322 date) in the reader's local time, or UTC. */
export function localTime(v: string | number | null | undefined, lang: Lang, utc = false): string | null {
  if (v == null || v === '') return null;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return null;
  const loc = lang === 'ja' ? 'ja-JP' : 'en';
  return formatter(loc, utc ? 'utc' : 'local', utc ? { ...LOCAL, timeZone: 'UTC' } : LOCAL).format(d);
}

/** A date as "7 Dec 2026, 12:38" (medium date, short time) in the reader's local time. */
export function shortLocalTime(d: Date, lang: Lang): string {
  return formatter(lang === 'ja' ? 'ja-JP' : 'en-GB', 'short', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** Builds the date formatters in an idle moment (while the worker analyses), so the summary's
 * first render does not pay for loading the locale's date data. */
export function warmFormatters(lang: Lang): void {
  const idle = (globalThis as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 0));
  idle(() => void localTime(0, lang));
}
