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

/**
 * A whole number with its thousands grouped by commas ("2,906,123"), as both English and Japanese
 * write it. Not toLocaleString: its first call loads ICU's number data, a 70 ms main-thread task.
 */
export function groupDigits(n: number): string {
  const neg = n < 0;
  const digits = String(Math.trunc(Math.abs(n)));
  return (neg ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// Dates are written by hand, not with Intl.DateTimeFormat: the first Intl formatter a page builds
// loads the locale's date data (≈30 ms, 120 ms on a slow phone), which a shared link's first
// render would pay. The reader's offset is written as UTC+9, UTC−3:30, and UTC itself as "UTC".
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  /** minutes east of UTC */
  off: number;
}

function parts(d: Date, utc: boolean): Parts {
  return utc
    ? { y: d.getUTCFullYear(), mo: d.getUTCMonth(), d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), off: 0 }
    : { y: d.getFullYear(), mo: d.getMonth(), d: d.getDate(), h: d.getHours(), mi: d.getMinutes(), s: d.getSeconds(), off: -d.getTimezoneOffset() };
}

/** "UTC", "UTC+9", "UTC+5:30", "UTC−3" */
export function utcOffset(minutesEast: number): string {
  if (minutesEast === 0) return 'UTC';
  const a = Math.abs(minutesEast);
  return `UTC${minutesEast < 0 ? '−' : '+'}${Math.floor(a / 60)}${a % 60 ? `:${pad(a % 60)}` : ''}`;
}

function write(p: Parts, lang: Lang, seconds: boolean, zone: boolean): string {
  const time = `${p.h}:${pad(p.mi)}${seconds ? `:${pad(p.s)}` : ''}`;
  const z = zone ? ` ${utcOffset(p.off)}` : '';
  return lang === 'ja' ? `${p.y}年${p.mo + 1}月${p.d}日 ${time}${z}` : `${p.d} ${MONTHS[p.mo]} ${p.y}, ${time}${z}`;
}

/** A date (ISO text, epoch ms or an RFC 5322 date) in the reader's local time, or UTC. */
export function localTime(v: string | number | null | undefined, lang: Lang, utc = false): string | null {
  if (v == null || v === '') return null;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return null;
  return write(parts(d, utc), lang, true, true);
}

/** A date as "7 Dec 2026, 12:38" in the reader's local time, without seconds or zone. */
export function shortLocalTime(d: Date, lang: Lang): string {
  return write(parts(d, false), lang, false, false);
}
