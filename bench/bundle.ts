// Figure 4 — bundle size, gzipped (zlib level 9, what a static host's precompressed .gz or a
// CDN ships; every file compressed on its own).
//   first load = index.html + the JS/CSS it references directly (<script src>, <link rel=stylesheet>,
//                <link rel=modulepreload>) + the chunks those JS files import statically;
//                not the worker chunk (new URL(..., import.meta.url)), not import() chunks.
//   precached  = every distinct URL in dist/sw.js's precacheAndRoute([...]) manifest.
// Also used by tests/build/budget.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attributeSizes } from './attribution.ts';
import { table, type Figure } from './util.ts';

/** The goals, printed by the bench. */
export const BUDGET = { firstLoadGz: 40 * 1024, precacheGz: 150 * 1024 };
/**
 * What the budget test enforces. First load: the goal itself. Precache: the goal is missed (the
 * worker carries the Public Suffix List, 43 KB gz, and every explanation in English and Japanese:
 * 269 KB gz in all when this was set), so the test holds the line at today's size plus a small
 * margin: it fails on growth; lower it as the bundle shrinks. Raised to 292 KB for the sender
 * requirements (issue 15: their English texts in the worker and the page, the Japanese chunk, the
 * checks and the panel, about 21 KB gz; 289.8 KB in all when raised).
 */
// Raised to 405 KB (397 KB measured) when the diagnosis (issue 11), the receiver view (12), the
// shared-link comparison and mbox pool (13), the sender requirements and the domain check (15)
// landed together: their engines and English texts are in the worker, their Japanese texts in
// lazily loaded chunks. The issue-14 goal (240 KB, then 150 KB) is missed: the worker still carries
// every older explanation in both languages (tr({ en, ja }) at each site).
// Lowered to 340 KB (331 KB measured) when the engines' words moved into catalogues (issue 14):
// the Japanese texts are chunks of their own (lang-ja-*), cached on first use by a Japanese page
// instead of precached for every reader. The 240 KB step is still missed: the worker (218 KB gz)
// carries the Public Suffix List, every engine and all their English texts.
// Lowered to 315 KB (310.3 KB measured; 332.7 KB before) when the worker stopped bundling the
// page's interface dictionary (the steps and the receiver comparison render from the catalogue),
// the domain check left the precache (cached once used) and the page's catalogue kept only the
// texts it renders. The worker is 214.9 KB gz: the Public Suffix List (tldts, 48 KB), the English
// catalogue (55 KB) and every engine.
// Lowered to 300 KB (294.2 KB measured) when a shared link's comparison and the Share panel's
// redaction moved into the worker (the page dropped the redactor, ipaddr.js, part of postal-mime
// and the Authentication-Results parser) and the page stopped bundling its own findings texts
// (the worker sends them: app/catalogue.svelte.ts).
// Raised to 305 KB (300.9 KB measured), the first raise: the texts and rules that stopped wrong
// advice found by the 2026-12-08 trials (six new diagnoses in both languages' English catalogue, the
// domain check's DKIM completeness, the receiver's rule-based disagreements) cost 4.3 KB gz in the
// worker, and every other lever left takes something offline from readers (issue 14's notes).
export const ENFORCED = { firstLoadGz: BUDGET.firstLoadGz, precacheGz: 305 * 1024 };

export interface SizedFile {
  path: string;
  raw: number;
  gz: number;
}

export interface BundleSizes {
  dist: string;
  firstLoad: SizedFile[];
  firstLoadGz: number;
  precache: SizedFile[];
  precacheGz: number;
  /** precache entries whose file is missing from dist/ */
  missing: string[];
}

export function gzSize(buf: Uint8Array): number {
  return gzipSync(buf, { level: 9 }).length;
}

function sized(dist: string, rel: string): SizedFile {
  const buf = readFileSync(join(dist, rel));
  return { path: rel, raw: buf.length, gz: gzSize(buf) };
}

/** Local URLs an HTML file loads at once: module scripts, stylesheets, modulepreloads. */
export function htmlAssets(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi)) out.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    const href = /\bhref=["']([^"']+)["']/i.exec(tag)?.[1];
    if (href && (rel === 'stylesheet' || rel === 'modulepreload')) out.push(href);
  }
  return out.filter((u) => !/^[a-z]+:|^\/\//i.test(u));
}

/** Relative specifiers a JS chunk imports statically (import ... from "./x.js", import "./x.js"). */
export function staticImports(js: string): string[] {
  const out = new Set<string>();
  for (const m of js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) out.add(m[1]!);
  return [...out];
}

export function precacheUrls(sw: string): string[] {
  const urls = [...sw.matchAll(/\burl\s*:\s*["']([^"']+)["']/g)].map((m) => m[1]!);
  return [...new Set(urls)];
}

export function measureBundle(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const seen = new Set<string>(['index.html']);
  const queue = htmlAssets(html).map((u) => normalize(u.replace(/^\.?\//, '').split(/[?#]/)[0]!));
  while (queue.length) {
    const rel = queue.shift()!;
    if (seen.has(rel) || !existsSync(join(dist, rel))) continue;
    seen.add(rel);
    if (rel.endsWith('.js')) {
      for (const spec of staticImports(readFileSync(join(dist, rel), 'utf8'))) queue.push(relative(dist, join(dist, dirname(rel), spec)));
    }
  }
  const firstLoad = [...seen].map((rel) => sized(dist, rel));
  const swPath = join(dist, 'sw.js');
  const urls = existsSync(swPath) ? precacheUrls(readFileSync(swPath, 'utf8')) : [];
  const missing = urls.filter((u) => !existsSync(join(dist, u)));
  const precache = urls.filter((u) => existsSync(join(dist, u))).map((u) => sized(dist, u));
  const total = (xs: SizedFile[]) => xs.reduce((a, f) => a + f.gz, 0);
  return { dist, firstLoad, firstLoadGz: total(firstLoad), precache, precacheGz: total(precache), missing };
}

// ---- the bench figure -------------------------------------------------------------------------

const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const stem = (p: string) => p.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js');

/**
 * `dist`: a plain build (what ships). `mapped`: the same sources built with --sourcemap, used
 * only to say which sources fill a chunk that is over budget.
 */
export function runBundleBench(dist: string, mapped?: string): { figures: Figure[]; text: string; sizes: BundleSizes } {
  const sizes = measureBundle(dist);
  const lines: string[] = [];
  lines.push(`gzip -9 per file, build of the current sources (${dist}).`);
  lines.push('');
  lines.push(table(['first load', 'raw', 'gzip'], [...sizes.firstLoad.map((f) => [f.path, KB(f.raw), KB(f.gz)]), ['total', KB(sizes.firstLoad.reduce((a, f) => a + f.raw, 0)), KB(sizes.firstLoadGz)]]));
  lines.push('');
  lines.push(table(['precached (dist/sw.js manifest)', 'raw', 'gzip'], [...sizes.precache.map((f) => [f.path, KB(f.raw), KB(f.gz)]), ['total', KB(sizes.precache.reduce((a, f) => a + f.raw, 0)), KB(sizes.precacheGz)]]));
  if (sizes.missing.length) lines.push(`precache entries missing from dist/: ${sizes.missing.join(', ')}`);
  const over = sizes.firstLoadGz > BUDGET.firstLoadGz || sizes.precacheGz > BUDGET.precacheGz;
  if (over && mapped) {
    const chunks = [
      ...(sizes.firstLoadGz > BUDGET.firstLoadGz ? sizes.firstLoad : []),
      ...(sizes.precacheGz > BUDGET.precacheGz ? sizes.precache : []),
    ].filter((f, i, all) => f.path.endsWith('.js') && f.gz >= 4096 && all.findIndex((g) => g.path === f.path) === i);
    const mappedFiles = (() => {
      try {
        return readdirSync(join(mapped, 'assets')).filter((f) => f.endsWith('.js'));
      } catch {
        return [];
      }
    })();
    for (const c of chunks.sort((a, b) => b.gz - a.gz)) {
      const twin = mappedFiles.find((f) => stem(f) === stem(c.path));
      if (!twin || !existsSync(join(mapped, 'assets', `${twin}.map`))) continue;
      const groups = attributeSizes(join(mapped, 'assets', twin));
      lines.push('');
      lines.push(`What ${c.path} (${KB(c.gz)} gz) is made of (source map; gzip of each part alone, so the parts add up to more than the whole):`);
      lines.push(table(['source', 'raw', 'gzip'], groups.slice(0, 10).map((g) => [g.group, KB(g.raw), KB(g.gz)])));
    }
  }
  return {
    figures: [
      { figure: 'Bundle: first load (gzip)', measured: KB(sizes.firstLoadGz), goal: `≤ ${KB(BUDGET.firstLoadGz)}`, met: sizes.firstLoadGz <= BUDGET.firstLoadGz },
      { figure: 'Bundle: everything precached (gzip)', measured: KB(sizes.precacheGz), goal: `≤ ${KB(BUDGET.precacheGz)}`, met: sizes.precacheGz <= BUDGET.precacheGz },
    ],
    text: lines.join('\n'),
    sizes,
  };
}
