// Which sources a built chunk's bytes come from, read from its source map (a build with
// --sourcemap): each generated segment's bytes go to the segment's original source. Grouped as
// node_modules/<package> or the source folder (src/lib/dkim, src/app, ...).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

function decodeVlq(s: string): number[] {
  const out: number[] = [];
  let v = 0;
  let shift = 0;
  for (const c of s) {
    const d = B64.get(c)!;
    v += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(v & 1 ? -(v >>> 1) : v >>> 1);
      v = 0;
      shift = 0;
    }
  }
  return out;
}

export function groupOf(source: string): string {
  const s = source.replace(/\\/g, '/').replace(/^(\.\.\/)+/, '').replace(/^\/?work\/main\//, '');
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
  if (nm) return `node_modules/${nm[1]}`;
  const parts = s.split('/');
  if (parts[0] === 'src' && parts[1] === 'lib' && parts.length > 3) return parts.slice(0, 3).join('/');
  if (parts[0] === 'src') return parts.length > 2 ? parts.slice(0, 2).join('/') : s;
  return s.startsWith('\0') || s.startsWith('virtual') ? '(virtual)' : s;
}

export interface GroupSize {
  group: string;
  raw: number;
  /** the group's bytes gzipped on their own: an estimate of its share of the chunk's gzip size */
  gz: number;
}

/** Source groups of a chunk, largest first. */
export function attributeSizes(jsPath: string): GroupSize[] {
  const texts = new Map<string, string[]>();
  attribute(jsPath, (g, t) => {
    const l = texts.get(g);
    if (l) l.push(t);
    else texts.set(g, [t]);
  });
  return [...texts]
    .map(([group, parts]) => {
      const buf = Buffer.from(parts.join(''));
      return { group, raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

/** bytes of the generated file per source group (unmapped bytes → "(unmapped)"). */
export function attribute(jsPath: string, onText?: (group: string, text: string) => void): Map<string, number> {
  const code = readFileSync(jsPath, 'utf8');
  const map = JSON.parse(readFileSync(`${jsPath}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  const addText = (k: string, t: string) => {
    bytes.set(k, (bytes.get(k) ?? 0) + Buffer.byteLength(t));
    onText?.(k, t);
  };
  let src = 0;
  const mapLines = map.mappings.split(';');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const segs = (mapLines[li] ?? '').split(',').filter(Boolean).map(decodeVlq);
    let col = 0;
    let prevCol = 0;
    let prevSrc: number | null = null;
    for (const seg of segs) {
      col += seg[0]!;
      addText(prevSrc === null ? '(unmapped)' : groupOf(map.sources[prevSrc] ?? '?'), line.slice(prevCol, col));
      if (seg.length >= 4) {
        src += seg[1]!;
        prevSrc = src;
      } else prevSrc = null;
      prevCol = col;
    }
    const rest = line.slice(prevCol) + (li < lines.length - 1 ? '\n' : '');
    addText(prevSrc === null ? '(unmapped)' : groupOf(map.sources[prevSrc] ?? '?'), rest);
  }
  return bytes;
}

/** Position lookup in a source map: generated (line, column), 0-based → original source:line and name. */
export class SourceMapLookup {
  private readonly lines: number[][][];
  private readonly sources: string[];
  private readonly names: string[];
  constructor(mapJson: string) {
    const map = JSON.parse(mapJson) as { sources: string[]; names?: string[]; mappings: string };
    this.sources = map.sources;
    this.names = map.names ?? [];
    let src = 0;
    let sl = 0;
    let sc = 0;
    let nm = 0;
    this.lines = map.mappings.split(';').map((line) => {
      let col = 0;
      return line.split(',').filter(Boolean).map((s) => {
        const v = decodeVlq(s);
        col += v[0]!;
        if (v.length >= 4) {
          src += v[1]!;
          sl += v[2]!;
          sc += v[3]!;
          if (v.length >= 5) nm += v[4]!;
          return v.length >= 5 ? [col, src, sl, sc, nm] : [col, src, sl, sc];
        }
        return [col];
      });
    });
  }

  lookup(line: number, column: number): { source: string; line: number; name?: string } | null {
    const segs = this.lines[line];
    if (!segs?.length) return null;
    let lo = 0;
    let hi = segs.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]![0]! <= column) [best, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    const s = best >= 0 ? segs[best]! : null;
    if (!s || s.length < 4) return null;
    const source = this.sources[s[1]!]!.replace(/\\/g, '/').replace(/^(\.\.\/)+/, '').replace(/^\/?work\/main\//, '');
    return { source, line: s[2]! + 1, ...(s.length >= 5 ? { name: this.names[s[4]!] } : {}) };
  }
}

/**
 * Maps a position in a built chunk (by its URL, served from `dist`) to "source:line" through the
 * chunk's source map, or null (no map, no mapping). Each map is read once.
 */
export function builtSourceResolver(dist: string): (url: string, line: number, col: number) => string | null {
  const maps = new Map<string, SourceMapLookup | null>();
  return (url, line, col) => {
    if (!maps.has(url)) {
      const file = join(dist, new URL(url).pathname);
      maps.set(url, existsSync(`${file}.map`) ? new SourceMapLookup(readFileSync(`${file}.map`, 'utf8')) : null);
    }
    const hit = maps.get(url)?.lookup(line, col);
    return hit ? `${hit.source}:${hit.line}` : null;
  };
}
