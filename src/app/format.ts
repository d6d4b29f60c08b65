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

/** A date (ISO text, epoch ms or an RFC 5322 date) in the reader's local time, or UTC. */
export function localTime(v: string | number | null | undefined, lang: Lang, utc = false): string | null {
  if (v == null || v === '') return null;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return null;
  const loc = lang === 'ja' ? 'ja-JP' : 'en';
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'short' };
  return d.toLocaleString(loc, utc ? { ...opts, timeZone: 'UTC' } : opts);
}
