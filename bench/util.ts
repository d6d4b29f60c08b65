// Small helpers shared by the bench figures.

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

export function geomean(xs: number[]): number {
  return Math.exp(sum(xs.map((x) => Math.log(x))) / xs.length);
}

export const ms = (x: number, digits = 1): string => `${x.toFixed(digits)} ms`;

/** A plain-text table: header row, rule, rows; columns padded to width. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const w = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(w[i]!)).join(' | ').trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('-|-'), ...cells.slice(1).map(line)].join('\n');
}

/** One figure of the summary table. */
export interface Figure {
  figure: string;
  measured: string;
  goal: string;
  met: boolean | null; // null: not measured
  note?: string;
}

/** Bare LF → CRLF (every DKIM/ARC harness does this before canonicalisation). */
export function toCrlf(bytes: Uint8Array): Uint8Array {
  let lf = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a && (i === 0 || bytes[i - 1] !== 0x0d)) lf++;
  if (!lf) return bytes;
  const out = new Uint8Array(bytes.length + lf);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a && (i === 0 || bytes[i - 1] !== 0x0d)) out[j++] = 0x0d;
    out[j++] = bytes[i]!;
  }
  return out;
}
