// Names in a plain, stable order for lists people read (sources in an mbox, service names).
// Not localeCompare: its first call builds an ICU collator, a 40 ms main-thread task in Chromium.

/** Case-insensitive, then by code units; something that is not a name ("—") comes first, as a collator puts punctuation. */
export function compareNames(a: string, b: string): number {
  const named = (v: string) => (/^[\p{L}\p{N}]/u.test(v) ? 1 : 0);
  if (named(a) !== named(b)) return named(a) - named(b);
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
